// The real FutureCart files in shared/data/futurecart: exact row counts and every quirk data-formats.md
// lists for them.

#include "ParseTest.h"
#include "TestSupport.h"

#include "model/Timestamp.h"
#include "parse/DimensionReader.h"

#include <QDate>
#include <QLocale>

#include <set>

using namespace carepulse;
using namespace carepulse::test;

namespace {

const DimensionSpec& spec(std::string_view name)
{
    const DimensionSpec* found = findDimension(name);
    if (!found)
        qFatal("no dimension %s", std::string(name).c_str());
    return *found;
}

std::size_t columnOf(const DimensionSpec& dimension, std::string_view name)
{
    for (std::size_t i = 0; i < dimension.columns.size(); ++i) {
        if (dimension.columns[i].name == name)
            return i;
    }
    qFatal("no column %s in %s", std::string(name).c_str(), std::string(dimension.name).c_str());
}

RecordBatch readRealDimension(const DimensionSpec& dimension)
{
    FileByteSource source(sharedDataPath(qs(dimension.fileName())));
    if (!source.isOpen())
        qFatal("cannot open %s: %s", dimension.fileName().c_str(), qPrintable(source.errorString()));
    DimensionReader reader(source, dimension);
    return readAll(reader, 4096);
}

// The row whose first (key) column is key.
const DimensionRow* rowWithKey(const RecordBatch& batch, std::string_view key)
{
    for (const DimensionRow& row : batch.dimensionRows) {
        if (!row.values.empty() && row.values.front() == key)
            return &row;
    }
    return nullptr;
}

} // namespace

void ParseTest::realDimensionFile_data()
{
    QTest::addColumn<QByteArray>("dimension");
    QTest::addColumn<qint64>("rows");

    QTest::newRow("calendar") << QByteArray("calendar") << qint64(21553);
    QTest::newRow("call_center") << QByteArray("call_center") << qint64(25);
    QTest::newRow("case_category") << QByteArray("case_category") << qint64(27);
    QTest::newRow("case_country") << QByteArray("case_country") << qint64(193);
    QTest::newRow("case_priority") << QByteArray("case_priority") << qint64(25);
    QTest::newRow("survey_question") << QByteArray("survey_question") << qint64(5);
}

void ParseTest::realDimensionFile()
{
    QFETCH(QByteArray, dimension);
    QFETCH(qint64, rows);

    const DimensionSpec& s = spec(view(dimension));
    const FileDetection detection = carepulse::detectFileKind(sharedDataPath(qs(s.fileName())));
    QVERIFY2(detection.importable(), qPrintable(detection.error));
    QCOMPARE(detection.kind, FileKind::Dimension);
    QCOMPARE(detection.dimension, &s);

    FileByteSource source(sharedDataPath(qs(s.fileName())));
    DimensionReader reader(source, s);
    QVERIFY(reader.missingRequiredColumns().empty());
    const RecordBatch all = readAll(reader, 4096);
    QCOMPARE(static_cast<qint64>(all.dimensionRows.size()), rows);
    QCOMPARE(all.recordsRead, rows);
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    QCOMPARE(all.endOffset, source.size());
    for (const DimensionRow& row : all.dimensionRows)
        QCOMPARE(row.values.size(), s.columns.size());

    // Keys are unique: nothing was read twice or merged.
    std::set<std::vector<std::string>> keys;
    for (const DimensionRow& row : all.dimensionRows) {
        keys.insert(std::vector<std::string>(row.values.begin(),
                                             row.values.begin() + static_cast<std::ptrdiff_t>(s.keyColumnCount)));
    }
    QCOMPARE(static_cast<qint64>(keys.size()), rows);
}

void ParseTest::realCalendarNotSorted()
{
    const DimensionSpec& calendar = spec("calendar");
    const RecordBatch all = readRealDimension(calendar);
    QCOMPARE(all.quarantined.size(), std::size_t(0));

    const std::size_t dateColumn = columnOf(calendar, "calendar_date");
    std::vector<Timestamp> days;
    for (const DimensionRow& row : all.dimensionRows) {
        const auto day = carepulse::parseDate(row.values[dateColumn]);
        QVERIFY2(day.has_value(), row.values[dateColumn].c_str());
        days.push_back(*day);
    }
    QVERIFY2(!std::is_sorted(days.begin(), days.end()), "the real calendar file is not sorted; all rows must still load");
    std::sort(days.begin(), days.end());
    QVERIFY(std::adjacent_find(days.begin(), days.end()) == days.end());
    QCOMPARE(QByteArray::fromStdString(formatDate(days.front())), QByteArray("1990-12-29"));
    QCOMPARE(QByteArray::fromStdString(formatDate(days.back())), QByteArray("2049-12-31"));
    // One row per day, no gaps.
    QCOMPARE(static_cast<qint64>(days.size()), (days.back() - days.front()) / kSecondsPerDay + 1);

    // The fiscal month is kept as written: the first data row is 2011-02-20, fiscal month 1 "February".
    const std::size_t monthName = columnOf(calendar, "month_name");
    const std::size_t weekDay = columnOf(calendar, "week_day_nbr");
    QCOMPARE(qs(all.dimensionRows.front().values[dateColumn]), QStringLiteral("2011-02-20"));
    QCOMPARE(qs(all.dimensionRows.front().values[monthName]), QStringLiteral("February"));
    QCOMPARE(qs(all.dimensionRows.front().values[weekDay]), QStringLiteral("2"));
}

void ParseTest::realCalendarIsFiscal()
{
    // A retail 4-5-4 calendar: weeks run Saturday (1) to Friday (7), and month_name is the fiscal month,
    // which differs from the civil month of calendar_date on 2,125 rows. Both are kept as written.
    const DimensionSpec& calendar = spec("calendar");
    const RecordBatch all = readRealDimension(calendar);
    const std::size_t dateColumn = columnOf(calendar, "calendar_date");
    const std::size_t weekDay = columnOf(calendar, "week_day_nbr");
    const std::size_t monthName = columnOf(calendar, "month_name");
    const QLocale c = QLocale::c();
    int otherMonth = 0;
    for (const DimensionRow& row : all.dimensionRows) {
        const QDate date = QDate::fromString(qs(row.values[dateColumn]), Qt::ISODate);
        QVERIFY(date.isValid());
        // Qt: Monday = 1 .. Sunday = 7; fiscal: Saturday = 1 .. Friday = 7.
        const int expectedWeekDay = (date.dayOfWeek() + 1) % 7 + 1;
        if (qs(row.values[weekDay]).toInt() != expectedWeekDay)
            QFAIL(qPrintable(QStringLiteral("%1: week_day_nbr %2").arg(date.toString(Qt::ISODate), qs(row.values[weekDay]))));
        otherMonth += qs(row.values[monthName]) != c.monthName(date.month()) ? 1 : 0;
    }
    QCOMPARE(otherMonth, 2125);
}

void ParseTest::realCountryQuirks()
{
    const DimensionSpec& country = spec("case_country");
    const RecordBatch all = readRealDimension(country);
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    const std::size_t name = columnOf(country, "name");
    const std::size_t alpha2 = columnOf(country, "alpha_2");
    const std::size_t alpha3 = columnOf(country, "alpha_3");

    const DimensionRow* ivoire = rowWithKey(all, "384");
    QVERIFY(ivoire);
    QCOMPARE(qs(ivoire->values[name]), QString::fromUtf8("C\xC3\xB4te d'Ivoire"));
    QCOMPARE(qs(ivoire->values[alpha2]), QStringLiteral("ci"));

    const DimensionRow* namibia = rowWithKey(all, "516");
    QVERIFY(namibia);
    QCOMPARE(qs(namibia->values[name]), QStringLiteral("Namibia"));
    QVERIFY(!namibia->isNull(alpha2));
    QCOMPARE(qs(namibia->values[alpha2]), QStringLiteral("na"));
    QCOMPARE(qs(namibia->values[alpha3]), QStringLiteral("nam"));

    const DimensionRow* korea = rowWithKey(all, "410");
    QVERIFY(korea);
    QCOMPARE(qs(korea->values[name]), QStringLiteral("Korea, Republic of"));

    // No value in the table is null: NA is a null only in SLA and range columns.
    for (const DimensionRow& row : all.dimensionRows)
        QCOMPARE(row.nullMask, 0U);
    // Every other name is kept byte for byte: only the double-encoded one changed.
    int nonAscii = 0;
    for (const DimensionRow& row : all.dimensionRows) {
        const std::string& text = row.values[name];
        nonAscii += std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    }
    QCOMPARE(nonAscii, 1);
}

void ParseTest::realPriorityQuirks()
{
    const DimensionSpec& priority = spec("case_priority");
    const RecordBatch all = readRealDimension(priority);
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    const std::size_t level = columnOf(priority, "priority");
    const std::size_t severity = columnOf(priority, "severity");
    const std::size_t sla = columnOf(priority, "sla");

    for (const char* key : {"P24", "P25"}) {
        const DimensionRow* row = rowWithKey(all, key);
        QVERIFY2(row, key);
        QVERIFY2(row->isNull(sla), key);
        QCOMPARE(qs(row->values[severity]), QStringLiteral("None"));
    }
    const DimensionRow* p23 = rowWithKey(all, "P23");
    QVERIFY(p23);
    QVERIFY(!p23->isNull(sla));
    QCOMPARE(qs(p23->values[sla]), QStringLiteral("72"));

    const DimensionRow* p5 = rowWithKey(all, "P5");
    QVERIFY(p5);
    QCOMPARE(qs(p5->values[level]), QStringLiteral("Loweset"));
    QCOMPARE(qs(p5->values[sla]), QStringLiteral("1"));

    int nullSla = 0;
    std::set<std::string> levels;
    std::set<std::string> severities;
    for (const DimensionRow& row : all.dimensionRows) {
        nullSla += row.isNull(sla) ? 1 : 0;
        levels.insert(row.values[level]);
        severities.insert(row.values[severity]);
    }
    QCOMPARE(nullSla, 2);
    QVERIFY(levels == (std::set<std::string>{"Highest", "High", "Medium", "Low", "Loweset"}));
    QVERIFY(severities == (std::set<std::string>{"Critical", "High", "Moderate", "Minor", "None"}));
}

void ParseTest::realSurveyQuestionQuirks()
{
    const DimensionSpec& question = spec("survey_question");
    const RecordBatch all = readRealDimension(question);
    QCOMPARE(all.quarantined.size(), std::size_t(0));
    const std::size_t responseType = columnOf(question, "response_type");
    const std::size_t range = columnOf(question, "range");
    const std::size_t negative = columnOf(question, "negative_response_range");
    const std::size_t neutral = columnOf(question, "neutral_response_range");
    const std::size_t positive = columnOf(question, "positive_response_range");

    const DimensionRow* q4 = rowWithKey(all, "Q4");
    QVERIFY(q4);
    QCOMPARE(qs(q4->values[responseType]), QStringLiteral("Options"));
    for (std::size_t column : {range, negative, neutral, positive})
        QVERIFY2(q4->isNull(column), std::string(question.columns[column].name).c_str());

    const DimensionRow* q5 = rowWithKey(all, "Q5");
    QVERIFY(q5);
    QCOMPARE(q5->nullMask, 0U);
    QCOMPARE(qs(q5->values[range]), QStringLiteral("1-10"));
    QCOMPARE(qs(q5->values[negative]), QStringLiteral("1-5"));
    QCOMPARE(qs(q5->values[neutral]), QStringLiteral("6-8"));
    QCOMPARE(qs(q5->values[positive]), QStringLiteral("8-10"));

    const DimensionRow* q1 = rowWithKey(all, "Q1");
    QVERIFY(q1);
    QCOMPARE(q1->nullMask, 0U);
    QCOMPARE(qs(q1->values[positive]), QStringLiteral("8-10"));
}

void ParseTest::realSeedCasesDetected()
{
    const FileDetection detection = carepulse::detectFileKind(sharedDataPath(QStringLiteral("000000_0")));
    QCOMPARE(detection.kind, FileKind::SeedCases);
    QVERIFY2(detection.importable(), qPrintable(detection.error));

    const QByteArray text = readFile(sharedDataPath(QStringLiteral("000000_0")));
    QCOMPARE(text.count('\n'), qsizetype(1000));
    QVERIFY(looksLikeSeedCases(view(text.left(text.indexOf('\n')))));
    // A case TSV header is not a seed line, nor is a row with the wrong field count.
    QVERIFY(!looksLikeSeedCases("case_no,created_employee_key,call_center_id,status,category,sub_category,"
                                "communication_mode,country_cd,product_code"));
    QVERIFY(!looksLikeSeedCases("600001,241049,C-124,Open,CAT6,SCAT27,Call,IQ"));
}

void ParseTest::repairDoubleEncoded_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Cote d'Ivoire") << QByteArray("C\xC3\x83\xC2\xB4te d'Ivoire") << QByteArray("C\xC3\xB4te d'Ivoire");
    QTest::newRow("e acute") << QByteArray("Caf\xC3\x83\xC2\xA9") << QByteArray("Caf\xC3\xA9");
    QTest::newRow("plain ascii") << QByteArray("Namibia") << QByteArray("Namibia");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("already right") << QByteArray("C\xC3\xB4te d'Ivoire") << QByteArray("C\xC3\xB4te d'Ivoire");
    QTest::newRow("u umlaut") << QByteArray("Z\xC3\xBCrich") << QByteArray("Z\xC3\xBCrich");
    QTest::newRow("double-encoded word") << QByteArray("\xC3\x83\xC2\xA9t\xC3\x83\xC2\xA9")
                                                       << QByteArray("\xC3\xA9t\xC3\xA9");
    QTest::newRow("lone high latin-1") << QByteArray("\xC3\xA9t\xC3\xA9") << QByteArray("\xC3\xA9t\xC3\xA9");
    QTest::newRow("euro sign") << QByteArray("\xE2\x82\xAC 5") << QByteArray("\xE2\x82\xAC 5");
    QTest::newRow("invalid bytes") << QByteArray("ab\xFF") << QByteArray("ab\xFF");
}

void ParseTest::repairDoubleEncoded()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(repairDoubleEncodedUtf8(view(input))), expected);
}
