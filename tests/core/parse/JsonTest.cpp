// JSON Lines and JSON array files: the shapes the simulators write, mixed case/survey streams, answers
// as numbers or strings, null or empty meaning "not answered", unknown keys ignored.

#include "ParseTest.h"
#include "TestSupport.h"

#include "parse/JsonArrayReader.h"
#include "parse/JsonLinesReader.h"
#include "parse/JsonRecordDecoder.h"

using namespace carepulse;
using namespace carepulse::test;

namespace {

QByteArray caseJson(const QByteArray& caseNo, const QByteArray& status, const QByteArray& modified = "2020-06-17 11:30:00")
{
    return R"({"case_no":")" + caseNo + R"(","create_timestamp":"2020-06-17 09:00:00","last_modified_timestamp":")"
        + modified + R"(","created_employee_key":"241049","call_center_id":"C-101","status":")" + status
        + R"(","category":"CAT1","sub_category":"SCAT1","communication_mode":"Call","country_cd":"US","product_code":"1774593"})";
}

QByteArray surveyJson(const QByteArray& surveyId, const QByteArray& caseNo)
{
    return R"({"survey_id":")" + surveyId + R"(","case_no":")" + caseNo
        + R"(","survey_timestamp":"2020-06-18 10:00:00","Q1":9,"Q2":"8","Q3":10,"Q4":"Y","Q5":"7"})";
}

// The same case, pretty-printed over several lines.
QByteArray prettyCase(const QByteArray& caseNo, const QByteArray& eol = "\n")
{
    QByteArray text = caseJson(caseNo, "Open");
    text.replace("{", QByteArray("{" + eol + "    "))
        .replace(",\"", QByteArray("," + eol + "    \""))
        .replace("}", QByteArray(eol + "  }"));
    text.replace("\":\"", "\": \"");
    return "  " + text;
}

struct Decoded {
    DecodedKind kind = DecodedKind::Quarantined;
    CaseEvent caseEvent;
    SurveyEvent survey;
    QuarantineRecord quarantine;
};

Decoded decode(const QByteArray& json)
{
    JsonRecordDecoder decoder;
    Decoded d;
    d.kind = decoder.decode(view(json), static_cast<std::size_t>(json.size()), d.caseEvent, d.survey, d.quarantine);
    return d;
}

const QByteArray kSurveyHead = R"({"survey_id":"S9","case_no":"100001","survey_timestamp":"2020-06-18 10:00:00")";

} // namespace

void ParseTest::jsonLinesMixedStream()
{
    const QByteArray text = caseJson("1", "Open", "2020-06-17 09:00:00") + "\n" + surveyJson("S1", "1") + "\n"
        + caseJson("1", "Closed") + "\n"
        + R"({"survey_id":"S2","case_no":"2","survey_timestamp":"2020-06-18T10:00:00.123","Q1":null,"Q2":"","Q3":5})"
        + "\n";
    MemoryByteSource source(view(text));
    JsonLinesReader reader(source);
    const RecordBatch all = readAll(reader);
    QCOMPARE(all.recordsRead, qint64(4));
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    QCOMPARE(all.cases.size(), std::size_t(2));
    QCOMPARE(all.surveys.size(), std::size_t(2));

    QCOMPARE(qs(all.cases[0].status), QStringLiteral("Open"));
    QCOMPARE(qs(all.cases[1].status), QStringLiteral("Closed"));
    QCOMPARE(all.cases[0].created, all.cases[1].created);
    QCOMPARE(all.cases[1].modified - all.cases[0].modified, Timestamp(2 * 3600 + 30 * 60));
    const CaseEvent& c = all.cases[1];
    QCOMPARE(qs(c.caseNo), QStringLiteral("1"));
    QCOMPARE(qs(formatTimestamp(c.created)), QStringLiteral("2020-06-17 09:00:00"));
    QCOMPARE(qs(c.employeeKey), QStringLiteral("241049"));
    QCOMPARE(qs(c.callCenterId), QStringLiteral("C-101"));
    QCOMPARE(qs(c.category), QStringLiteral("CAT1"));
    QCOMPARE(qs(c.subCategory), QStringLiteral("SCAT1"));
    QCOMPARE(qs(c.channel), QStringLiteral("Call"));
    QCOMPARE(qs(c.countryCode), QStringLiteral("US"));
    QCOMPARE(qs(c.productCode), QStringLiteral("1774593"));

    QCOMPARE(qs(all.surveys[0].surveyId), QStringLiteral("S1"));
    QVERIFY(all.surveys[0].answers == (SurveyAnswers{9, 8, 10, 'Y', 7}));
    QCOMPARE(qs(all.surveys[1].surveyId), QStringLiteral("S2"));
    QCOMPARE(qs(formatTimestamp(all.surveys[1].at)), QStringLiteral("2020-06-18 10:00:00"));
    QVERIFY(all.surveys[1].answers == (SurveyAnswers{0, 0, 5, 0, 0}));
}

void ParseTest::jsonLinesSkipsBlankLinesAndHandlesCrlf()
{
    const QByteArray text = "\xEF\xBB\xBF" + caseJson("1", "Open") + "\r\n\r\n   \r\n" + surveyJson("S1", "1") + "\r\n";
    MemoryByteSource source(view(text));
    JsonLinesReader reader(source);
    const RecordBatch all = readAll(reader);
    QCOMPARE(all.recordsRead, qint64(2));
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    QCOMPARE(all.cases.size(), std::size_t(1));
    QCOMPARE(all.surveys.size(), std::size_t(1));
    QCOMPARE(qs(all.cases[0].productCode), QStringLiteral("1774593"));
    QCOMPARE(all.endOffset, qint64(text.size()));
}

void ParseTest::jsonArrayShapes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("cases");
    QTest::addColumn<int>("surveys");

    const QByteArray c1 = caseJson("1", "Open");
    const QByteArray c2 = caseJson("2", "Closed");
    const QByteArray s1 = surveyJson("S1", "2");
    QTest::newRow("one line, no trailing newline") << ("[" + c1 + "," + s1 + "," + c2 + "]") << 2 << 1;
    QTest::newRow("one element") << ("[" + c1 + "]") << 1 << 0;
    QTest::newRow("pretty-printed") << ("[\n" + prettyCase("1") + ",\n" + prettyCase("2") + "\n]\n") << 2 << 0;
    QTest::newRow("pretty-printed, BOM and CRLF") << ("\xEF\xBB\xBF[\r\n" + prettyCase("1", "\r\n") + ",\r\n"
                                                     + prettyCase("2", "\r\n") + "\r\n]\r\n")
                                                  << 2 << 0;
    QTest::newRow("spaces around commas") << ("[ " + c1 + " , " + c2 + " ,\t" + s1 + " ]") << 2 << 1;
    QTest::newRow("two arrays back to back") << ("[" + c1 + "][" + c2 + "," + s1 + "]") << 2 << 1;
    QTest::newRow("two arrays on two lines") << ("[" + c1 + "]\n[" + c2 + "]\n") << 2 << 0;
    QTest::newRow("empty array") << QByteArray("[]") << 0 << 0;
    QTest::newRow("empty array with spaces") << QByteArray(" [ \n ]\n") << 0 << 0;
    QTest::newRow("empty array, then one") << ("[]\n[" + s1 + "]") << 0 << 1;
}

void ParseTest::jsonArrayShapes()
{
    QFETCH(QByteArray, text);
    QFETCH(int, cases);
    QFETCH(int, surveys);

    MemoryByteSource source(view(text));
    JsonArrayReader reader(source);
    const RecordBatch all = readAll(reader);
    for (const QuarantineRecord& q : all.quarantined)
        qWarning() << "quarantined:" << qs(reasonName(q.reason)) << qs(q.detail) << qs(q.raw);
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    QCOMPARE(static_cast<int>(all.cases.size()), cases);
    QCOMPARE(static_cast<int>(all.surveys.size()), surveys);
    QCOMPARE(all.recordsRead, qint64(cases + surveys));
    if (cases > 0) {
        QCOMPARE(qs(all.cases[0].caseNo), QStringLiteral("1"));
        QCOMPARE(qs(all.cases[0].productCode), QStringLiteral("1774593"));
        QCOMPARE(qs(formatTimestamp(all.cases[0].modified)), QStringLiteral("2020-06-17 11:30:00"));
    }
    if (surveys > 0)
        QVERIFY(all.surveys[0].answers == (SurveyAnswers{9, 8, 10, 'Y', 7}));
}

void ParseTest::jsonArrayFieldsAndPositions()
{
    // Brackets, commas and escaped quotes inside strings do not end an element.
    const QByteArray tricky = R"({"case_no":"7","create_timestamp":"2020-06-17 09:00:00",)"
                              R"("last_modified_timestamp":"2020-06-17 09:00:00","status":"Open",)"
                              R"("product_code":"a\"b]},[c","notes":"\\"})";
    const QByteArray text = "[\n" + prettyCase("1") + ",\n  " + tricky + ",\n" + prettyCase("3") + "\n]";
    MemoryByteSource source(view(text));
    JsonArrayReader reader(source);
    const RecordBatch all = readAll(reader);
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    QCOMPARE(all.cases.size(), std::size_t(3));
    QCOMPARE(qs(all.cases[1].caseNo), QStringLiteral("7"));
    QCOMPARE(qs(all.cases[1].productCode), QStringLiteral("a\"b]},[c"));
    QCOMPARE(qs(all.cases[1].channel), QString());
    QCOMPARE(qs(all.cases[2].caseNo), QStringLiteral("3"));
}

void ParseTest::jsonScaleAnswer_data()
{
    QTest::addColumn<QByteArray>("value"); // the JSON text of Q2; empty = key absent
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("quarantined");
    QTest::addColumn<QuarantineReason>("reason");

    const auto none = QuarantineReason::MissingField; // unused when not quarantined
    QTest::newRow("int 7") << QByteArray("7") << 7 << false << none;
    QTest::newRow("string 7") << QByteArray("\"7\"") << 7 << false << none;
    QTest::newRow("int 1") << QByteArray("1") << 1 << false << none;
    QTest::newRow("int 10") << QByteArray("10") << 10 << false << none;
    QTest::newRow("string 10") << QByteArray("\"10\"") << 10 << false << none;
    QTest::newRow("null: not answered") << QByteArray("null") << 0 << false << none;
    QTest::newRow("empty string: not answered") << QByteArray("\"\"") << 0 << false << none;
    QTest::newRow("absent: not answered") << QByteArray() << 0 << false << none;

    const auto outOfRange = QuarantineReason::AnswerOutOfRange;
    QTest::newRow("int 0") << QByteArray("0") << 0 << true << outOfRange;
    QTest::newRow("int 11") << QByteArray("11") << 0 << true << outOfRange;
    QTest::newRow("string 11") << QByteArray("\"11\"") << 0 << true << outOfRange;
    QTest::newRow("string 0") << QByteArray("\"0\"") << 0 << true << outOfRange;
    QTest::newRow("int -1") << QByteArray("-1") << 0 << true << outOfRange;
    QTest::newRow("string -3") << QByteArray("\"-3\"") << 0 << true << outOfRange;
    QTest::newRow("huge int") << QByteArray("99999999999") << 0 << true << outOfRange;
    QTest::newRow("int 256 (wraps to 0 in a byte)") << QByteArray("256") << 0 << true << outOfRange;
    QTest::newRow("int 263 (wraps to 7 in a byte)") << QByteArray("263") << 0 << true << outOfRange;

    const auto notNumber = QuarantineReason::AnswerNotNumber;
    QTest::newRow("word") << QByteArray("\"seven\"") << 0 << true << notNumber;
    QTest::newRow("digits and letters") << QByteArray("\"7a\"") << 0 << true << notNumber;
    QTest::newRow("fraction") << QByteArray("7.5") << 0 << true << notNumber;
    QTest::newRow("fraction as string") << QByteArray("\"7.5\"") << 0 << true << notNumber;
    QTest::newRow("boolean") << QByteArray("true") << 0 << true << notNumber;
    QTest::newRow("lone minus") << QByteArray("\"-\"") << 0 << true << notNumber;
}

void ParseTest::jsonScaleAnswer()
{
    QFETCH(QByteArray, value);
    QFETCH(int, answer);
    QFETCH(bool, quarantined);
    QFETCH(QuarantineReason, reason);

    const QByteArray json = kSurveyHead + R"(,"Q1":5)" + (value.isEmpty() ? QByteArray() : R"(,"Q2":)" + value)
        + R"(,"Q4":"N"})";
    const Decoded d = decode(json);
    if (!quarantined) {
        QCOMPARE(int(d.kind), int(DecodedKind::Survey));
        QVERIFY(d.survey.answers == (SurveyAnswers{5, static_cast<std::int8_t>(answer), 0, 'N', 0}));
        return;
    }
    QCOMPARE(int(d.kind), int(DecodedKind::Quarantined));
    QCOMPARE(d.quarantine.reason, reason);
    QCOMPARE(qs(d.quarantine.field), QStringLiteral("q2"));
    QCOMPARE(d.quarantine.kind, RecordKind::Survey);
}

void ParseTest::jsonOptionAnswer_data()
{
    QTest::addColumn<QByteArray>("value"); // the JSON text of Q4; empty = key absent
    QTest::addColumn<int>("answer");       // 'Y', 'N', 0 = not answered, -1 = quarantined (bad option)

    QTest::newRow("Y") << QByteArray("\"Y\"") << int('Y');
    QTest::newRow("N") << QByteArray("\"N\"") << int('N');
    QTest::newRow("null") << QByteArray("null") << 0;
    QTest::newRow("empty") << QByteArray("\"\"") << 0;
    QTest::newRow("absent") << QByteArray() << 0;
    QTest::newRow("lower-case y") << QByteArray("\"y\"") << -1;
    QTest::newRow("lower-case n") << QByteArray("\"n\"") << -1;
    QTest::newRow("Yes") << QByteArray("\"Yes\"") << -1;
    QTest::newRow("No") << QByteArray("\"No\"") << -1;
    QTest::newRow("space before Y") << QByteArray("\" Y\"") << -1;
    QTest::newRow("number") << QByteArray("1") << -1;
    QTest::newRow("boolean") << QByteArray("true") << -1;
}

void ParseTest::jsonOptionAnswer()
{
    QFETCH(QByteArray, value);
    QFETCH(int, answer);

    const QByteArray json = kSurveyHead + R"(,"Q3":"3")" + (value.isEmpty() ? QByteArray() : R"(,"Q4":)" + value) + "}";
    const Decoded d = decode(json);
    if (answer >= 0) {
        QCOMPARE(int(d.kind), int(DecodedKind::Survey));
        QVERIFY(d.survey.answers == (SurveyAnswers{0, 0, 3, static_cast<std::int8_t>(answer), 0}));
        return;
    }
    QCOMPARE(int(d.kind), int(DecodedKind::Quarantined));
    QCOMPARE(d.quarantine.reason, QuarantineReason::BadOption);
    QCOMPARE(qs(d.quarantine.field), QStringLiteral("q4"));
}

void ParseTest::jsonUnknownKeysIgnored()
{
    QByteArray json = caseJson("5", "Open");
    json.insert(1, R"("source":{"nested":[1,{"a":"]"}],"b":null},"count":5,"flag":true,"nothing":null,"tags":["x"],)");
    json.chop(1);
    json += R"(,"zzz":"after"})";
    const Decoded d = decode(json);
    QCOMPARE(int(d.kind), int(DecodedKind::Case));
    QCOMPARE(qs(d.caseEvent.caseNo), QStringLiteral("5"));
    QCOMPARE(qs(d.caseEvent.productCode), QStringLiteral("1774593"));

    const Decoded s = decode(kSurveyHead + R"(,"channel":"app","Q1":"4","score":{"x":1}})");
    QCOMPARE(int(s.kind), int(DecodedKind::Survey));
    QVERIFY(s.survey.answers == (SurveyAnswers{4, 0, 0, 0, 0}));
}

void ParseTest::jsonSurveyIdDecides_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind"); // DecodedKind
    QTest::addColumn<QByteArray>("quarantineField");

    QTest::newRow("case") << caseJson("1", "Open") << int(DecodedKind::Case) << QByteArray();
    QTest::newRow("survey") << surveyJson("S1", "1") << int(DecodedKind::Survey) << QByteArray();
    QByteArray surveyWithCaseFields = caseJson("1", "Open");
    surveyWithCaseFields.insert(1, R"("survey_id":"S1","survey_timestamp":"2020-06-18 10:00:00",)");
    QTest::newRow("survey_id wins over case fields") << surveyWithCaseFields << int(DecodedKind::Survey) << QByteArray();
    QTest::newRow("survey_id last") << QByteArray(R"({"case_no":"1","survey_timestamp":"2020-06-18 10:00:00","Q1":3,"survey_id":"S3"})")
                                    << int(DecodedKind::Survey) << QByteArray();
    QTest::newRow("survey_id empty: a survey missing its id")
        << QByteArray(R"({"survey_id":"","case_no":"1","survey_timestamp":"2020-06-18 10:00:00"})")
        << int(DecodedKind::Quarantined) << QByteArray("survey_id");
    QTest::newRow("survey_id null: a survey missing its id")
        << QByteArray(R"({"survey_id":null,"case_no":"1","survey_timestamp":"2020-06-18 10:00:00"})")
        << int(DecodedKind::Quarantined) << QByteArray("survey_id");
    QTest::newRow("survey without case_no")
        << QByteArray(R"({"survey_id":"S1","survey_timestamp":"2020-06-18 10:00:00"})") << int(DecodedKind::Quarantined)
        << QByteArray("case_no");
}

void ParseTest::jsonSurveyIdDecides()
{
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    QFETCH(QByteArray, quarantineField);

    const Decoded d = decode(json);
    QCOMPARE(int(d.kind), kind);
    if (d.kind == DecodedKind::Quarantined) {
        QCOMPARE(d.quarantine.reason, QuarantineReason::MissingField);
        QCOMPARE(QByteArray::fromStdString(d.quarantine.field), quarantineField);
        QCOMPARE(d.quarantine.kind, RecordKind::Survey);
    }
}

void ParseTest::jsonMalformed_data()
{
    QTest::addColumn<QByteArray>("line");

    const QByteArray good = caseJson("2", "Open");
    QTest::newRow("cut short") << good.left(good.size() - 10);
    QTest::newRow("trailing text") << QByteArray(good + " and more");
    QTest::newRow("two objects on one line") << QByteArray(good + good);
    QTest::newRow("trailing comma") << QByteArray(R"({"case_no":"2","status":"Open",})");
    QTest::newRow("unquoted key") << QByteArray(R"({case_no:"2"})");
    QTest::newRow("single quotes") << QByteArray(R"({'case_no':'2'})");
    QTest::newRow("unterminated string") << QByteArray(R"({"case_no":"2)");
    QTest::newRow("bad escape") << QByteArray(R"({"case_no":"2\q"})");
    QTest::newRow("a bare number") << QByteArray("42");
    QTest::newRow("a bare string") << QByteArray(R"("case_no")");
    QTest::newRow("an array") << QByteArray(R"([{"case_no":"2"}])");
    QTest::newRow("not JSON at all") << QByteArray("case_no=2; status=Open");
}

void ParseTest::jsonMalformed()
{
    QFETCH(QByteArray, line);

    const QByteArray text = caseJson("1", "Open") + "\n" + line + "\n" + caseJson("3", "Open") + "\n";
    MemoryByteSource source(view(text));
    JsonLinesReader reader(source);
    const RecordBatch all = readAll(reader);
    QCOMPARE(all.recordsRead, qint64(3));
    QCOMPARE(all.cases.size(), std::size_t(2));
    QCOMPARE(all.quarantined.size(), std::size_t(1));
    const QuarantineRecord& q = all.quarantined.front();
    QCOMPARE(q.reason, QuarantineReason::MalformedJson);
    QCOMPARE(q.line, qint64(2));
    QCOMPARE(q.offset, qint64(text.indexOf('\n') + 1));
    QCOMPARE(QByteArray::fromStdString(q.raw), line);
}
