// The importer on a temporary SQLite store: exact counts for the real dimension files, idempotency,
// event identity (duplicates across files, Open and Closed kept), the quarantine kept once, plan errors
// that name the file and the missing columns, dimension updates, cancelling, one case's events read back
// through the case-number index, and a version 1 store migrated to gain that index.

#include "TestSupport.h"

#include "import/Importer.h"
#include "store/Store.h"
#include "store/sqlite/SqliteHandle.h"

#include <QDir>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

using namespace carepulse;
using namespace carepulse::test;

namespace {

using Counts = QMap<QString, qint64>;

Counts tableCounts(Store& store)
{
    Counts counts;
    for (const TableCount& t : store.tableCounts())
        counts.insert(t.table, t.rows);
    return counts;
}

// Table counts without the import log, which rightly grows with every import.
Counts dataCounts(Store& store)
{
    Counts counts = tableCounts(store);
    counts.remove(QStringLiteral("import_log"));
    return counts;
}

std::vector<FileImportResult> importPaths(Store& store, const QStringList& paths,
                                          const Importer::ProgressCallback& progress = {})
{
    const ImportPlan plan = Importer::plan(paths);
    if (!plan.ok())
        qWarning() << "plan errors:" << plan.errors;
    Importer importer(store);
    return importer.run(plan, progress);
}

const FileImportResult* resultFor(const std::vector<FileImportResult>& results, const QString& fileName)
{
    for (const FileImportResult& r : results) {
        if (QFileInfo(r.path).fileName() == fileName)
            return &r;
    }
    return nullptr;
}

const QByteArray kCaseHeader = "case_no\tcreate_timestamp\tlast_modified_timestamp\tcreated_employee_key\tcall_center_id\t"
                               "status\tcategory\tsub_category\tcommunication_mode\tcountry_cd\tproduct_code\n";

QByteArray caseRow(const QByteArray& caseNo, const QByteArray& created, const QByteArray& modified, const QByteArray& status)
{
    return caseNo + "\t" + created + "\t" + modified + "\t241049\tC-101\t" + status + "\tCAT1\tSCAT1\tCall\tUS\t1774593\n";
}

QByteArray caseJson(const QByteArray& caseNo, const QByteArray& created, const QByteArray& modified, const QByteArray& status)
{
    return R"({"case_no":")" + caseNo + R"(","create_timestamp":")" + created + R"(","last_modified_timestamp":")"
        + modified + R"(","created_employee_key":"241049","call_center_id":"C-101","status":")" + status
        + R"(","category":"CAT1","sub_category":"SCAT1","communication_mode":"Call","country_cd":"US","product_code":"1774593"})";
}

struct DimensionCount {
    const char* table;
    const char* fileName;
    qint64 rows;
};

constexpr DimensionCount kRealDimensions[] = {
    {"dim_calendar", "futurecart_calendar_details.txt", 21553},
    {"dim_call_center", "futurecart_call_center_details.txt", 25},
    {"dim_case_category", "futurecart_case_category_details.txt", 27},
    {"dim_case_country", "futurecart_case_country_details.txt", 193},
    {"dim_case_priority", "futurecart_case_priority_details.txt", 25},
    {"dim_survey_question", "futurecart_survey_question_details.txt", 5},
};

} // namespace

class ImportTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void realDimensionFolder();
    void eventFixtureCounts();
    void importTwiceIsIdempotent_data();
    void importTwiceIsIdempotent();
    void sameEventInTwoFilesCountsOnce();
    void openAndClosedBothKept();
    void surveyDuplicateIsOne();
    void quarantineStoredOnce();
    void quarantineStoredOnceWhateverThePathSpelling();
    void planReportsUnimportableFiles_data();
    void planReportsUnimportableFiles();
    void dimensionChangedValueUpdates();
    void cancelRollsBackTheFile();
    void cancelMidFileRollsBackEarlierBatches();
    void caseEventsReadsOneCaseInOrder();
    void versionOneStoreGainsTheCaseIndex();

private:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir->filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void ImportTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = openStore(m_dir->filePath(QStringLiteral("store.db")));
    QVERIFY(m_store);
    const Counts empty = tableCounts(*m_store);
    for (auto it = empty.begin(); it != empty.end(); ++it)
        QCOMPARE(it.value(), qint64(0));
}

void ImportTest::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void ImportTest::realDimensionFolder()
{
    const ImportPlan plan = Importer::plan({sharedDataPath()});
    QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
    QCOMPARE(plan.files.size(), std::size_t(7));
    for (std::size_t i = 0; i < 6; ++i)
        QCOMPARE(plan.files[i].detection.kind, FileKind::Dimension);
    QCOMPARE(plan.files[6].detection.kind, FileKind::SeedCases);

    Importer importer(*m_store);
    const std::vector<FileImportResult> results = importer.run(plan);
    QCOMPARE(results.size(), std::size_t(7));
    const Counts counts = tableCounts(*m_store);
    for (const DimensionCount& d : kRealDimensions) {
        const FileImportResult* r = resultFor(results, QLatin1String(d.fileName));
        QVERIFY2(r, d.fileName);
        QCOMPARE(r->status, FileImportResult::Status::Ok);
        QCOMPARE(r->recordsRead, d.rows);
        QCOMPARE(r->loaded, d.rows);
        QCOMPARE(r->updated, qint64(0));
        QCOMPARE(r->duplicates, qint64(0));
        QCOMPARE(r->quarantined, qint64(0));
        QCOMPARE(counts.value(QLatin1String(d.table)), d.rows);
    }
    const FileImportResult* seed = resultFor(results, QStringLiteral("000000_0"));
    QVERIFY(seed);
    QCOMPARE(seed->status, FileImportResult::Status::Skipped);
    QVERIFY2(seed->message.contains(QLatin1String("simulate stream --seed-cases")), qPrintable(seed->message));
    QCOMPARE(counts.value(QStringLiteral("case_event")), qint64(0));
    QCOMPARE(counts.value(QStringLiteral("survey")), qint64(0));
    QCOMPARE(counts.value(QStringLiteral("quarantine")), qint64(0));
    QCOMPARE(counts.value(QStringLiteral("dim_employee")), qint64(0));
    QCOMPARE(counts.value(QStringLiteral("dim_product")), qint64(0));
}

void ImportTest::eventFixtureCounts()
{
    // tests/fixtures/events: cases.tsv (Open and Closed of 200001, 200002 Open, 200003 Closed only with
    // keys missing from the dimensions, one row without status); surveys.tsv (S-1 twice with the same
    // key, S-2, one Q4 "Yes"); case_data_*.json (two cases, one survey); stream.jsonl (200002 Closed,
    // 200001 Open again, survey S-3, one malformed line). Plan order: TSV cases, TSV surveys, then JSON.
    const std::vector<FileImportResult> results = importPaths(*m_store, {fixturePath(QStringLiteral("events"))});
    QCOMPARE(results.size(), std::size_t(4));
    QCOMPARE(QFileInfo(results[0].path).fileName(), QStringLiteral("cases.tsv"));
    QCOMPARE(QFileInfo(results[1].path).fileName(), QStringLiteral("surveys.tsv"));

    struct Expected {
        const char* file;
        qint64 read, loaded, duplicates, quarantined;
        QuarantineReason reason;
    };
    const Expected expected[] = {
        {"cases.tsv", 5, 4, 0, 1, QuarantineReason::MissingField},
        {"surveys.tsv", 4, 2, 1, 1, QuarantineReason::BadOption},
        {"stream.jsonl", 4, 2, 1, 1, QuarantineReason::MalformedJson},
        {"case_data_1592400000.json", 3, 3, 0, 0, QuarantineReason::MalformedJson},
    };
    for (const Expected& e : expected) {
        const FileImportResult* r = resultFor(results, QLatin1String(e.file));
        QVERIFY2(r, e.file);
        QCOMPARE(r->status, FileImportResult::Status::Ok);
        QCOMPARE(r->recordsRead, e.read);
        QCOMPARE(r->loaded, e.loaded);
        QCOMPARE(r->duplicates, e.duplicates);
        QCOMPARE(r->quarantined, e.quarantined);
        QCOMPARE(r->quarantinedBy[static_cast<std::size_t>(e.reason)], e.quarantined);
        QCOMPARE(static_cast<qint64>(r->quarantineSamples.size()), e.quarantined);
    }
    const Counts counts = tableCounts(*m_store);
    QCOMPARE(counts.value(QStringLiteral("case_event")), qint64(7));
    QCOMPARE(counts.value(QStringLiteral("survey")), qint64(4));
    QCOMPARE(counts.value(QStringLiteral("quarantine")), qint64(3));
    QCOMPARE(counts.value(QStringLiteral("import_log")), qint64(4));
}

void ImportTest::importTwiceIsIdempotent_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("real dimension folder") << QStringList{sharedDataPath()};
    QTest::newRow("event fixtures") << QStringList{fixturePath(QStringLiteral("events"))};
    QTest::newRow("both, and a bad-input file")
        << QStringList{sharedDataPath(), fixturePath(QStringLiteral("events")),
                       fixturePath(QStringLiteral("bad-input/array_missing_status.json"))};
}

void ImportTest::importTwiceIsIdempotent()
{
    QFETCH(QStringList, paths);

    const std::vector<FileImportResult> first = importPaths(*m_store, paths);
    const Counts afterFirst = dataCounts(*m_store);
    qint64 loadedFirst = 0;
    for (const FileImportResult& r : first)
        loadedFirst += r.loaded;
    QVERIFY(loadedFirst > 0);

    const std::vector<FileImportResult> second = importPaths(*m_store, paths);
    QCOMPARE(second.size(), first.size());
    for (std::size_t i = 0; i < second.size(); ++i) {
        const FileImportResult& r = second[i];
        QCOMPARE(r.path, first[i].path);
        QCOMPARE(r.status, first[i].status);
        QCOMPARE(r.recordsRead, first[i].recordsRead);
        QCOMPARE(r.loaded, qint64(0));
        QCOMPARE(r.updated, qint64(0));
        QCOMPARE(r.quarantined, first[i].quarantined);
        QCOMPARE(r.duplicates, r.recordsRead - r.quarantined);
    }
    const Counts afterSecond = dataCounts(*m_store);
    if (afterSecond != afterFirst)
        qWarning() << "first:" << afterFirst << "second:" << afterSecond;
    QVERIFY(afterSecond == afterFirst);
}

void ImportTest::sameEventInTwoFilesCountsOnce()
{
    // The same event as TSV (with a fraction of a second, which is dropped), as a JSON line and inside
    // an array next to a new one.
    const QString a = write(QStringLiteral("a.tsv"),
                            kCaseHeader + caseRow("7", "2020-06-17 09:00:00.750", "2020-06-17 10:00:00", "Open"));
    const QString b = write(QStringLiteral("b.jsonl"), caseJson("7", "2020-06-17 09:00:00", "2020-06-17 10:00:00", "Open") + "\n");
    const QString c = write(QStringLiteral("c.json"),
                            "[" + caseJson("7", "2020-06-17T09:00:00", "2020-06-17 10:00:00", "Open") + ","
                                + caseJson("8", "2020-06-17 09:00:00", "2020-06-17 10:00:00", "Open") + "]");
    const std::vector<FileImportResult> results = importPaths(*m_store, {a, b, c});
    QCOMPARE(results.size(), std::size_t(3));
    QCOMPARE(resultFor(results, QStringLiteral("a.tsv"))->loaded, qint64(1));
    QCOMPARE(resultFor(results, QStringLiteral("b.jsonl"))->loaded, qint64(0));
    QCOMPARE(resultFor(results, QStringLiteral("b.jsonl"))->duplicates, qint64(1));
    QCOMPARE(resultFor(results, QStringLiteral("c.json"))->loaded, qint64(1));
    QCOMPARE(resultFor(results, QStringLiteral("c.json"))->duplicates, qint64(1));
    QCOMPARE(tableCounts(*m_store).value(QStringLiteral("case_event")), qint64(2));
}

void ImportTest::openAndClosedBothKept()
{
    const QString path = write(QStringLiteral("cases.tsv"),
                               kCaseHeader + caseRow("7", "2020-06-17 09:00:00", "2020-06-17 09:00:00", "Open")
                                   + caseRow("7", "2020-06-17 09:00:00", "2020-06-17 17:30:00", "Closed")
                                   + caseRow("8", "2020-06-17 09:00:00", "2020-06-18 09:00:00", "Closed"));
    const std::vector<FileImportResult> results = importPaths(*m_store, {path});
    QCOMPARE(results.size(), std::size_t(1));
    QCOMPARE(results[0].loaded, qint64(3));
    QCOMPARE(results[0].duplicates, qint64(0));
    QCOMPARE(tableCounts(*m_store).value(QStringLiteral("case_event")), qint64(3));

    // The Closed event arriving again later, in another shape, changes nothing.
    const QString again = write(QStringLiteral("later.jsonl"),
                                caseJson("7", "2020-06-17 09:00:00", "2020-06-17 17:30:00", "Closed") + "\n");
    const std::vector<FileImportResult> second = importPaths(*m_store, {again});
    QCOMPARE(second[0].duplicates, qint64(1));
    QCOMPARE(tableCounts(*m_store).value(QStringLiteral("case_event")), qint64(3));
}

void ImportTest::surveyDuplicateIsOne()
{
    const QByteArray header = "survey_id\tcase_no\tsurvey_timestamp\tQ1\tQ2\tQ3\tQ4\tQ5\n";
    const QString a = write(QStringLiteral("a.tsv"), header + "S-1\t7\t2020-06-18 09:00:00\t9\t8\t10\tY\t8\n"
                                                         + "S-1\t7\t2020-06-18 09:00:00\t1\t1\t1\tN\t1\n");
    const QString b = write(QStringLiteral("b.jsonl"),
                            R"({"survey_id":"S-1","case_no":"7","survey_timestamp":"2020-06-18 09:00:00.250","Q1":5})"
                            "\n"
                            // Same id and case at another time: a different survey event.
                            R"({"survey_id":"S-1","case_no":"7","survey_timestamp":"2020-06-19 09:00:00","Q1":5})"
                            "\n");
    const std::vector<FileImportResult> results = importPaths(*m_store, {a, b});
    QCOMPARE(resultFor(results, QStringLiteral("a.tsv"))->loaded, qint64(1));
    QCOMPARE(resultFor(results, QStringLiteral("a.tsv"))->duplicates, qint64(1));
    QCOMPARE(resultFor(results, QStringLiteral("b.jsonl"))->loaded, qint64(1));
    QCOMPARE(resultFor(results, QStringLiteral("b.jsonl"))->duplicates, qint64(1));
    QCOMPARE(tableCounts(*m_store).value(QStringLiteral("survey")), qint64(2));
}

void ImportTest::quarantineStoredOnce()
{
    const QStringList paths = {fixturePath(QStringLiteral("bad-input/cases_missing_status.tsv")),
                               fixturePath(QStringLiteral("bad-input/jsonl_malformed.jsonl"))};
    for (int round = 0; round < 2; ++round) {
        const std::vector<FileImportResult> results = importPaths(*m_store, paths);
        QCOMPARE(results.size(), std::size_t(2));
        for (const FileImportResult& r : results)
            QCOMPARE(r.quarantined, qint64(1)); // reported every time
        const Counts counts = tableCounts(*m_store);
        QCOMPARE(counts.value(QStringLiteral("quarantine")), qint64(2)); // stored once
        // Both files start with the same case 100001; the TSV adds 100003, the JSON Lines a survey.
        QCOMPARE(counts.value(QStringLiteral("case_event")), qint64(2));
        QCOMPARE(counts.value(QStringLiteral("survey")), qint64(1));
    }
}

void ImportTest::quarantineStoredOnceWhateverThePathSpelling()
{
    // The same file reached through its folder, then named directly with another spelling of its path,
    // holds the same bad record: it is stored once.
    const QString file = write(QStringLiteral("in/cases.tsv"),
                               readFile(fixturePath(QStringLiteral("bad-input/cases_missing_status.tsv"))));
    const QString folder = QFileInfo(file).absolutePath();
    const QString otherSpelling = folder + QStringLiteral("/../in/./cases.tsv");
    QVERIFY(QFileInfo::exists(otherSpelling));
    for (const QString& path : {folder, otherSpelling}) {
        const std::vector<FileImportResult> results = importPaths(*m_store, {path});
        QCOMPARE(results.size(), std::size_t(1));
        QCOMPARE(results[0].quarantined, qint64(1));
        QCOMPARE(tableCounts(*m_store).value(QStringLiteral("quarantine")), qint64(1));
    }
}

void ImportTest::planReportsUnimportableFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("mentioned"); // besides the file's path

    QTest::newRow("unrecognised header") << QStringLiteral("mystery.txt") << QByteArray("alpha\tbeta\n1\t2\n")
                                         << QStringList{QStringLiteral("case_no"), QStringLiteral("survey_id")};
    QTest::newRow("cases lacking required columns")
        << QStringLiteral("partial.tsv") << QByteArray("case_no\tstatus\n1\tOpen\n")
        << QStringList{QStringLiteral("create_timestamp"), QStringLiteral("last_modified_timestamp")};
    QTest::newRow("surveys lacking required columns") << QStringLiteral("s.tsv") << QByteArray("survey_id\tQ1\nS-1\t4\n")
                                                      << QStringList{QStringLiteral("case_no"),
                                                                     QStringLiteral("survey_timestamp")};
    QTest::newRow("dimension lacking its key")
        << QStringLiteral("futurecart_call_center_details.txt") << QByteArray("vendor\tlocation\nX\tY\n")
        << QStringList{QStringLiteral("call_center_id")};
    QTest::newRow("empty file") << QStringLiteral("empty.tsv") << QByteArray() << QStringList();
}

void ImportTest::planReportsUnimportableFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, text);
    QFETCH(QStringList, mentioned);

    const QString folder = m_dir->filePath(QStringLiteral("in"));
    const QString good = write(QStringLiteral("in/cases.tsv"),
                               kCaseHeader + caseRow("7", "2020-06-17 09:00:00", "2020-06-17 09:00:00", "Open"));
    const QString bad = write(QStringLiteral("in/") + fileName, text);

    for (const QStringList& paths : {QStringList{folder}, QStringList{good, bad}}) {
        const ImportPlan plan = Importer::plan(paths);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.errors.size(), qsizetype(1));
        const QString error = plan.errors.front();
        QVERIFY2(error.contains(bad), qPrintable(error));
        for (const QString& word : mentioned)
            QVERIFY2(error.contains(word), qPrintable(error));
    }
    QVERIFY(Importer::plan({good}).ok());
}

void ImportTest::dimensionChangedValueUpdates()
{
    const QByteArray original = readFile(sharedDataPath(QStringLiteral("futurecart_call_center_details.txt")));
    QByteArray changed = original;
    QVERIFY(changed.contains("C-105\t"));
    const qsizetype at = changed.indexOf("C-105\t") + 6;
    changed.insert(at, "Renamed ");
    const QString v1 = write(QStringLiteral("v1/futurecart_call_center_details.txt"), original);
    const QString v2 = write(QStringLiteral("v2/futurecart_call_center_details.txt"), changed);

    auto importOne = [&](const QString& path) {
        const std::vector<FileImportResult> results = importPaths(*m_store, {path});
        return results.size() == 1 ? results.front() : FileImportResult{};
    };
    const FileImportResult first = importOne(v1);
    QCOMPARE(first.loaded, qint64(25));

    const FileImportResult update = importOne(v2);
    QCOMPARE(update.status, FileImportResult::Status::Ok);
    QCOMPARE(update.loaded, qint64(0));
    QCOMPARE(update.updated, qint64(1));
    QCOMPARE(update.duplicates, qint64(24));
    QCOMPARE(tableCounts(*m_store).value(QStringLiteral("dim_call_center")), qint64(25));

    // The store now holds the changed value: the same file again changes nothing, the old one changes it back.
    const FileImportResult again = importOne(v2);
    QCOMPARE(again.updated, qint64(0));
    QCOMPARE(again.duplicates, qint64(25));
    const FileImportResult back = importOne(v1);
    QCOMPARE(back.updated, qint64(1));
    QCOMPARE(back.loaded, qint64(0));
}

void ImportTest::cancelRollsBackTheFile()
{
    const QString cases = fixturePath(QStringLiteral("events/cases.tsv"));
    const QString surveys = fixturePath(QStringLiteral("events/surveys.tsv"));

    // Cancel the only file: nothing from it is kept, not even its import log row or quarantine.
    int calls = 0;
    const std::vector<FileImportResult> cancelled = importPaths(*m_store, {cases}, [&](const ImportProgress&) {
        ++calls;
        return false;
    });
    QCOMPARE(calls, 1);
    QCOMPARE(cancelled.size(), std::size_t(1));
    QCOMPARE(cancelled[0].status, FileImportResult::Status::Cancelled);
    QVERIFY(cancelled[0].message.contains(cases));
    const Counts none = tableCounts(*m_store);
    for (auto it = none.begin(); it != none.end(); ++it)
        QVERIFY2(it.value() == 0, qPrintable(it.key()));

    // Cancel the second file: the first stays, the second is gone, and the run stops.
    const std::vector<FileImportResult> results =
        importPaths(*m_store, {cases, surveys}, [](const ImportProgress& p) { return p.fileIndex == 0; });
    QCOMPARE(results.size(), std::size_t(2));
    QCOMPARE(results[0].status, FileImportResult::Status::Ok);
    QCOMPARE(results[1].status, FileImportResult::Status::Cancelled);
    const Counts counts = tableCounts(*m_store);
    QCOMPARE(counts.value(QStringLiteral("case_event")), qint64(4));
    QCOMPARE(counts.value(QStringLiteral("quarantine")), qint64(1));
    QCOMPARE(counts.value(QStringLiteral("survey")), qint64(0));
    QCOMPARE(counts.value(QStringLiteral("import_log")), qint64(1));
}

void ImportTest::cancelMidFileRollsBackEarlierBatches()
{
    // Enough rows for several batches: the batches written before the cancel are rolled back too.
    const int rows = static_cast<int>(Importer::kBatchRecords) * 3;
    QByteArray text = kCaseHeader;
    text.reserve(rows * 110);
    for (int i = 0; i < rows; ++i)
        text += caseRow(QByteArray::number(i), "2020-06-17 09:00:00", "2020-06-17 09:00:00", "Open");
    const QString path = write(QStringLiteral("big.tsv"), text);

    int calls = 0;
    qint64 readBeforeCancel = 0;
    const std::vector<FileImportResult> results = importPaths(*m_store, {path}, [&](const ImportProgress& p) {
        readBeforeCancel = p.recordsRead;
        return ++calls < 2;
    });
    QCOMPARE(calls, 2);
    QVERIFY(readBeforeCancel > static_cast<qint64>(Importer::kBatchRecords));
    QCOMPARE(results[0].status, FileImportResult::Status::Cancelled);
    QCOMPARE(tableCounts(*m_store).value(QStringLiteral("case_event")), qint64(0));
    QCOMPARE(tableCounts(*m_store).value(QStringLiteral("import_log")), qint64(0));

    // Importing it afterwards loads everything.
    const std::vector<FileImportResult> full = importPaths(*m_store, {path});
    QCOMPARE(full[0].loaded, qint64(rows));
    QCOMPARE(tableCounts(*m_store).value(QStringLiteral("case_event")), qint64(rows));
}

void ImportTest::caseEventsReadsOneCaseInOrder()
{
    // Case 7's events arrive out of order and interleaved with case 70's (a prefix must not match); the
    // two at 12:00 keep their arrival order. A case number that would break pasted SQL reads back too.
    const QByteArray header = kCaseHeader;
    const auto row = [](const QByteArray& caseNo, const QByteArray& modified, const QByteArray& agent,
                         const QByteArray& status, const QByteArray& sub) -> QByteArray {
        return caseNo + "\t2020-06-17 09:00:00\t" + modified + "\t" + agent + "\tC-101\t" + status + "\tCAT1\t" + sub
            + "\tCall\tUS\t1774593\n";
    };
    const QString path = write(QStringLiteral("cases.tsv"),
        header + row("7", "2020-06-17 17:00:00", "1002", "Closed", "SCAT2")
            + row("70", "2020-06-17 09:00:00", "1001", "Open", "SCAT1")
            + row("7", "2020-06-17 09:00:00", "1001", "Open", "SCAT1")
            + row("7", "2020-06-17 12:00:00", "1002", "Pending customer", "SCAT1")
            + row("7", "2020-06-17 12:00:00", "1002", "Needs approval", "SCAT2")
            + row("x'; DROP TABLE case_event; --", "2020-06-17 09:00:00", "1001", "Open", "SCAT1"));
    const std::vector<FileImportResult> results = importPaths(*m_store, {path});
    QCOMPARE(results[0].loaded, qint64(6));

    const std::vector<CaseEvent> events = m_store->caseEvents("7");
    QCOMPARE(events.size(), std::size_t(4));
    QStringList statuses;
    for (const CaseEvent& e : events) {
        statuses << qs(e.status);
        QCOMPARE(e.caseNo, std::string("7"));
    }
    QCOMPARE(statuses, (QStringList{QStringLiteral("Open"), QStringLiteral("Pending customer"),
                                    QStringLiteral("Needs approval"), QStringLiteral("Closed")}));
    QCOMPARE(events[0].employeeKey, std::string("1001"));
    QCOMPARE(events[1].employeeKey, std::string("1002"));
    QCOMPARE(events[2].subCategory, std::string("SCAT2"));
    QCOMPARE(formatTimestamp(events[0].created), std::string("2020-06-17 09:00:00"));
    QCOMPARE(formatTimestamp(events[3].modified), std::string("2020-06-17 17:00:00"));
    QCOMPARE(m_store->caseEvents("x'; DROP TABLE case_event; --").size(), std::size_t(1));
    QVERIFY(m_store->caseEvents("no such case").empty());
    QCOMPARE(tableCounts(*m_store).value(QStringLiteral("case_event")), qint64(6));
}

void ImportTest::versionOneStoreGainsTheCaseIndex()
{
    const QString path = write(QStringLiteral("cases.tsv"),
                               kCaseHeader + caseRow("7", "2020-06-17 09:00:00", "2020-06-17 09:00:00", "Open")
                                   + caseRow("7", "2020-06-17 09:00:00", "2020-06-17 17:30:00", "Closed"));
    QCOMPARE(importPaths(*m_store, {path})[0].loaded, qint64(2));
    QCOMPARE(m_store->schemaVersion(), 2);
    const QString location = m_store->location();
    m_store.reset();
    {
        // What CarePulse's version 1 wrote: the same tables without the case-number index.
        sqlite::Connection db(location);
        db.exec("DROP INDEX case_event_case_no; PRAGMA user_version = 1");
    }
    m_store = openStore(location);
    QCOMPARE(m_store->schemaVersion(), 2);
    QCOMPARE(m_store->caseEvents("7").size(), std::size_t(2));
    sqlite::Connection db(location);
    sqlite::Statement plan(db, "EXPLAIN QUERY PLAN SELECT status FROM case_event WHERE case_no = ? "
                               "ORDER BY modified_ts, seq");
    plan.bind(1, std::string_view("7"));
    QStringList steps;
    while (plan.step())
        steps << plan.columnText(3);
    const QString planText = steps.join(QLatin1Char('\n'));
    QVERIFY2(planText.contains(QLatin1String("USING INDEX case_event_case_no")), qPrintable(planText));
    QVERIFY2(!planText.contains(QLatin1String("TEMP B-TREE")), qPrintable(planText)); // no sort
}

QTEST_GUILESS_MAIN(ImportTest)

#include "ImportTest.moc"
