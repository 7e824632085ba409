// The snapshot service computes off the caller's thread, coalesces a burst of requests, never delivers an
// older generation after a newer one, and builds its index only after the queries that follow the first
// snapshot.

#include "kpi/KpiJson.h"
#include "kpi/SnapshotService.h"

#include <QSignalSpy>
#include <QTest>

using namespace carepulse;

namespace {

std::unique_ptr<Books> smallBooks()
{
    auto books = std::make_unique<Books>();
    for (int i = 0; i < 2000; ++i) {
        CaseEvent e;
        e.caseNo = std::to_string(1000 + i);
        e.created = 1'700'000'000 + i * 60;
        e.modified = e.created;
        e.status = "Open";
        books->apply(e);
        if (i % 2 == 0) {
            e.modified = e.created + 3600;
            e.status = "Closed";
            books->apply(e);
        }
    }
    return books;
}

} // namespace

class SnapshotServiceTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void computesOffTheCallersThread()
    {
        SnapshotService service(smallBooks());
        QSignalSpy ready(&service, &SnapshotService::snapshotReady);
        const std::uint64_t generation = service.request({});
        QVERIFY(ready.wait(5000));
        const auto snapshot = ready.takeFirst().at(0).value<std::shared_ptr<const KpiSnapshot>>();
        QCOMPARE(snapshot->generation, generation);
        QCOMPARE(snapshot->total, 2000);
        QCOMPARE(snapshot->closed, 1000);
        QCOMPARE(snapshot->asOf, Timestamp{1'700'000'000 + 1998 * 60 + 3600});
    }

    void aBurstIsCoalescedAndOrdered()
    {
        SnapshotService service(smallBooks());
        QSignalSpy ready(&service, &SnapshotService::snapshotReady);
        std::uint64_t last = 0;
        for (int i = 0; i < 50; ++i) {
            SnapshotRequest r;
            r.asOf = Timestamp{1'700'000'000 + i * 600};
            last = service.request(r);
        }
        // The newest request is always delivered; fewer snapshots than requests are computed.
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty()
                                     && ready.last().at(0).value<std::shared_ptr<const KpiSnapshot>>()->generation == last,
                                 5000);
        QVERIFY(ready.size() < 50);
        std::uint64_t previous = 0;
        for (const QList<QVariant>& args : ready) {
            const auto s = args.at(0).value<std::shared_ptr<const KpiSnapshot>>();
            QVERIFY(s->generation > previous);
            previous = s->generation;
        }
        const auto newest = ready.last().at(0).value<std::shared_ptr<const KpiSnapshot>>();
        QCOMPARE(newest->asOf, Timestamp{1'700'000'000 + 49 * 600});
        QCOMPARE(newest->total, 49 * 10 + 1); // cases created every minute up to T
    }

    // A page asks for trends and groupings as the first snapshot arrives: those jobs are answered before
    // the index is built (a build takes seconds at ten million cases); the index follows, and later
    // snapshots use it with the same figures.
    void jobsAfterTheFirstSnapshotComeBeforeTheIndex()
    {
        SnapshotService service(smallBooks());
        QStringList order;
        QSignalSpy ready(&service, &SnapshotService::snapshotReady);
        QSignalSpy indexed(&service, &SnapshotService::indexReady);
        connect(&service, &SnapshotService::indexReady, this, [&] { order << QStringLiteral("index"); });
        connect(&service, &SnapshotService::snapshotReady, this, [&] {
            if (!order.isEmpty())
                return;
            order << QStringLiteral("snapshot");
            for (int job = 0; job < 3; ++job) {
                service.post([&order, this, job](const Books& books) {
                    const auto cases = static_cast<int>(books.cases.size());
                    QMetaObject::invokeMethod(this, [&order, job, cases] { order << QStringLiteral("job%1:%2").arg(job).arg(cases); });
                });
            }
        });
        service.request({});
        QVERIFY(indexed.wait(5000));
        QCoreApplication::processEvents();
        QCOMPARE(order, (QStringList{QStringLiteral("snapshot"), QStringLiteral("job0:2000"), QStringLiteral("job1:2000"),
                                     QStringLiteral("job2:2000"), QStringLiteral("index")}));
        const auto first = ready.first().at(0).value<std::shared_ptr<const KpiSnapshot>>();
        service.request({});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 5000);
        const auto second = ready.last().at(0).value<std::shared_ptr<const KpiSnapshot>>();
        QCOMPARE(kpiToJson(*second), kpiToJson(*first));
    }
};

QTEST_GUILESS_MAIN(SnapshotServiceTest)
#include "SnapshotServiceTest.moc"
