// RecordSplitter: records cut anywhere come out whole, once, with the right positions.
#include "LiveTest.h"
#include "LiveTestSupport.h"
#include "TestSupport.h"

#include "live/RecordSplitter.h"

#include <QtTest>

using namespace carepulse;
using namespace carepulse::test;

namespace {

RecordBatch splitWhole(const QByteArray& bytes, RecordSplitter::Framing framing = RecordSplitter::Framing::Auto)
{
    RecordSplitter splitter(framing);
    RecordBatch batch;
    splitter.push(view(bytes), batch);
    splitter.finish(batch);
    return batch;
}

} // namespace

void LiveTest::splitterHoldsBackPartialLines()
{
    const QByteArray first = caseJson(1, "2026-11-01 10:00:00", "2026-11-01 10:00:00", "Open");
    const QByteArray second = caseJson(2, "2026-11-01 10:05:00", "2026-11-01 10:05:00", "Open");
    RecordSplitter splitter;
    RecordBatch batch;
    QCOMPARE(splitter.push(view(first + "\n" + second.left(40)), batch), std::size_t(1));
    QCOMPARE(batch.cases.size(), std::size_t(1));
    QCOMPARE(splitter.committedOffset(), first.size() + 1);
    QCOMPARE(splitter.pendingBytes(), std::size_t(40));
    QCOMPARE(splitter.push(view(second.mid(40)), batch), std::size_t(0)); // still no newline
    QCOMPARE(splitter.push("\r\n", batch), std::size_t(1));
    QCOMPARE(batch.cases.size(), std::size_t(2));
    QCOMPARE(batch.cases[1].caseNo, std::string("2"));
    QCOMPARE(batch.quarantined.size(), std::size_t(0));
    QCOMPARE(splitter.committedOffset(), first.size() + second.size() + 3);
    QCOMPARE(splitter.committedLine(), 3);
}

void LiveTest::splitterGivesTheSameRecordsForAnyCut()
{
    const QByteArray lines = "\xEF\xBB\xBF" + jsonLinesStream(40);
    const QByteArray arrays = jsonArrays(jsonLinesStream(40), 7);
    for (const QByteArray& input : {lines, arrays}) {
        const RecordBatch whole = splitWhole(input);
        QCOMPARE(whole.quarantined.size(), std::size_t(0));
        QVERIFY(whole.cases.size() > 40);
        QVERIFY(!whole.surveys.empty());
        for (const int piece : {1, 3, 17, 64, 1000}) {
            RecordSplitter splitter;
            RecordBatch batch;
            for (qsizetype at = 0; at < input.size(); at += piece)
                splitter.push(view(input.mid(at, piece)), batch);
            splitter.finish(batch);
            QCOMPARE(caseNos(batch), caseNos(whole));
            QCOMPARE(batch.quarantined.size(), std::size_t(0));
            QCOMPARE(splitter.committedOffset(), input.size());
        }
    }
}

void LiveTest::splitterReadsArraysOnOneLineAndConcatenated()
{
    const QByteArray a = caseJson(1, "2026-11-01 10:00:00", "2026-11-01 10:00:00", "Open");
    const QByteArray b = surveyJson("S9", 1, "2026-11-02 10:00:00", 9);
    const QByteArray c = caseJson(3, "2026-11-01 10:00:00", "2026-11-01 11:00:00", "Closed");
    // Two arrays back to back, the first without a newline after it, the last without one at all.
    const RecordBatch batch = splitWhole("[" + a + "," + b + "][ " + c + " ]\n[]");
    QCOMPARE(batch.cases.size(), std::size_t(2));
    QCOMPARE(batch.surveys.size(), std::size_t(1));
    QCOMPARE(batch.surveys[0].surveyId, std::string("S9"));
    QCOMPARE(batch.quarantined.size(), std::size_t(0));
    QCOMPARE(batch.cases[1].status, std::string("Closed"));
}

void LiveTest::splitterReadsPrettyPrintedArrays()
{
    const QByteArray pretty = "[\n  {\n    \"case_no\": \"7\",\n    \"create_timestamp\": \"2026-11-01 10:00:00\",\n"
                              "    \"last_modified_timestamp\": \"2026-11-01 10:00:00\",\n    \"status\": \"Open\"\n  },\n"
                              "  {\"survey_id\": \"S1\", \"case_no\": \"7\", \"survey_timestamp\": \"2026-11-01 12:00:00\",\n"
                              "   \"Q1\": \"{not a brace}\"}\n]\n";
    const RecordBatch batch = splitWhole(pretty);
    QCOMPARE(batch.cases.size(), std::size_t(1));
    QCOMPARE(batch.cases[0].caseNo, std::string("7"));
    // The survey's Q1 is not a number: quarantined, and the brace inside the string did not confuse the scan.
    QCOMPARE(batch.quarantined.size(), std::size_t(1));
    QCOMPARE(batch.quarantined[0].reason, QuarantineReason::AnswerNotNumber);
    QCOMPARE(batch.quarantined[0].line, 8);
}

void LiveTest::splitterResumesMidArray()
{
    const QByteArray input = jsonArrays(jsonLinesStream(30), 8);
    const RecordBatch whole = splitWhole(input);
    // Stop after some records, then resume a new splitter at the committed offset.
    RecordSplitter first;
    RecordBatch head;
    first.push(view(input.left(input.size() / 2)), head);
    const std::int64_t resumeAt = first.committedOffset();
    QVERIFY(resumeAt > 0 && resumeAt < input.size());
    RecordSplitter second;
    second.reset(resumeAt, first.committedLine());
    RecordBatch tail;
    second.push(view(input.mid(resumeAt)), tail);
    second.finish(tail);
    QCOMPARE(head.cases.size() + tail.cases.size(), whole.cases.size());
    QCOMPARE(head.surveys.size() + tail.surveys.size(), whole.surveys.size());
    QCOMPARE(tail.quarantined.size(), std::size_t(0));
    QCOMPARE(tail.cases.back().caseNo, whole.cases.back().caseNo);
    QCOMPARE(head.cases.back().caseNo, whole.cases[head.cases.size() - 1].caseNo);
}

void LiveTest::splitterQuarantinesLongAndBrokenRecords()
{
    const QByteArray good = caseJson(1, "2026-11-01 10:00:00", "2026-11-01 10:00:00", "Open");
    const QByteArray longLine = "{\"case_no\":\"" + QByteArray(3000, 'x') + "\"}";
    {
        RecordSplitter splitter(RecordSplitter::Framing::Lines, 1000);
        RecordBatch batch;
        splitter.push(view(longLine.left(1500)), batch); // over the limit before its end: dropped as it comes
        QVERIFY(splitter.pendingBytes() <= 1000);
        splitter.push(view(longLine.mid(1500) + "\n" + good + "\n{\"case_no\": broken\n"), batch);
        QCOMPARE(batch.cases.size(), std::size_t(1));
        QCOMPARE(batch.quarantined.size(), std::size_t(2));
        QCOMPARE(batch.quarantined[0].reason, QuarantineReason::RecordTooLong);
        QCOMPARE(batch.quarantined[0].line, 1);
        QCOMPARE(batch.quarantined[1].reason, QuarantineReason::MalformedJson);
        QCOMPARE(batch.quarantined[1].line, 3);
        QCOMPARE(splitter.tooLongRecords(), 1);
    }
    {
        // Objects framing: an element over the limit, garbage between elements, a string cut by a line break.
        RecordSplitter splitter(RecordSplitter::Framing::Objects, 1000);
        RecordBatch batch;
        splitter.push(view("[" + longLine + "," + good + "]\ngarbage here\n[{\"case_no\":\"9\n" + good + "]"), batch);
        splitter.finish(batch);
        QCOMPARE(batch.cases.size(), std::size_t(2));
        QCOMPARE(batch.quarantined.size(), std::size_t(3));
        QCOMPARE(batch.quarantined[0].reason, QuarantineReason::RecordTooLong);
        QCOMPARE(batch.quarantined[1].reason, QuarantineReason::MalformedJson);
        QCOMPARE(batch.quarantined[1].raw, std::string("garbage here"));
        QCOMPARE(batch.quarantined[2].reason, QuarantineReason::MalformedJson);
        QCOMPARE(batch.quarantined[2].line, 3);
    }
    {
        // Binary bytes are counted (a TCP peer sending them is cut off).
        RecordSplitter splitter(RecordSplitter::Framing::Lines);
        RecordBatch batch;
        splitter.push(QByteArrayView("\x01\x02\x00garbage\n", 11).toByteArray().toStdString(), batch);
        QVERIFY(splitter.controlBytes() >= 3);
        QCOMPARE(batch.quarantined.size(), std::size_t(1));
    }
}
