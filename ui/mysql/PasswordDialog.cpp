#include "PasswordDialog.h"

#include "store/PasswordPrompt.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace carepulse::ui {

namespace {

const QString kSavedGroup = QStringLiteral("mysql/savedPasswords");

// Accounts contain '@' and ':' which QSettings keys keep, but '/' would nest; percent-encode the key.
QString settingsKey(const QString& account)
{
    return kSavedGroup + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(account));
}

std::optional<QByteArray> askOnGuiThread(const QString& account, const QString& refusal)
{
    PasswordDialog dialog(account, refusal, QApplication::activeWindow());
    if (dialog.exec() != QDialog::Accepted || dialog.password().isEmpty())
        return std::nullopt;
    QSettings settings;
    if (dialog.savePassword())
        settings.setValue(settingsKey(account), QString::fromUtf8(dialog.password()));
    else
        settings.remove(settingsKey(account));
    return dialog.password();
}

} // namespace

PasswordDialog::PasswordDialog(const QString& account, const QString& refusal, QWidget* parent)
    : QDialog(parent), m_password(new QLineEdit(this)), m_save(new QCheckBox(tr("&Save password"), this))
{
    setWindowTitle(tr("Server password"));
    auto* message = new QLabel(tr("The server refused %1:\n%2").arg(account, refusal), this);
    message->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_save->setToolTip(tr("Keeps the password in CarePulse's settings file, readable by anyone who can read "
                          "your files. Leave it off to be asked again next time."));
    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_save);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QByteArray PasswordDialog::password() const
{
    return m_password->text().toUtf8();
}

bool PasswordDialog::savePassword() const
{
    return m_save->isChecked();
}

bool savedPasswordExists(const QString& account)
{
    return QSettings().contains(settingsKey(account));
}

void forgetSavedPassword(const QString& account)
{
    QSettings().remove(settingsKey(account));
}

void installDesktopPasswordPrompt()
{
    QSettings settings;
    settings.beginGroup(kSavedGroup);
    for (const QString& key : settings.childKeys())
        rememberPassword(QUrl::fromPercentEncoding(key.toLatin1()), settings.value(key).toString().toUtf8());
    settings.endGroup();
    setPasswordPrompt([](const QString& account, const QString& refusal) -> std::optional<QByteArray> {
        QObject* app = QCoreApplication::instance();
        if (!app)
            return std::nullopt;
        if (QThread::currentThread() == app->thread())
            return askOnGuiThread(account, refusal);
        // Stores are opened on worker threads: the dialog runs on the GUI thread while this one waits.
        std::optional<QByteArray> answer;
        QMetaObject::invokeMethod(app, [&] { answer = askOnGuiThread(account, refusal); },
                                  Qt::BlockingQueuedConnection);
        return answer;
    });
}

} // namespace carepulse::ui
