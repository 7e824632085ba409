// The Live page and its service: a followed file's events reach the store and the dashboard's books,
// the sources table updates in place (under QAbstractItemModelTester), sources are remembered, and
// pausing stops a source.
#include "engine/Engine.h"
#include "live/LivePage.h"
#include "live/LiveService.h"
#include "live/LiveSourcesModel.h"
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

void append(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(bytes);
}

std::int64_t snapshotTotal(Engine& engine)
{
    std::int64_t total = -1;
    QObject context;
    QObject::connect(engine.snapshots(), &SnapshotService::snapshotReady, &context,
                     [&](std::shared_ptr<const KpiSnapshot> s) { total = s->total; });
    engine.snapshots()->request(SnapshotRequest{});
    return QTest::qWaitFor([&] { return total >= 0; }, 10000) ? total : -1;
}

} // namespace

class LivePageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir, "tst_ui_live");
    }

    void followedFileReachesStoreAndBooks()
    {
        const QString db = m_dir.filePath(QStringLiteral("live.db"));
        const QString stream = m_dir.filePath(QStringLiteral("stream.jsonl"));
        append(stream, caseJsonLine(1, "Open") + caseJsonLine(2, "Open"));
        openStore(db); // an empty store
        Engine engine;
        QSignalSpy ready(&engine, &Engine::ready);
        engine.open(db);
        QVERIFY(ready.wait(10000));
        LiveService service(engine);
        service.openStore(db);
        LivePage page(service);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        auto row0 = [&]() -> SourceStatus {
            const SourceStatus* s = page.model()->statusAt(0);
            return s ? *s : SourceStatus{};
        };
        QString error;
        QVERIFY2(service.addSource(QStringLiteral("file:") + stream, &error), qPrintable(error));
        QVERIFY(!service.addSource(QStringLiteral("file:") + stream, &error)); // not twice
        QVERIFY(error.contains(QStringLiteral("already")));
        QVERIFY(!service.addSource(QStringLiteral("tcp:nowhere"), &error));
        QVERIFY(LiveService::rememberedSources().contains(QStringLiteral("file:") + stream));

        QVERIFY(QTest::qWaitFor([&] { return page.model()->rowCount() == 1 && row0().eventsApplied == 2; }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return snapshotTotal(engine) == 2; }, 10000));
        append(stream, caseJsonLine(2, "Closed") + caseJsonLine(3, "Open"));
        QVERIFY(QTest::qWaitFor([&] { return snapshotTotal(engine) == 3; }, 10000));
        const QModelIndex applied = page.model()->index(0, LiveSourcesModel::Applied);
        QVERIFY(QTest::qWaitFor([&] { return applied.data(RawValueRole).toLongLong() == 4; }, 5000));
        QCOMPARE(page.model()->index(0, LiveSourcesModel::State).data().toString(), QStringLiteral("connected"));

        // Paused: new lines wait; resumed: they arrive.
        service.setPaused(QStringLiteral("file:") + stream, true);
        QVERIFY(QTest::qWaitFor([&] { return row0().paused; }, 5000));
        append(stream, caseJsonLine(4, "Open"));
        QTest::qWait(600);
        QCOMPARE(row0().eventsApplied, 4);
        service.setPaused(QStringLiteral("file:") + stream, false);
        QVERIFY(QTest::qWaitFor([&] { return row0().eventsApplied == 5; }, 5000));

        service.removeSource(QStringLiteral("file:") + stream);
        QVERIFY(QTest::qWaitFor([&] { return page.model()->rowCount() == 0; }, 5000));
        QVERIFY(LiveService::rememberedSources().isEmpty());
        auto store = openStore(db);
        QCOMPARE(store->checkpoint(QStringLiteral("file:") + stream)->offset, QFileInfo(stream).size());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(LivePageTest)
#include "tst_livepage.moc"
