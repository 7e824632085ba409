// The MySQL store through the Store interface: values kept exactly (nothing pasted into SQL), events
// applied twice stored once, also by two writers at the same time, and one case's events read back in
// order through the case-number index, which a version 1 database gains when opened.

#include "MysqlTest.h"

#include "BooksCompare.h"
#include "book/Books.h"
#include "store/mysql/MysqlStore.h"

#include <thread>

using namespace carepulse;
using namespace carepulse::test;

void MysqlTest::storeKeepsValuesExactly()
{
    REQUIRE_SERVER();
    const std::unique_ptr<Store> store = openStore(m_server.url(QStringLiteral("exact")));
    // Values that would break SQL pasted as text, 4-byte UTF-8, a value over 64 KiB, the ends of the
    // timestamp range.
    std::vector<CaseEvent> events {
        caseEvent("x'); DROP TABLE case_event; -- \\ \" `", 0, 1, "Open"),
        caseEvent("Zo\u00eb \U0001F600 \u0939\u093f\u0928\u094d\u0926\u0940", *parseTimestamp("0000-01-01 00:00:00"),
            *parseTimestamp("9999-12-31 23:59:59"), "needs approval"),
        caseEvent(std::string(100000, 'k'), 1741600000, 1741600000, "Closed"),
    };
    events[1].countryCode = "";
    SurveyEvent survey;
    survey.surveyId = "S-1";
    survey.caseNo = events[0].caseNo;
    survey.at = 1741600000;
    survey.answers = { 10, 0, 1, 'Y', 0 };
    DimensionRow priority;
    priority.values = { "P25", "Loweset", "None", "" };
    priority.nullMask = 1U << 3;
    QuarantineRecord bad;
    bad.reason = QuarantineReason::BadOption;
    bad.kind = RecordKind::Survey;
    bad.field = "q4";
    bad.detail = "X";
    bad.line = 7;
    bad.offset = 123;
    bad.raw = "S-2\t1\t2025-01-01 00:00:00\t\t\t\tX\t";
    const QString source = QStringLiteral("file:/tmp/it's \u00e9t\u00e9.jsonl");

    store->beginTransaction();
    QCOMPARE(store->insertCaseEvents(events, 1).inserted, 3);
    QCOMPARE(store->insertSurveys(std::span(&survey, 1), 1).inserted, 1);
    QCOMPARE(store->upsertDimensionRows(*findDimension("case_priority"), std::span(&priority, 1)).inserted, 1);
    QCOMPARE(store->insertQuarantine(std::span(&bad, 1), source, 1), 1);
    store->saveCheckpoint({ source, QStringLiteral("64769:1234"), 987654321, QStringLiteral("{\"done\": [\"a'b\"]}") });
    store->commit();

    std::vector<CaseEvent> read;
    store->forEachCaseEvent([&](const CaseEvent& e) { read.push_back(e); });
    QCOMPARE(read.size(), events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        QCOMPARE(read[i].caseNo, events[i].caseNo);
        QCOMPARE(read[i].created, events[i].created);
        QCOMPARE(read[i].modified, events[i].modified);
        QCOMPARE(read[i].status, events[i].status);
        QCOMPARE(read[i].countryCode, events[i].countryCode);
        QCOMPARE(eventIdentity(read[i]), eventIdentity(events[i]));
    }
    std::vector<SurveyEvent> surveys;
    store->forEachSurvey([&](const SurveyEvent& s) { surveys.push_back(s); });
    QCOMPARE(surveys.size(), std::size_t { 1 });
    QCOMPARE(surveys[0].caseNo, survey.caseNo);
    QVERIFY(surveys[0].answers == survey.answers);
    std::vector<DimensionRow> rows;
    store->forEachDimensionRow(*findDimension("case_priority"), [&](const DimensionRow& r) { rows.push_back(r); });
    QCOMPARE(rows.size(), std::size_t { 1 });
    QVERIFY(rows[0].isNull(3) && rows[0].values[1] == "Loweset");
    int quarantined = 0;
    store->forEachQuarantined([&](const Store::QuarantineEntry& q) {
        ++quarantined;
        QCOMPARE(q.source, source);
        QCOMPARE(q.record.raw, bad.raw);
        QCOMPARE(q.record.reason, QuarantineReason::BadOption);
        QCOMPARE(q.record.offset, std::int64_t { 123 });
    });
    QCOMPARE(quarantined, 1);
    const std::optional<SourceCheckpoint> checkpoint = store->checkpoint(source);
    QVERIFY(checkpoint);
    QCOMPARE(checkpoint->offset, std::int64_t { 987654321 });
    QCOMPARE(checkpoint->state, QStringLiteral("{\"done\": [\"a'b\"]}"));
    QVERIFY(!store->checkpoint(QStringLiteral("nowhere")));
    QCOMPARE(m_server.value(QStringLiteral("SELECT COUNT(*) FROM case_event"), QStringLiteral("exact")),
        QStringLiteral("3"));

    // Applying them again changes nothing; a rolled-back insert is forgotten.
    store->beginTransaction();
    QCOMPARE(store->insertCaseEvents(events, 2).duplicates, 3);
    const CaseEvent later = caseEvent("1", 10, 20, "Closed");
    QCOMPARE(store->insertCaseEvents(std::span(&later, 1), 2).inserted, 1);
    store->rollback();
    store->beginTransaction();
    QCOMPARE(store->insertCaseEvents(std::span(&later, 1), 3).inserted, 1);
    QCOMPARE(store->insertQuarantine(std::span(&bad, 1), source, 3), 0);
    store->commit();
    QCOMPARE(counts(*store)[QStringLiteral("case_event")], 4);
}

void MysqlTest::twoWritersNeverStoreAnEventTwice()
{
    REQUIRE_SERVER();
    const QString url = m_server.url(QStringLiteral("two_writers"));
    const std::unique_ptr<Store> first = openStore(url);
    const std::unique_ptr<Store> second = openStore(url);
    std::vector<CaseEvent> events;
    for (int i = 0; i < 1200; ++i)
        events.push_back(caseEvent(std::to_string(i), 1000 + i, 2000 + i, "Open"));
    first->beginTransaction();
    QCOMPARE(first->insertCaseEvents(std::span(events).first(700), 1).inserted, 700);
    // Readers are not held up by a writer, and see only what is committed.
    {
        QElapsedTimer timer;
        timer.start();
        const std::unique_ptr<Store> reader = openStore(url);
        int seen = 0;
        reader->forEachCaseEvent([&](const CaseEvent&) { ++seen; });
        QCOMPARE(seen, 0);
        QVERIFY(timer.elapsed() < 10000);
    }
    // The second writer waits for the first's write lock, then sees its rows.
    InsertCounts secondCounts;
    QString secondError;
    std::thread other([&] {
        try {
            second->beginTransaction();
            secondCounts = second->insertCaseEvents(events, 2);
            second->commit();
        } catch (const StoreError& e) {
            secondError = e.message();
        }
    });
    QThread::msleep(300);
    first->commit();
    other.join();
    QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
    QCOMPARE(secondCounts.inserted, 500);
    QCOMPARE(secondCounts.duplicates, 700);
    first->beginTransaction();
    QCOMPARE(first->insertCaseEvents(events, 3).duplicates, 1200);
    first->commit();
    QCOMPARE(counts(*first)[QStringLiteral("case_event")], 1200);
}

void MysqlTest::caseEventsReadsOneCaseInOrder()
{
    REQUIRE_SERVER();
    const QString url = m_server.url(QStringLiteral("case_events"));
    std::vector<CaseEvent> events {
        caseEvent("7", 1000, 5000, "Closed"),
        caseEvent("70", 1000, 1000, "Open"),
        caseEvent("7", 1000, 1000, "Open"),
        caseEvent("7", 1000, 3000, "Pending customer"),
        caseEvent("7", 1000, 3000, "Needs approval"),
        caseEvent("x'); DROP TABLE case_event; --", 1000, 1000, "Open"),
    };
    events[0].employeeKey = "10002";
    events[3].employeeKey = "10002";
    events[4].subCategory = "SCAT2";
    {
        const std::unique_ptr<Store> store = openStore(url);
        store->beginTransaction();
        QCOMPARE(store->insertCaseEvents(events, 1).inserted, 6);
        store->commit();
    }
    // A database CarePulse's version 1 wrote: no case-number index yet. Opening it adds the index.
    QVERIFY(m_server.sql(QStringLiteral("ALTER TABLE case_event DROP INDEX case_event_case_no;"
                                        " UPDATE meta SET value = '1' WHERE name = 'schema_version'"),
        nullptr, QStringLiteral("case_events")));
    const std::unique_ptr<Store> store = openStore(url);
    QCOMPARE(store->schemaVersion(), 2);
    QCOMPARE(m_server.value(QStringLiteral("SELECT COUNT(*) FROM information_schema.STATISTICS WHERE"
                                           " TABLE_SCHEMA = 'case_events' AND INDEX_NAME = 'case_event_case_no'")),
        QStringLiteral("2")); // its two columns

    const std::vector<CaseEvent> read = store->caseEvents("7");
    QCOMPARE(read.size(), std::size_t { 4 });
    QStringList statuses;
    for (const CaseEvent& e : read) {
        statuses << qs(e.status);
        QCOMPARE(e.caseNo, std::string("7"));
        QCOMPARE(e.created, Timestamp { 1000 });
    }
    QCOMPARE(statuses,
        (QStringList { QStringLiteral("Open"), QStringLiteral("Pending customer"), QStringLiteral("Needs approval"),
            QStringLiteral("Closed") }));
    QCOMPARE(read[1].employeeKey, std::string("10002"));
    QCOMPARE(read[2].subCategory, std::string("SCAT2"));
    QCOMPARE(read[3].modified, Timestamp { 5000 });
    QCOMPARE(eventIdentity(read[3]), eventIdentity(events[0]));
    QCOMPARE(store->caseEvents("x'); DROP TABLE case_event; --").size(), std::size_t { 1 });
    QVERIFY(store->caseEvents("no such case").empty());
    QCOMPARE(counts(*store)[QStringLiteral("case_event")], 6);
}

// The books' image over a server: the replay after the image's arrival numbers goes through a prepared
// statement page by page, and the books equal a full read.
void MysqlTest::booksImageFollowsTheServer()
{
    REQUIRE_SERVER();
    const std::unique_ptr<Store> store = openStore(m_server.url(QStringLiteral("image")));
    const auto add = [&](int from, int to) {
        std::vector<CaseEvent> events;
        std::vector<SurveyEvent> surveys;
        for (int i = from; i < to; ++i) {
            events.push_back(caseEvent(std::to_string(i), 1741600000 + i, 1741600000 + i, "Open"));
            if (i % 2 == 0)
                events.push_back(caseEvent(std::to_string(i - 1), 1741600000 + i - 1, 1741700000 + i, "Closed"));
            SurveyEvent survey;
            survey.surveyId = "S-" + std::to_string(i);
            survey.caseNo = std::to_string(i);
            survey.at = 1741650000 + i;
            survey.answers = {static_cast<std::int8_t>(i % 11), 5, 7, 'Y', 8};
            surveys.push_back(survey);
        }
        store->beginTransaction();
        const std::int64_t added = store->insertCaseEvents(events, 1).inserted + store->insertSurveys(surveys, 1).inserted;
        store->commit();
        return added;
    };
    add(1, 40);
    const QString path = m_work.filePath(QStringLiteral("mysql.book"));
    QVERIFY(!loadBooks(*store, {}, path, 0).fromImage);
    const std::int64_t added = add(40, 60); // 30 case events and 20 surveys
    const std::unique_ptr<Books> full = loadBooks(*store);
    QCOMPARE(store->eventCounts().caseEvents, full->cases.eventsApplied());
    // The events since the image come in pages: one (the usual 50,000 rows), pages of exactly the rows
    // there are and an empty one after them (10), a short last page (7), a row at a time (1).
    auto* mysql = dynamic_cast<mysql::MysqlStore*>(store.get());
    QVERIFY(mysql != nullptr);
    for (const std::int64_t pageRows : {std::int64_t{50'000}, std::int64_t{10}, std::int64_t{7}, std::int64_t{1}}) {
        mysql->setReplayPageRows(pageRows);
        const BooksLoad load = loadBooks(*store, {}, path, 1'000'000); // saves no newer image
        QVERIFY2(load.fromImage, qPrintable(load.imageNote));
        QCOMPARE(load.eventsRead, added);
        QCOMPARE(booksDifference(*full, *load.books), std::string());
    }
}
