// The desktop's MySQL password prompt: asked on the GUI thread even when a worker thread connects,
// written to the settings only when "Save password" is ticked, and saved passwords tried first.
#include "mysql/PasswordDialog.h"
#include "store/PasswordPrompt.h"

#include "UiFixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <atomic>

using namespace carepulse;
using namespace carepulse::ui;
using namespace carepulse::test;

namespace {

// Answers the next password dialog: types text, ticks "save" as asked, and accepts (or cancels).
void answerNextDialog(const QString& text, bool save, bool accept = true)
{
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto* dialog = qobject_cast<PasswordDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        dialog->passwordEdit()->setText(text);
        dialog->saveBox()->setChecked(save);
        if (accept)
            dialog->accept();
        else
            dialog->reject();
    });
    timer->start(20);
}

// Asks from a worker thread, as the stores do, while the GUI thread keeps running.
std::optional<QByteArray> askFromWorker(const QString& account)
{
    std::optional<QByteArray> answer;
    std::atomic<bool> done = false;
    QThread* worker = QThread::create([&] {
        answer = askPassword(account, QStringLiteral("Access denied for user"));
        done = true;
    });
    worker->start();
    if (!QTest::qWaitFor([&] { return done.load(); }, 20000))
        qFatal("the prompt never returned");
    worker->wait();
    delete worker;
    return answer;
}

} // namespace

class PasswordDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir, "tst_ui_mysql");
        QSettings().setValue(QStringLiteral("mysql/savedPasswords/") +
                                 QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("old@db:3306"))),
                             QStringLiteral("kept"));
        installDesktopPasswordPrompt();
    }

    void savedPasswordsAreTriedFirst()
    {
        QCOMPARE(rememberedPassword(QStringLiteral("old@db:3306")), QByteArray("kept"));
        QVERIFY(rememberedPassword(QStringLiteral("new@db:3306")).isNull());
    }

    void notSavedUnlessTicked()
    {
        const QString account = QStringLiteral("ana@127.0.0.1:3306");
        answerNextDialog(QStringLiteral("s3cret"), false);
        QCOMPARE(askFromWorker(account), std::optional<QByteArray>("s3cret"));
        QCOMPARE(rememberedPassword(account), QByteArray("s3cret")); // in memory for the next connection
        QVERIFY(!savedPasswordExists(account));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("s3cret"));
    }

    void savedWhenTicked()
    {
        const QString account = QStringLiteral("bo@127.0.0.1:3307");
        answerNextDialog(QStringLiteral("t1cked"), true);
        QCOMPARE(askFromWorker(account), std::optional<QByteArray>("t1cked"));
        QVERIFY(savedPasswordExists(account));
        forgetSavedPassword(account);
        QVERIFY(!savedPasswordExists(account));
    }

    void cancelGivesUp()
    {
        answerNextDialog(QStringLiteral("ignored"), true, false);
        QVERIFY(!askFromWorker(QStringLiteral("cy@127.0.0.1:3306")).has_value());
        QVERIFY(!savedPasswordExists(QStringLiteral("cy@127.0.0.1:3306")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(PasswordDialogTest)
#include "tst_passworddialog.moc"
