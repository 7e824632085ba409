// The issues panel: its model (under QAbstractItemModelTester) counts repeats and replaces a kind's rows;
// the panel gathers the data-quality findings after a load and a live source's quarantined records.
#include "engine/Engine.h"
#include "issues/IssuesModel.h"
#include "issues/IssuesPanel.h"
#include "live/LiveService.h"
#include "store/Store.h"

#include "UiFixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace carepulse;
using namespace carepulse::ui;
using namespace carepulse::test;

namespace {

const Issue* find(const IssuesModel& model, const QString& key)
{
    for (const Issue& i : model.rows())
        if (i.key == key)
            return &i;
    return nullptr;
}

} // namespace

class IssuesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir, "tst_ui_issues");
    }

    void modelCountsRepeatsAndReplacesKinds()
    {
        IssuesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTime();
        model.reportAgain({Issue::Kind::Source, QStringLiteral("a"), QStringLiteral("tcp:x"), QStringLiteral("lost"), 0, now});
        model.reportAgain({Issue::Kind::Source, QStringLiteral("a"), QStringLiteral("tcp:x"), QStringLiteral("lost"), 0, now});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, IssuesModel::Count).data(RawValueRole).toLongLong(), 2);
        model.replaceKind(Issue::Kind::DataQuality, {{Issue::Kind::DataQuality, QStringLiteral("q1"), QStringLiteral("country_cd"),
                                                      QStringLiteral("3 unknown"), 7, now}});
        QCOMPARE(model.rowCount(), 2);
        model.replaceKind(Issue::Kind::DataQuality, {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, IssuesModel::KindColumn).data().toString(), IssuesModel::kindText(Issue::Kind::Source));
        QCOMPARE(model.headerData(IssuesModel::Message, Qt::Horizontal, CsvHeaderRole).toString(), QStringLiteral("message"));
    }

    void panelGathersDataQualityAndSourceProblems()
    {
        const QString db = m_dir.filePath(QStringLiteral("issues.db"));
        const QString stream = m_dir.filePath(QStringLiteral("stream.jsonl"));
        QFile file(stream);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // No dimension files in the store: every member is unknown to it.
        file.write(caseJsonLine(1, "Open", "C-101") + caseJsonLine(2, "Open", "C-999") + "{\"case_no\": broken\n");
        file.close();
        openStore(db);
        Engine engine;
        LiveService live(engine);
        IssuesPanel panel(engine, live);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&panel, &IssuesPanel::countChanged);
        engine.open(db);
        live.openStore(db);
        QString error;
        QVERIFY2(live.addSource(QStringLiteral("file:") + stream, &error, false), qPrintable(error));

        const QString quarantined = QStringLiteral("file:") + stream + QStringLiteral(":quarantined");
        QVERIFY(QTest::qWaitFor([&] { return find(*panel.model(), quarantined) != nullptr; }, 10000));
        QCOMPARE(find(*panel.model(), quarantined)->count, 1);
        // After a reload the books hold the two cases, whose centres the (empty) dimensions do not know.
        engine.reload();
        QVERIFY(QTest::qWaitFor([&] {
            const Issue* centres = find(*panel.model(), QStringLiteral("quality:unknown_call_center"));
            return centres && centres->count == 2;
        }, 10000));
        QVERIFY(!counted.isEmpty());
        QVERIFY(panel.count() >= 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(IssuesTest)
#include "tst_issues.moc"
