// FileTailSource and FolderSource: growth, partial lines, rotation, truncation, late files, resuming.
#include "LiveTest.h"
#include "LiveTestSupport.h"
#include "TestSupport.h"

#include "live/FileTailSource.h"
#include "live/FolderSource.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace carepulse;
using namespace carepulse::test;

namespace {

void append(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray line(int caseNo, const char* status = "Open")
{
    return caseJson(caseNo, "2026-11-01 10:00:00", "2026-11-01 11:00:00", status) + '\n';
}

} // namespace

void LiveTest::fileThatAppearsLate()
{
    FileTailSource source(path(QStringLiteral("late.jsonl")));
    source.start(std::nullopt);
    RecordBatch batch;
    QCOMPARE(drain(source, batch), 0);
    QCOMPARE(source.state(), SourceState::Waiting);
    QVERIFY(source.message().contains(QStringLiteral("late.jsonl")));
    append(path(QStringLiteral("late.jsonl")), line(1) + line(2));
    QCOMPARE(drain(source, batch), 2);
    QCOMPARE(source.state(), SourceState::Following);
}

void LiveTest::fileGrowsWithPartialLines()
{
    const QString file = path(QStringLiteral("grow.jsonl"));
    const QByteArray two = line(2);
    append(file, line(1) + two.left(25));
    FileTailSource source(file);
    source.start(std::nullopt);
    RecordBatch batch;
    QCOMPARE(drain(source, batch), 1);
    QCOMPARE(source.checkpoint()->offset, line(1).size());
    append(file, two.mid(25, 10));
    QCOMPARE(drain(source, batch), 0);
    append(file, two.mid(35) + line(3));
    QCOMPARE(drain(source, batch), 2);
    QCOMPARE(batch.cases.size(), std::size_t(3));
    QCOMPARE(batch.cases[1].caseNo, std::string("2"));
    QCOMPARE(batch.quarantined.size(), std::size_t(0));
}

void LiveTest::fileRotationReadsTheOldFileToItsEnd()
{
    const QString file = path(QStringLiteral("app.jsonl"));
    append(file, line(1));
    FileTailSource source(file);
    source.start(std::nullopt);
    RecordBatch batch;
    QCOMPARE(drain(source, batch), 1);
    // The writer adds a last line (without its newline) to the old file, which is then renamed.
    append(file, line(2) + caseJson(3, "2026-11-01 10:00:00", "2026-11-01 10:00:00", "Open"));
    QVERIFY(QFile::rename(file, path(QStringLiteral("app.jsonl.1"))));
    RecordBatch meanwhile;
    drain(source, meanwhile); // reads line 2; line 3 waits for its newline; no new file yet
    append(file, line(4));
    drain(source, meanwhile);
    QCOMPARE(caseNos(meanwhile), (std::vector<std::string>{"2/Open", "3/Open", "4/Open"}));
    const auto checkpoint = source.checkpoint();
    QVERIFY(checkpoint);
    QCOMPARE(checkpoint->offset, line(4).size());
}

void LiveTest::fileTruncationStartsAgain()
{
    const QString file = path(QStringLiteral("trunc.jsonl"));
    append(file, line(1) + line(2) + line(3));
    FileTailSource source(file);
    source.start(std::nullopt);
    RecordBatch batch;
    QCOMPARE(drain(source, batch), 3);
    QVERIFY(QFile::resize(file, 0)); // copy-truncate
    append(file, line(7));
    RecordBatch after;
    QCOMPARE(drain(source, after), 1);
    QCOMPARE(after.cases[0].caseNo, std::string("7"));
    QVERIFY(source.message().contains(QStringLiteral("truncated")));
}

void LiveTest::fileResumesAtCheckpoint()
{
    const QString file = path(QStringLiteral("resume.jsonl"));
    append(file, line(1) + line(2));
    std::optional<SourceCheckpoint> saved;
    {
        FileTailSource source(file);
        source.start(std::nullopt);
        RecordBatch batch;
        QCOMPARE(drain(source, batch), 2);
        saved = source.checkpoint();
    }
    append(file, line(3));
    FileTailSource again(file);
    again.start(saved);
    RecordBatch batch;
    QCOMPARE(drain(again, batch), 1);
    QCOMPARE(batch.cases[0].caseNo, std::string("3"));
    // A checkpoint from another file (same name, new inode) starts at the top of the new one.
    QVERIFY(QFile::remove(file));
    append(file, line(8) + line(9));
    FileTailSource fresh(file);
    fresh.start(saved);
    RecordBatch all;
    QCOMPARE(drain(fresh, all), 2);
}

void LiveTest::fileResumesInARotatedFile()
{
    const QString file = path(QStringLiteral("rot.jsonl"));
    append(file, line(1));
    std::optional<SourceCheckpoint> saved;
    {
        FileTailSource source(file);
        source.start(std::nullopt);
        RecordBatch batch;
        drain(source, batch);
        saved = source.checkpoint();
    }
    // While nobody was following: more lines, then rotation and a new file.
    append(file, line(2));
    QVERIFY(QFile::rename(file, path(QStringLiteral("rot.jsonl.1"))));
    append(file, line(3));
    FileTailSource again(file);
    again.start(saved);
    RecordBatch batch;
    drain(again, batch);
    QCOMPARE(caseNos(batch), (std::vector<std::string>{"2/Open", "3/Open"}));
}

void LiveTest::folderAppliesArrayFilesInOrder()
{
    const QString dir = path(QStringLiteral("drop"));
    QVERIFY(QDir().mkpath(dir));
    auto arrayOf = [](int caseNo) -> QByteArray { return "[" + caseJson(caseNo, "2026-11-01 10:00:00", "2026-11-01 10:00:00", "Open") + "]"; };
    QVERIFY(writeFile(dir + QStringLiteral("/case_data_1700000100.json"), arrayOf(2)));
    QVERIFY(writeFile(dir + QStringLiteral("/case_data_999.json"), arrayOf(1))); // smaller epoch: first
    QVERIFY(writeFile(dir + QStringLiteral("/.tmp-case_data_1700000200.json"), "[{\"case_no\":")); // hidden: ignored
    QVERIFY(writeFile(dir + QStringLiteral("/survey_data_1700000100.json"),
                      "[" + surveyJson("S1", 2, "2026-11-01 12:00:00", 8) + "]"));
    FolderSource source(dir);
    source.start(std::nullopt);
    RecordBatch batch;
    // Files just written wait one look for their size to settle.
    QVERIFY(waitFor([&] { drain(source, batch); return batch.recordsRead == 3; }, 5000));
    QCOMPARE(caseNos(batch), (std::vector<std::string>{"1/Open", "2/Open", "S1"}));
    QCOMPARE(batch.quarantined.size(), std::size_t(0));
    QCOMPARE(source.filesApplied(), 3);
    QCOMPARE(source.checkpoint()->state, QStringLiteral("survey_data_1700000100.json"));
    QVERIFY(FolderSource::orderedBefore(QStringLiteral("survey_data_1700000100.json"),
                                        QStringLiteral("case_data_1700000101.json")));
}

void LiveTest::folderResumesAfterRestart()
{
    const QString dir = path(QStringLiteral("drop2"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeFile(dir + QStringLiteral("/case_data_100.json"), jsonArrays(jsonLinesStream(5, 1), 100)));
    std::optional<SourceCheckpoint> saved;
    {
        FolderSource source(dir);
        source.start(std::nullopt);
        RecordBatch batch;
        QVERIFY(waitFor([&] { drain(source, batch); return source.filesApplied() == 1; }, 5000));
        saved = source.checkpoint();
    }
    QVERIFY(writeFile(dir + QStringLiteral("/case_data_200.json"), jsonArrays(jsonLinesStream(3, 100), 100)));
    FolderSource again(dir);
    again.start(saved);
    RecordBatch batch;
    QVERIFY(waitFor([&] { drain(again, batch); return again.filesApplied() == 1; }, 5000));
    QCOMPARE(batch.cases.front().caseNo, std::string("100"));
    // Mid-file: a checkpoint inside a file resumes after its last committed element.
    const QByteArray big = jsonArrays(jsonLinesStream(50, 500), 1000);
    QVERIFY(writeFile(dir + QStringLiteral("/case_data_300.json"), big));
    SourceCheckpoint mid = *again.checkpoint();
    mid.fileIdentity = QStringLiteral("case_data_300.json");
    const qsizetype cut = big.indexOf("},{", big.size() / 2) + 1; // after an element
    mid.offset = cut;
    FolderSource third(dir);
    third.start(mid);
    RecordBatch rest;
    QVERIFY(waitFor([&] { drain(third, rest); return third.filesApplied() == 1; }, 5000));
    QCOMPARE(rest.quarantined.size(), std::size_t(0));
    QVERIFY(rest.recordsRead > 10);
    QCOMPARE(rest.recordsRead, static_cast<std::int64_t>(big.mid(cut).count("{\"")));
}
