// TAB-separated files: columns by header name (any order, any case, unknown ones ignored), a BOM on the
// first line, CRLF endings, values with commas, NA only null where it means null; and recognising files.

#include "ParseTest.h"
#include "TestSupport.h"

#include "parse/DimensionReader.h"
#include "parse/EventTsvReader.h"

#include <QMap>
#include <QTemporaryDir>

using namespace carepulse;
using namespace carepulse::test;

namespace {

using Values = QMap<QByteArray, QByteArray>; // lower-case column name -> value

// A TSV file with the header written as given; each row's value is looked up by the lower-case name, and
// columns no row knows get a filler with a comma in it.
QByteArray makeTsv(const QByteArrayList& header, const QList<Values>& rows, const QByteArray& eol = "\n",
                   bool bom = false)
{
    QByteArray text = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    text += header.join('\t') + eol;
    for (const Values& row : rows) {
        QByteArrayList fields;
        for (const QByteArray& name : header)
            fields << row.value(name.toLower(), QByteArray("ignored, really"));
        text += fields.join('\t') + eol;
    }
    return text;
}

const QByteArrayList kCenterColumns = {"call_center_id", "call_center_vendor", "location", "country"};
const QList<Values> kCenters = {
    {{"call_center_id", "C-101"}, {"call_center_vendor", "Concentrix"}, {"location", "New york"}, {"country", "US"}},
    {{"call_center_id", "C-118"}, {"call_center_vendor", "Teleperformance"}, {"location", "Phillipines"},
     {"country", "PH"}},
};

const QByteArrayList kCaseColumns = {"case_no", "create_timestamp", "last_modified_timestamp", "created_employee_key",
                                     "call_center_id", "status", "category", "sub_category", "communication_mode",
                                     "country_cd", "product_code"};
const QList<Values> kCases = {
    {{"case_no", "100001"}, {"create_timestamp", "2020-06-17 09:00:00"},
     {"last_modified_timestamp", "2020-06-17 11:30:00"}, {"created_employee_key", "241049"},
     {"call_center_id", "C-101"}, {"status", "Closed"}, {"category", "CAT1"}, {"sub_category", "SCAT1"},
     {"communication_mode", "Call"}, {"country_cd", "US"}, {"product_code", "1774593"}},
    {{"case_no", "100002"}, {"create_timestamp", "2020-06-17T10:15:00.250"},
     {"last_modified_timestamp", "2020-06-18 08:00:00"}, {"created_employee_key", "239736"},
     {"call_center_id", "C-121"}, {"status", "Open"}, {"category", "CAT6"}, {"sub_category", "SCAT27"},
     {"communication_mode", "Chat, web"}, {"country_cd", "kr"}, {"product_code", "15629980"}},
};

QByteArrayList upper(const QByteArrayList& names)
{
    QByteArrayList out;
    for (const QByteArray& n : names)
        out << n.toUpper();
    return out;
}

QByteArrayList reversed(QByteArrayList names)
{
    std::reverse(names.begin(), names.end());
    return names;
}

QByteArray field(const CaseEvent& e, const QByteArray& name)
{
    if (name == "case_no") return QByteArray::fromStdString(e.caseNo);
    if (name == "create_timestamp") return QByteArray::fromStdString(formatTimestamp(e.created));
    if (name == "last_modified_timestamp") return QByteArray::fromStdString(formatTimestamp(e.modified));
    if (name == "created_employee_key") return QByteArray::fromStdString(e.employeeKey);
    if (name == "call_center_id") return QByteArray::fromStdString(e.callCenterId);
    if (name == "status") return QByteArray::fromStdString(e.status);
    if (name == "category") return QByteArray::fromStdString(e.category);
    if (name == "sub_category") return QByteArray::fromStdString(e.subCategory);
    if (name == "communication_mode") return QByteArray::fromStdString(e.channel);
    if (name == "country_cd") return QByteArray::fromStdString(e.countryCode);
    if (name == "product_code") return QByteArray::fromStdString(e.productCode);
    return {};
}

// What a timestamp text becomes: whole seconds with a space separator.
QByteArray normalisedTimestamp(const QByteArray& text)
{
    QByteArray out = text.left(19);
    out[10] = ' ';
    return out;
}

} // namespace

void ParseTest::dimensionHeaderByName_data()
{
    QTest::addColumn<QByteArray>("text");

    const QByteArrayList reordered = {"country", "location", "call_center_id", "call_center_vendor"};
    QTest::newRow("as in the real file") << makeTsv(kCenterColumns, kCenters);
    QTest::newRow("columns reordered") << makeTsv(reordered, kCenters);
    QTest::newRow("upper-case names") << makeTsv(upper(kCenterColumns), kCenters);
    QTest::newRow("mixed-case names") << makeTsv({"Call_Center_Id", "Call_Center_Vendor", "Location", "Country"},
                                                 kCenters);
    QTest::newRow("extra unknown columns ignored")
        << makeTsv({"floor", "call_center_id", "call_center_vendor", "notes", "location", "country", "opened"},
                   kCenters);
    QTest::newRow("BOM on the first line") << makeTsv(kCenterColumns, kCenters, "\n", true);
    QTest::newRow("CRLF endings") << makeTsv(kCenterColumns, kCenters, "\r\n");
    QTest::newRow("BOM, CRLF, reordered, upper case") << makeTsv(upper(reordered), kCenters, "\r\n", true);
    QTest::newRow("no newline at the end") << makeTsv(kCenterColumns, kCenters).chopped(1);
}

void ParseTest::dimensionHeaderByName()
{
    QFETCH(QByteArray, text);

    MemoryByteSource source(view(text));
    DimensionReader reader(source, *findDimension("call_center"));
    QVERIFY(reader.missingRequiredColumns().empty());
    const RecordBatch all = readAll(reader);
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    QCOMPARE(all.dimensionRows.size(), std::size_t(kCenters.size()));
    for (qsizetype r = 0; r < kCenters.size(); ++r) {
        const DimensionRow& row = all.dimensionRows[static_cast<std::size_t>(r)];
        QCOMPARE(row.values.size(), std::size_t(kCenterColumns.size()));
        QCOMPARE(row.nullMask, 0U);
        // The row's values come back in the spec's column order, whatever order the file used.
        for (qsizetype c = 0; c < kCenterColumns.size(); ++c)
            QCOMPARE(QByteArray::fromStdString(row.values[static_cast<std::size_t>(c)]), kCenters[r][kCenterColumns[c]]);
    }
}

void ParseTest::dimensionValuesWithCommas()
{
    const QByteArray countries = "id\tname\talpha_2\talpha_3\n"
                                 "410\tKorea, Republic of\tkr\tkor\n"
                                 "516\tNamibia\tna\tnam\n"
                                 "999\tNA\tNA\tNA\n";
    MemoryByteSource countrySource(view(countries));
    DimensionReader countryReader(countrySource, *findDimension("case_country"));
    const RecordBatch c = readAll(countryReader);
    QCOMPARE(c.quarantined.size(), std::size_t(0));
    QCOMPARE(c.dimensionRows.size(), std::size_t(3));
    QCOMPARE(qs(c.dimensionRows[0].values[1]), QStringLiteral("Korea, Republic of"));
    QCOMPARE(qs(c.dimensionRows[1].values[2]), QStringLiteral("na"));
    // NA in a text column is a value, not a null.
    QCOMPARE(c.dimensionRows[2].nullMask, 0U);
    QCOMPARE(qs(c.dimensionRows[2].values[1]), QStringLiteral("NA"));

    const QByteArray priorities = "priority_key\tpriority\tseverity\tSLA\n"
                                  "P24\tLow\tNone\tNA\n"
                                  "P99\tNA\tNA\t5\n"
                                  "P98\tHigh\tHigh\tfive\n";
    MemoryByteSource prioritySource(view(priorities));
    DimensionReader priorityReader(prioritySource, *findDimension("case_priority"));
    const RecordBatch p = readAll(priorityReader);
    QCOMPARE(p.dimensionRows.size(), std::size_t(2));
    QVERIFY(p.dimensionRows[0].isNull(3));
    QVERIFY(!p.dimensionRows[1].isNull(1));
    QVERIFY(!p.dimensionRows[1].isNull(3));
    QCOMPARE(qs(p.dimensionRows[1].values[1]), QStringLiteral("NA"));
    QCOMPARE(qs(p.dimensionRows[1].values[3]), QStringLiteral("5"));
    // SLA hours that are neither a number nor NA are a bad value, not a silent null.
    QCOMPARE(p.quarantined.size(), std::size_t(1));
    QCOMPARE(p.quarantined[0].reason, QuarantineReason::BadValue);
    QCOMPARE(qs(p.quarantined[0].field), QStringLiteral("sla"));
    QCOMPARE(p.quarantined[0].line, qint64(4));
    QCOMPARE(p.quarantined[0].offset, qint64(priorities.indexOf("P98")));
}

void ParseTest::dimensionMissingKeyColumn()
{
    const QByteArray text = "call_center_vendor\tlocation\tcountry\nConcentrix\tNew york\tUS\n";
    MemoryByteSource source(view(text));
    DimensionReader reader(source, *findDimension("call_center"));
    const std::vector<std::string> missing = reader.missingRequiredColumns();
    QCOMPARE(missing.size(), std::size_t(1));
    QCOMPARE(qs(missing[0]), QStringLiteral("call_center_id"));
}

void ParseTest::eventHeaderByName_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("ignoredColumn");

    QTest::newRow("as in the real file") << makeTsv(kCaseColumns, kCases) << QString();
    QTest::newRow("columns reordered") << makeTsv(reversed(kCaseColumns), kCases) << QString();
    QTest::newRow("upper-case names") << makeTsv(upper(kCaseColumns), kCases) << QString();
    QTest::newRow("extra unknown column") << makeTsv(QByteArrayList{"Notes"} + kCaseColumns + QByteArrayList{"x"}, kCases)
                                          << QStringLiteral("notes");
    QTest::newRow("BOM on the first line") << makeTsv(kCaseColumns, kCases, "\n", true) << QString();
    QTest::newRow("CRLF endings") << makeTsv(kCaseColumns, kCases, "\r\n") << QString();
    QTest::newRow("BOM, CRLF, reordered, upper case") << makeTsv(upper(reversed(kCaseColumns)), kCases, "\r\n", true)
                                                      << QString();
}

void ParseTest::eventHeaderByName()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, ignoredColumn);

    MemoryByteSource source(view(text));
    EventTsvReader reader(source);
    QCOMPARE(reader.recordKind(), RecordKind::Case);
    QVERIFY(reader.missingColumns().empty());
    const RecordBatch all = readAll(reader);
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    QCOMPARE(all.surveys.size(), std::size_t(0));
    QCOMPARE(all.cases.size(), std::size_t(kCases.size()));
    for (qsizetype r = 0; r < kCases.size(); ++r) {
        const CaseEvent& e = all.cases[static_cast<std::size_t>(r)];
        for (const QByteArray& name : kCaseColumns) {
            QByteArray expected = kCases[r][name];
            if (name.endsWith("timestamp"))
                expected = normalisedTimestamp(expected);
            QCOMPARE(field(e, name), expected);
        }
    }
    if (!ignoredColumn.isEmpty()) {
        const bool warned = std::any_of(all.warnings.begin(), all.warnings.end(), [&](const ParseWarning& w) {
            return w.kind == ParseWarning::Kind::UnknownColumns && w.detail.contains(ignoredColumn);
        });
        QVERIFY2(warned, "an ignored column is named in a warning");
    }
}

void ParseTest::eventTsvSurveys()
{
    const QByteArray text = "survey_id\tcase_no\tsurvey_timestamp\tQ1\tQ2\tQ3\tQ4\tQ5\r\n"
                            "S1\t100001\t2020-06-18 10:00:00\t9\t8\t10\tY\t7\r\n"
                            "S2\t100002\t2020-06-19 10:00:00.5\t\t1\t\tN\t\r\n";
    MemoryByteSource source(view(text));
    EventTsvReader reader(source);
    QCOMPARE(reader.recordKind(), RecordKind::Survey);
    const RecordBatch all = readAll(reader);
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    QCOMPARE(all.cases.size(), std::size_t(0));
    QCOMPARE(all.surveys.size(), std::size_t(2));
    const SurveyEvent& s1 = all.surveys[0];
    QCOMPARE(qs(s1.surveyId), QStringLiteral("S1"));
    QCOMPARE(qs(s1.caseNo), QStringLiteral("100001"));
    QCOMPARE(qs(formatTimestamp(s1.at)), QStringLiteral("2020-06-18 10:00:00"));
    QVERIFY(s1.answers == (SurveyAnswers{9, 8, 10, 'Y', 7}));
    const SurveyEvent& s2 = all.surveys[1];
    QCOMPARE(qs(formatTimestamp(s2.at)), QStringLiteral("2020-06-19 10:00:00"));
    QVERIFY(s2.answers == (SurveyAnswers{0, 1, 0, 'N', 0})); // empty = not answered
}

void ParseTest::eventTsvMissingColumns()
{
    const QByteArray cases = "Case_No\tcreate_timestamp\tcall_center_id\n1\t2020-06-17 09:00:00\tC-101\n";
    MemoryByteSource caseSource(view(cases));
    EventTsvReader caseReader(caseSource);
    QCOMPARE(caseReader.recordKind(), RecordKind::Case);
    const std::vector<std::string> caseMissing = caseReader.missingColumns();
    QCOMPARE(caseMissing.size(), std::size_t(2));
    QCOMPARE(qs(caseMissing[0]), QStringLiteral("last_modified_timestamp"));
    QCOMPARE(qs(caseMissing[1]), QStringLiteral("status"));

    const QByteArray surveys = "SURVEY_ID\tcase_no\tq1\nS1\t1\t5\n";
    MemoryByteSource surveySource(view(surveys));
    EventTsvReader surveyReader(surveySource);
    QCOMPARE(surveyReader.recordKind(), RecordKind::Survey);
    const std::vector<std::string> surveyMissing = surveyReader.missingColumns();
    QCOMPARE(surveyMissing.size(), std::size_t(1));
    QCOMPARE(qs(surveyMissing[0]), QStringLiteral("survey_timestamp"));
}

void ParseTest::detectFileKind_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<FileKind>("kind");
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<QStringList>("missingColumns");
    QTest::addColumn<bool>("importable");

    const QByteArray centres = makeTsv(kCenterColumns, kCenters);
    const QByteArray cases = makeTsv(kCaseColumns, kCases);
    const QByteArray surveys = "survey_id\tcase_no\tsurvey_timestamp\tQ1\tQ2\tQ3\tQ4\tQ5\nS1\t1\t2020-06-18 10:00:00\t9\t8\t10\tY\t7\n";
    const QByteArray json = R"({"case_no":"1","create_timestamp":"2020-06-17 09:00:00"})";

    QTest::newRow("dimension by file name") << QStringLiteral("futurecart_call_center_details.txt") << centres
                                            << FileKind::Dimension << QStringLiteral("call_center") << QStringList() << true;
    QTest::newRow("dimension by header") << QStringLiteral("centres.tsv") << centres << FileKind::Dimension
                                         << QStringLiteral("call_center") << QStringList() << true;
    QTest::newRow("dimension by upper-case header")
        << QStringLiteral("p.txt") << QByteArray("PRIORITY_KEY\tPriority\tSeverity\tSLA\r\nP1\tHighest\tCritical\t1\r\n")
        << FileKind::Dimension << QStringLiteral("case_priority") << QStringList() << true;
    QTest::newRow("dimension with BOM") << QStringLiteral("q.txt")
                                        << QByteArray("\xEF\xBB\xBFquestion_id\tquestion_desc\nQ1\tHow?\n")
                                        << FileKind::Dimension << QStringLiteral("survey_question") << QStringList()
                                        << true;
    QTest::newRow("cases") << QStringLiteral("history.txt") << cases << FileKind::CaseTsv << QString() << QStringList()
                           << true;
    QTest::newRow("cases, reordered upper-case header") << QStringLiteral("h.txt")
                                                        << makeTsv(upper(reversed(kCaseColumns)), kCases)
                                                        << FileKind::CaseTsv << QString() << QStringList() << true;
    QTest::newRow("surveys") << QStringLiteral("s.txt") << surveys << FileKind::SurveyTsv << QString() << QStringList()
                             << true;
    QTest::newRow("json lines") << QStringLiteral("stream.jsonl") << (json + "\n" + json + "\n") << FileKind::JsonLines
                                << QString() << QStringList() << true;
    QTest::newRow("json array") << QStringLiteral("case_data_1592400000.json") << ("[" + json + "]")
                                << FileKind::JsonArray << QString() << QStringList() << true;
    QTest::newRow("json array after BOM and blank lines") << QStringLiteral("a.json")
                                                          << ("\xEF\xBB\xBF\r\n\n  [\n  " + json + "\n]\n")
                                                          << FileKind::JsonArray << QString() << QStringList() << true;
    QTest::newRow("seed cases") << QStringLiteral("000000_0")
                                << QByteArray("600001,241049,C-124,Open,CAT6,SCAT27,Call,IQ,1774593\n"
                                              "600002,239736,C-121,Open,CAT6,SCAT27,Call,ID,15629980\n")
                                << FileKind::SeedCases << QString() << QStringList() << true;
    QTest::newRow("cases header lacking required columns")
        << QStringLiteral("partial.txt") << QByteArray("case_no\tstatus\tcategory\n1\tOpen\tCAT1\n") << FileKind::CaseTsv
        << QString() << QStringList{QStringLiteral("create_timestamp"), QStringLiteral("last_modified_timestamp")}
        << false;
    QTest::newRow("surveys header lacking required columns")
        << QStringLiteral("partial-s.txt") << QByteArray("survey_id\tQ1\nS1\t5\n") << FileKind::SurveyTsv << QString()
        << QStringList{QStringLiteral("case_no"), QStringLiteral("survey_timestamp")} << false;
    QTest::newRow("unrecognised header") << QStringLiteral("notes.txt") << QByteArray("hello\tworld\n1\t2\n")
                                         << FileKind::Unrecognised << QString() << QStringList() << false;
    QTest::newRow("empty file") << QStringLiteral("empty.txt") << QByteArray() << FileKind::Unrecognised << QString()
                                << QStringList() << false;
}

void ParseTest::detectFileKind()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, text);
    QFETCH(FileKind, kind);
    QFETCH(QString, dimension);
    QFETCH(QStringList, missingColumns);
    QFETCH(bool, importable);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QVERIFY(writeFile(path, text));

    const FileDetection detection = carepulse::detectFileKind(path);
    QCOMPARE(detection.kind, kind);
    QCOMPARE(detection.dimension ? qs(detection.dimension->name) : QString(), dimension);
    QCOMPARE(detection.missingColumns, missingColumns);
    QCOMPARE(detection.importable(), importable);
    if (!importable) {
        QVERIFY2(detection.error.contains(path), qPrintable(detection.error));
        for (const QString& column : missingColumns)
            QVERIFY2(detection.error.contains(column), qPrintable(detection.error));
    }
}
