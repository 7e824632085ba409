// Bad input: every kind in data-formats.md is quarantined with its reason, field, line and byte offset,
// while the records around it still load. Records over 1 MiB are built here rather than committed.

#include "ParseTest.h"
#include "TestSupport.h"

#include "parse/EventTsvReader.h"
#include "parse/JsonArrayReader.h"
#include "parse/JsonLinesReader.h"
#include "parse/DimensionReader.h"

#include <QTemporaryDir>

#include <memory>

using namespace carepulse;
using namespace carepulse::test;

namespace {

enum class Shape { Tsv, JsonLines, JsonArray };

std::unique_ptr<RecordReader> makeReader(Shape shape, ByteSource& source)
{
    switch (shape) {
    case Shape::Tsv: return std::make_unique<EventTsvReader>(source);
    case Shape::JsonLines: return std::make_unique<JsonLinesReader>(source);
    case Shape::JsonArray: return std::make_unique<JsonArrayReader>(source);
    }
    return nullptr;
}

Shape shapeOf(const QString& fileName)
{
    if (fileName.endsWith(QLatin1String(".tsv")))
        return Shape::Tsv;
    return fileName.endsWith(QLatin1String(".jsonl")) ? Shape::JsonLines : Shape::JsonArray;
}

const QByteArray kCaseHeader = "case_no\tcreate_timestamp\tlast_modified_timestamp\tcreated_employee_key\tcall_center_id\t"
                               "status\tcategory\tsub_category\tcommunication_mode\tcountry_cd\tproduct_code\n";

QByteArray caseRow(const QByteArray& caseNo, const QByteArray& productCode = "1774593")
{
    return caseNo + "\t2020-06-17 09:00:00\t2020-06-17 09:30:00\t241049\tC-101\tOpen\tCAT1\tSCAT1\tCall\tUS\t" + productCode;
}

QByteArray caseObject(const QByteArray& caseNo, const QByteArray& extra = {})
{
    return R"({"case_no":")" + caseNo + R"(","create_timestamp":"2020-06-17 09:00:00",)"
        + R"("last_modified_timestamp":"2020-06-17 09:30:00","status":"Open","product_code":"1774593")" + extra + "}";
}

// A case record of exactly `size` bytes (without its line ending), padded in its product code or in an
// unknown key.
QByteArray sizedRecord(Shape shape, const QByteArray& caseNo, std::size_t size)
{
    if (shape == Shape::Tsv) {
        const QByteArray head = caseRow(caseNo, {});
        return head + QByteArray(static_cast<qsizetype>(size) - head.size(), 'x');
    }
    const QByteArray empty = caseObject(caseNo, R"(,"pad":"")");
    QByteArray padded = caseObject(caseNo, R"(,"pad":")" + QByteArray(static_cast<qsizetype>(size) - empty.size(), 'x') + "\"");
    Q_ASSERT(padded.size() == static_cast<qsizetype>(size));
    return padded;
}

// good, record, good in the shape's framing.
QByteArray frame(Shape shape, const QByteArray& record, const QByteArray& eol = "\n")
{
    switch (shape) {
    case Shape::Tsv: return kCaseHeader + caseRow("1") + eol + record + eol + caseRow("3") + eol;
    case Shape::JsonLines: return caseObject("1") + eol + record + eol + caseObject("3") + eol;
    case Shape::JsonArray: return "[" + caseObject("1") + "," + eol + record + "," + eol + caseObject("3") + "]";
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Shape)

void ParseTest::badInputFixture_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("marker"); // where the bad record starts (unique in the file)
    QTest::addColumn<QuarantineReason>("reason");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<RecordKind>("kind");

    using R = QuarantineReason;
    const RecordKind c = RecordKind::Case;
    const RecordKind s = RecordKind::Survey;
    const RecordKind u = RecordKind::Unknown;
    const QByteArray case2 = "100002\t";
    const QByteArray survey2 = "S-2\t";
    auto row = [](const char* name, const QByteArray& marker, R reason, const QByteArray& field, RecordKind kind) {
        QTest::newRow(name) << QString::fromLatin1(name) << marker << reason << field << kind;
    };
    // Historical case TSV
    row("cases_missing_case_no.tsv", "\t2020-06-17 10:00:00\t", R::MissingField, "case_no", c);
    row("cases_missing_create_timestamp.tsv", case2, R::MissingField, "create_timestamp", c);
    row("cases_missing_last_modified_timestamp.tsv", case2, R::MissingField, "last_modified_timestamp", c);
    row("cases_missing_status.tsv", case2, R::MissingField, "status", c);
    row("cases_bad_create_timestamp.tsv", case2, R::BadTimestamp, "create_timestamp", c);
    row("cases_bad_last_modified_timestamp.tsv", case2, R::BadTimestamp, "last_modified_timestamp", c);
    row("cases_created_after_modified.tsv", case2, R::CreatedAfterModified, "create_timestamp", c);
    row("cases_too_few_fields.tsv", case2, R::WrongFieldCount, "", c);
    // Historical survey TSV
    row("surveys_missing_survey_id.tsv", "\t100002\t", R::MissingField, "survey_id", s);
    row("surveys_missing_case_no.tsv", survey2, R::MissingField, "case_no", s);
    row("surveys_missing_survey_timestamp.tsv", survey2, R::MissingField, "survey_timestamp", s);
    row("surveys_bad_timestamp.tsv", survey2, R::BadTimestamp, "survey_timestamp", s);
    row("surveys_answer_out_of_range.tsv", survey2, R::AnswerOutOfRange, "q1", s);
    row("surveys_answer_not_number.tsv", survey2, R::AnswerNotNumber, "q3", s);
    row("surveys_q4_lower_case.tsv", survey2, R::BadOption, "q4", s);
    row("surveys_q4_yes.tsv", survey2, R::BadOption, "q4", s);
    row("surveys_too_few_fields.tsv", survey2, R::WrongFieldCount, "", s);
    // JSON Lines
    const QByteArray jsonCase2 = R"({"case_no":"100002")";
    const QByteArray jsonSurvey2 = R"({"survey_id":"S-2")";
    row("jsonl_malformed.jsonl", jsonCase2, R::MalformedJson, "", u);
    row("jsonl_not_an_object.jsonl", R"(["100002")", R::MalformedJson, "", u);
    row("jsonl_missing_case_no.jsonl", R"({"create_timestamp":"2020-06-17 10:00:00")", R::MissingField, "case_no", c);
    row("jsonl_missing_create_timestamp.jsonl", jsonCase2, R::MissingField, "create_timestamp", c);
    row("jsonl_missing_last_modified_timestamp.jsonl", jsonCase2, R::MissingField, "last_modified_timestamp", c);
    row("jsonl_missing_status.jsonl", jsonCase2, R::MissingField, "status", c);
    row("jsonl_missing_survey_id.jsonl", R"({"survey_id":"")", R::MissingField, "survey_id", s);
    row("jsonl_missing_survey_case_no.jsonl", jsonSurvey2, R::MissingField, "case_no", s);
    row("jsonl_missing_survey_timestamp.jsonl", jsonSurvey2, R::MissingField, "survey_timestamp", s);
    row("jsonl_bad_timestamp.jsonl", jsonCase2, R::BadTimestamp, "create_timestamp", c);
    row("jsonl_created_after_modified.jsonl", jsonCase2, R::CreatedAfterModified, "create_timestamp", c);
    row("jsonl_answer_out_of_range.jsonl", jsonSurvey2, R::AnswerOutOfRange, "q5", s);
    row("jsonl_answer_not_number.jsonl", jsonSurvey2, R::AnswerNotNumber, "q2", s);
    row("jsonl_q4_yes.jsonl", jsonSurvey2, R::BadOption, "q4", s);
    // JSON arrays
    row("array_malformed_element.json", R"({"case_no": "100002")", R::MalformedJson, "", u);
    row("array_missing_status.json", "{\n      \"case_no\": \"100002\"", R::MissingField, "status", c);
    row("array_q4_lower_case.json", jsonSurvey2, R::BadOption, "q4", s);
}

void ParseTest::badInputFixture()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, marker);
    QFETCH(QuarantineReason, reason);
    QFETCH(QByteArray, field);
    QFETCH(RecordKind, kind);

    const QString path = fixturePath(QStringLiteral("bad-input/") + fixture);
    const QByteArray text = readFile(path);
    QVERIFY2(text.indexOf(marker) >= 0 && text.indexOf(marker) == text.lastIndexOf(marker), "marker is unique");
    const Position expected = positionOf(text, marker);

    FileByteSource source(path);
    QVERIFY(source.isOpen());
    std::unique_ptr<RecordReader> reader = makeReader(shapeOf(fixture), source);
    const RecordBatch all = readAll(*reader);

    QCOMPARE(all.recordsRead, qint64(3));
    QCOMPARE(all.cases.size() + all.surveys.size(), std::size_t(2)); // the neighbours load
    QCOMPARE(all.quarantined.size(), std::size_t(1));
    const QuarantineRecord& q = all.quarantined.front();
    QCOMPARE(q.reason, reason);
    QCOMPARE(QByteArray::fromStdString(q.field), field);
    QCOMPARE(q.kind, kind);
    QCOMPARE(q.line, expected.line);
    QCOMPARE(q.offset, expected.offset);
    // The raw text is the bad record itself.
    const QByteArray raw = QByteArray::fromStdString(q.raw);
    QVERIFY2(raw.startsWith(marker), q.raw.c_str());
    if (shapeOf(fixture) != Shape::JsonArray) {
        const qsizetype end = text.indexOf('\n', expected.offset);
        QCOMPARE(raw, text.mid(expected.offset, end - expected.offset));
    }
    QVERIFY(!reasonText(reason).isEmpty());

    // The good neighbours are the first and last records, in order.
    const auto neighbours = [&] {
        std::vector<std::string> ids;
        for (const CaseEvent& e : all.cases)
            ids.push_back(e.caseNo);
        for (const SurveyEvent& e : all.surveys)
            ids.push_back(e.caseNo);
        return ids;
    }();
    QVERIFY(neighbours == (std::vector<std::string>{"100001", "100003"}));
}

void ParseTest::recordTooLong_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QByteArray>("eol");

    const auto limit = static_cast<qint64>(kMaxRecordBytes);
    QTest::newRow("TSV line, 1 byte over") << Shape::Tsv << limit + 1 << QByteArray("\n");
    QTest::newRow("TSV line, 5 MiB") << Shape::Tsv << 5 * limit << QByteArray("\n");
    QTest::newRow("TSV line, CRLF") << Shape::Tsv << limit + 100 << QByteArray("\r\n");
    QTest::newRow("JSON line, 1 KiB over") << Shape::JsonLines << limit + 1024 << QByteArray("\n");
    QTest::newRow("JSON line, 5 MiB") << Shape::JsonLines << 5 * limit << QByteArray("\n");
    QTest::newRow("array element, 1 KiB over") << Shape::JsonArray << limit + 1024 << QByteArray("\n");
    QTest::newRow("array element, 1.5 MiB") << Shape::JsonArray << limit * 3 / 2 << QByteArray("\n");
    QTest::newRow("array element, 5 MiB") << Shape::JsonArray << 5 * limit << QByteArray("\n");
}

void ParseTest::recordTooLong()
{
    QFETCH(Shape, shape);
    QFETCH(qint64, size);
    QFETCH(QByteArray, eol);

    const QByteArray record = sizedRecord(shape, "2", static_cast<std::size_t>(size));
    const QByteArray text = frame(shape, record, eol);
    const Position expected = positionOf(text, record.left(64));

    MemoryByteSource source(view(text));
    std::unique_ptr<RecordReader> reader = makeReader(shape, source);
    const RecordBatch all = readAll(*reader);
    QCOMPARE(all.recordsRead, qint64(3));
    QCOMPARE(all.quarantined.size(), std::size_t(1));
    const QuarantineRecord& q = all.quarantined.front();
    QCOMPARE(q.reason, QuarantineReason::RecordTooLong);
    QCOMPARE(q.line, expected.line);
    QCOMPARE(q.offset, expected.offset);
    QCOMPARE(q.raw.size(), kMaxQuarantinedRawBytes);
    QVERIFY(record.startsWith(QByteArray::fromStdString(q.raw)));
    // Both neighbours load, including the one right after the long record.
    QCOMPARE(all.cases.size(), std::size_t(2));
    QCOMPARE(qs(all.cases[0].caseNo), QStringLiteral("1"));
    QCOMPARE(qs(all.cases[1].caseNo), QStringLiteral("3"));
}

void ParseTest::recordAtSizeLimitLoads_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::newRow("TSV line of exactly 1 MiB") << Shape::Tsv;
    QTest::newRow("JSON line of exactly 1 MiB") << Shape::JsonLines;
    QTest::newRow("array element of exactly 1 MiB") << Shape::JsonArray;
}

void ParseTest::recordAtSizeLimitLoads()
{
    QFETCH(Shape, shape);

    const QByteArray record = sizedRecord(shape, "2", kMaxRecordBytes);
    QCOMPARE(record.size(), qsizetype(kMaxRecordBytes));
    const QByteArray text = frame(shape, record);
    MemoryByteSource source(view(text));
    std::unique_ptr<RecordReader> reader = makeReader(shape, source);
    const RecordBatch all = readAll(*reader);
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    QCOMPARE(all.cases.size(), std::size_t(3));
    QCOMPARE(qs(all.cases[1].caseNo), QStringLiteral("2"));
    if (shape == Shape::Tsv)
        QCOMPARE(all.cases[1].productCode.size(), kMaxRecordBytes - static_cast<std::size_t>(caseRow("2", {}).size()));
}

void ParseTest::largeArrayFileLoads()
{
    // A whole array file may be larger than 1 MiB (and than the reader's 4 MiB buffer): only single
    // records are limited. Elements cross buffer refills at every possible byte.
    QByteArray text = "[";
    const int count = 60000;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += i % 3 == 0 ? ",\n" : ",";
        text += caseObject(QByteArray::number(i), i % 7 == 0 ? QByteArray(R"(,"note":"a ] } , [ {")") : QByteArray());
    }
    text += "]";
    QVERIFY(text.size() > 8 * static_cast<qsizetype>(kMaxRecordBytes));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case_data_1.json"));
    QVERIFY(writeFile(path, text));
    FileByteSource source(path);
    JsonArrayReader reader(source);
    const RecordBatch all = readAll(reader, 5000);
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    QCOMPARE(all.cases.size(), std::size_t(count));
    for (int i = 0; i < count; ++i) {
        if (all.cases[static_cast<std::size_t>(i)].caseNo != std::to_string(i))
            QFAIL(qPrintable(QStringLiteral("element %1 is %2").arg(i).arg(qs(all.cases[static_cast<std::size_t>(i)].caseNo))));
    }
    QCOMPARE(all.endOffset, qint64(text.size()));
}

void ParseTest::partialLastLineRead_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("TSV, LF") << Shape::Tsv << QByteArray("\n");
    QTest::newRow("TSV, CRLF") << Shape::Tsv << QByteArray("\r\n");
    QTest::newRow("JSON Lines, LF") << Shape::JsonLines << QByteArray("\n");
    QTest::newRow("JSON Lines, CRLF") << Shape::JsonLines << QByteArray("\r\n");
}

void ParseTest::partialLastLineRead()
{
    QFETCH(Shape, shape);
    QFETCH(QByteArray, eol);

    // Importing a file reads it to its end: a last line without a newline is a record like any other.
    QByteArray text = frame(shape, shape == Shape::Tsv ? caseRow("2") : caseObject("2"), eol);
    text.chop(eol.size());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partial"));
    QVERIFY(writeFile(path, text));
    FileByteSource source(path);
    std::unique_ptr<RecordReader> reader = makeReader(shape, source);
    const RecordBatch all = readAll(*reader);
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    QCOMPARE(all.cases.size(), std::size_t(3));
    QCOMPARE(qs(all.cases[2].caseNo), QStringLiteral("3"));
    QCOMPARE(qs(all.cases[2].productCode), QStringLiteral("1774593"));
    QCOMPARE(all.endOffset, qint64(text.size()));

    // The same for a dimension file.
    const QByteArray centres = "call_center_id\tcall_center_vendor\tlocation\tcountry" + eol + "C-101\tConcentrix\tNew york\tUS"
        + eol + "C-102\tDialAmerica\tNew york\tUS";
    QVERIFY(writeFile(path, centres));
    FileByteSource centreSource(path);
    DimensionReader centreReader(centreSource, *findDimension("call_center"));
    const RecordBatch rows = readAll(centreReader);
    QCOMPARE(rows.dimensionRows.size(), std::size_t(2));
    QCOMPARE(qs(rows.dimensionRows[1].values[3]), QStringLiteral("US"));
}

void ParseTest::truncatedArrayQuarantinesLastElement()
{
    const QString path = fixturePath(QStringLiteral("bad-input/array_truncated.json"));
    const QByteArray text = readFile(path);
    QVERIFY(!text.endsWith(']'));
    const Position expected = positionOf(text, R"({"case_no":"100002")");

    FileByteSource source(path);
    JsonArrayReader reader(source);
    const RecordBatch all = readAll(reader);
    QCOMPARE(all.recordsRead, qint64(3));
    QCOMPARE(all.cases.size(), std::size_t(1));
    QCOMPARE(all.surveys.size(), std::size_t(1));
    QCOMPARE(all.quarantined.size(), std::size_t(1));
    const QuarantineRecord& q = all.quarantined.front();
    QCOMPARE(q.reason, QuarantineReason::MalformedJson);
    QCOMPARE(q.line, expected.line);
    QCOMPARE(q.offset, expected.offset);
    QCOMPARE(QByteArray::fromStdString(q.raw), text.mid(expected.offset));

    // A pretty-printed array cut inside its last element: same result, with the element's own line.
    const QByteArray pretty = "[\n  " + caseObject("1") + ",\n  {\n    \"case_no\": \"2\",\n    \"status\": \"Op";
    MemoryByteSource memory(view(pretty));
    JsonArrayReader prettyReader(memory);
    const RecordBatch cut = readAll(prettyReader);
    QCOMPARE(cut.cases.size(), std::size_t(1));
    QCOMPARE(cut.quarantined.size(), std::size_t(1));
    QCOMPARE(cut.quarantined[0].reason, QuarantineReason::MalformedJson);
    QCOMPARE(cut.quarantined[0].line, qint64(3));
    QCOMPARE(cut.quarantined[0].offset, qint64(pretty.indexOf("{\n")));
}
