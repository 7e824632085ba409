// Drill-down (metrics.md "SLA" and "Drill-down") on the hand-made tests/fixtures/report/drilldown data set:
// every grouping key and three pairs with every group-row figure, unknown members, nearest-rank median
// overdue, null compliance, the breached / at-risk / all case lists and their columns, and the global
// filters. Each expectation is computed by hand in the fixture's NOTES.md; the same rows are checked
// in-process (CaseGrouper) and through `carepulse-cli breaches`.

#include "DrilldownExpected.h"
#include "ReportTestSupport.h"
#include "ReportTests.h"

#include "book/Books.h"
#include "kpi/KpiEngine.h"
#include "model/Timestamp.h"
#include "report/Drilldown.h"
#include "report/Reports.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>

using namespace carepulse;
using namespace carepulse::test;

namespace {

const QString kAsOf = QStringLiteral("2025-03-10 12:00:00");

Timestamp at(const QString& text)
{
    return *parseTimestamp(text.toStdString());
}

QString figure(const std::optional<double>& v)
{
    return v ? QString::number(*v) : QStringLiteral("null");
}

// "C-101:Concentrix, New york + 900:Mona Meyer | cases open breached at_risk met compliance median".
QString describe(const GroupRow& g)
{
    QStringList members;
    for (const GroupMember& m : g.members)
        members << qs(m.key) + QLatin1Char(':') + qs(m.name);
    return members.join(QStringLiteral(" + "))
        + QStringLiteral(" | %1 %2 %3 %4 %5 %6 %7")
              .arg(g.cases)
              .arg(g.open)
              .arg(g.breached)
              .arg(g.atRisk)
              .arg(g.met)
              .arg(figure(g.compliancePct),
                   g.medianOverdue ? QString::number(*g.medianOverdue) : QStringLiteral("null"));
}

// The same text from a CSV row of `breaches --group-by` (an empty figure is a null).
QString describe(const Csv& csv, std::size_t row, int levels)
{
    const std::vector<std::string>& r = csv.records[row];
    QStringList members;
    for (int l = 0; l < levels; ++l)
        members << qs(r[static_cast<std::size_t>(2 * l)]) + QLatin1Char(':') + qs(r[static_cast<std::size_t>(2 * l + 1)]);
    QStringList figures;
    for (const char* column : {"cases", "open", "breached", "at_risk", "met", "compliance_pct", "median_overdue_by_s"}) {
        const int c = csv.column(column);
        const QString v = c < 0 ? QStringLiteral("(no column %1)").arg(QLatin1String(column)) : qs(r[static_cast<std::size_t>(c)]);
        figures << (v.isEmpty() ? QStringLiteral("null") : v);
    }
    return members.join(QStringLiteral(" + ")) + QStringLiteral(" | ") + figures.join(QLatin1Char(' '));
}

// Compares two lists of rows and names every difference.
void compareRows(const QStringList& actual, const QStringList& expected)
{
    QStringList problems;
    for (qsizetype i = 0; i < qMax(actual.size(), expected.size()); ++i) {
        const QString a = i < actual.size() ? actual.at(i) : QStringLiteral("(none)");
        const QString e = i < expected.size() ? expected.at(i) : QStringLiteral("(none)");
        if (a != e)
            problems << QStringLiteral("row %1:\n    expected %2\n    actual   %3").arg(i).arg(e, a);
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("\n%1 row(s) expected, %2 got; differences:\n%3")
                             .arg(expected.size())
                             .arg(actual.size())
                             .arg(problems.join(QLatin1Char('\n')))));
}

std::vector<GroupKey> levelsOf(const QString& names)
{
    std::vector<GroupKey> levels;
    for (const QString& name : names.split(QLatin1Char(',')))
        levels.push_back(*groupKeyFromName(name.toStdString()));
    return levels;
}

QStringList caseNumbers(const CaseGrouper& grouper, const CaseGrouper::CaseRows& rows)
{
    QStringList list;
    for (const CaseGrouper::CaseRow& r : rows)
        list << qs(grouper.caseNo(r.caseIndex));
    return list;
}

} // namespace

class DrilldownTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Books> m_books;

    CliRunner cli() const { return CliRunner(m_scratch.path()); }

    CliResult breaches(const QStringList& args) const
    {
        return cli().run(QStringList{QStringLiteral("breaches"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"), kAsOf}
                         + args);
    }

    // The expected columns of one case against a table's header and row.
    static void checkCase(const QString& caseNo, const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                          const QStringList& expected)
    {
        std::map<QString, QString> values;
        bool found = false;
        for (const auto& row : rows) {
            if (row.empty() || qs(row.front()) != caseNo)
                continue;
            found = true;
            for (std::size_t c = 0; c < header.size() && c < row.size(); ++c)
                values[qs(header[c])] = qs(row[c]);
        }
        QVERIFY2(found, qPrintable(QStringLiteral("case %1 is not in the list").arg(caseNo)));
        QStringList problems;
        for (const QString& pair : expected) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString column = pair.left(eq);
            const QString want = pair.mid(eq + 1);
            const auto it = values.find(column);
            if (it == values.end())
                problems << QStringLiteral("no column %1").arg(column);
            else if (it->second != want)
                problems << QStringLiteral("%1: expected \"%2\", got \"%3\"").arg(column, want, it->second);
        }
        if (!problems.isEmpty())
            QFAIL(qPrintable(QStringLiteral("case %1: %2").arg(caseNo, problems.join(QStringLiteral("; ")))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_db = m_scratch.filePath(QStringLiteral("drilldown.db"));
        const QString problem = importFixture(cli(), QStringLiteral("drilldown"), m_db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_store = openStore(m_db);
        m_books = loadBooks(*m_store);
        QVERIFY(m_books);
    }

    // Every group row and its figures, in key order; the sum of cases over the groups is cases.total.
    void groupBy_data() { addGroupRowsData(kAsOf); }
    void groupBy()
    {
        QFETCH(QString, asOf);
        QFETCH(QString, levels);
        QFETCH(QStringList, expected);
        const CaseGrouper grouper(m_books->cases, KpiSettings{});
        const std::vector<GroupRow> rows = grouper.group(at(asOf), levelsOf(levels), CaseFilter{});
        QStringList actual;
        std::int64_t cases = 0;
        for (const GroupRow& g : rows) {
            actual << describe(g);
            cases += g.cases;
        }
        compareRows(actual, expected);
        QCOMPARE(static_cast<qsizetype>(rows.size()), expected.size()); // one row per distinct member (pair)
        // Pairs found through the hash map (as for agent x product) give the same rows as flat pair codes.
        CaseGrouper hashed(m_books->cases, KpiSettings{});
        hashed.setFlatPairLimit(0);
        QStringList viaHash;
        for (const GroupRow& g : hashed.group(at(asOf), levelsOf(levels), CaseFilter{}))
            viaHash << describe(g);
        compareRows(viaHash, expected);
        const KpiSnapshot kpis = computeKpis(m_books->cases, m_books->surveys, KpiSettings{}, at(asOf));
        QCOMPARE(kpis.total, std::int64_t{asOf == kAsOf ? 13 : 10});
        QCOMPARE(cases, kpis.total);
    }

    // The same rows through `carepulse-cli breaches --group-by ... --format csv`.
    void groupByCli_data() { addGroupRowsData(kAsOf); }
    void groupByCli()
    {
        QFETCH(QString, asOf);
        QFETCH(QString, levels);
        QFETCH(QStringList, expected);
        const CliResult r = cli().run({QStringLiteral("breaches"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"), asOf,
                                       QStringLiteral("--group-by"), levels, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        const Csv csv = Csv::parse(r.out.toStdString());
        QVERIFY2(csv.ok, csv.problem.c_str());
        const QStringList names = levels.split(QLatin1Char(','));
        QStringList header;
        for (const std::string& h : csv.header())
            header << qs(h);
        for (qsizetype l = 0; l < names.size(); ++l) {
            QCOMPARE(header.value(2 * l), names.at(l));
            QCOMPARE(header.value(2 * l + 1), names.at(l) + QStringLiteral("_name"));
        }
        QStringList actual;
        for (std::size_t row = 1; row < csv.records.size(); ++row)
            actual << describe(csv, row, static_cast<int>(names.size()));
        compareRows(actual, expected);
    }

    // Breached, at-risk and all cases, in case-number order (9 before 10, 14 before 100).
    void caseLists_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("cliState");
        QTest::addColumn<QString>("expected");
        using S = CaseGrouper::StateFilter;
        QTest::newRow("breached") << static_cast<int>(S::Breached) << QStringLiteral("breached") << QStringLiteral("2 9 10 14 100");
        QTest::newRow("at-risk") << static_cast<int>(S::AtRisk) << QStringLiteral("at-risk") << QStringLiteral("4 7");
        QTest::newRow("all") << static_cast<int>(S::All) << QStringLiteral("all")
                             << QStringLiteral("1 2 3 4 5 7 8 9 10 11 12 14 100");
        QTest::newRow("breached or at risk") << static_cast<int>(S::BreachedOrAtRisk) << QString()
                                             << QStringLiteral("2 4 7 9 10 14 100");
        QTest::newRow("breached@09:05") << static_cast<int>(S::Breached) << QStringLiteral("breached") << QStringLiteral("2 14");
        QTest::newRow("at-risk@09:05") << static_cast<int>(S::AtRisk) << QStringLiteral("at-risk") << QStringLiteral("10");
        QTest::newRow("all@09:05") << static_cast<int>(S::All) << QStringLiteral("all") << QStringLiteral("1 2 3 4 7 8 9 10 11 14");
    }
    void caseLists()
    {
        QFETCH(int, state);
        QFETCH(QString, cliState);
        QFETCH(QString, expected);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString asOf = tag.endsWith(QLatin1String("@09:05")) ? QStringLiteral("2025-03-10 09:05:00") : kAsOf;
        const CaseGrouper grouper(m_books->cases, KpiSettings{});
        const auto rows = grouper.cases(at(asOf), static_cast<CaseGrouper::StateFilter>(state), CaseFilter{});
        QCOMPARE(caseNumbers(grouper, rows), words(expected));
        if (cliState.isEmpty())
            return;
        const CliResult r = cli().run({QStringLiteral("breaches"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"), asOf,
                                       QStringLiteral("--state"), cliState});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        const Csv csv = Csv::parse(r.out.toStdString());
        QVERIFY2(csv.ok, csv.problem.c_str());
        QCOMPARE(csv.values("case_no"), words(expected));
    }

    // The default --state is breached.
    void defaultStateIsBreached()
    {
        const CliResult r = breaches({});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        const Csv csv = Csv::parse(r.out.toStdString());
        QVERIFY2(csv.ok, csv.problem.c_str());
        QCOMPARE(csv.values("case_no"), words(QStringLiteral("2 9 10 14 100")));
    }

    // One case's SLA standing: due, elapsed, overdue_by from metrics.md.
    void breachedCaseStatus()
    {
        const CaseGrouper grouper(m_books->cases, KpiSettings{});
        const auto rows = grouper.cases(at(kAsOf), CaseGrouper::StateFilter::Breached, CaseFilter{});
        const CaseStatus* ten = nullptr;
        const CaseStatus* nine = nullptr;
        for (const CaseGrouper::CaseRow& r : rows) {
            if (grouper.caseNo(r.caseIndex) == "10")
                ten = &r.status;
            if (grouper.caseNo(r.caseIndex) == "9")
                nine = &r.status;
        }
        QVERIFY(ten && nine);
        QCOMPARE(ten->sla, SlaState::Breached);
        QVERIFY(ten->closed);
        QCOMPARE(ten->closedAt, at(QStringLiteral("2025-03-10 11:00:00")));
        QCOMPARE(ten->slaSeconds, std::int64_t{21600});
        QCOMPARE(ten->due, at(QStringLiteral("2025-03-10 10:00:00")));
        QCOMPARE(ten->elapsed, std::int64_t{25200});
        QCOMPARE(ten->overdueBy, std::int64_t{3600});
        QCOMPARE(nine->sla, SlaState::Breached);
        QVERIFY(!nine->closed);
        QCOMPARE(nine->due, at(QStringLiteral("2025-03-10 10:00:00")));
        QCOMPARE(nine->elapsed, std::int64_t{10800});
        QCOMPARE(nine->overdueBy, std::int64_t{7200}); // T - due
    }

    // The case rows' columns, in-process (caseRowsTable) ...
    void caseColumns_data() { addCaseColumnsData(); }
    void caseColumns()
    {
        QFETCH(QString, caseNo);
        QFETCH(QStringList, expected);
        const CaseGrouper grouper(m_books->cases, KpiSettings{});
        const ReportTable table =
            caseRowsTable(grouper, grouper.cases(at(kAsOf), CaseGrouper::StateFilter::All, CaseFilter{}));
        checkCase(caseNo, table.header, table.rows, expected);
    }

    // ... and through the CLI's CSV, which also proves the quote in O"Neil survives RFC 4180 quoting.
    void caseColumnsCli_data() { addCaseColumnsData(); }
    void caseColumnsCli()
    {
        QFETCH(QString, caseNo);
        QFETCH(QStringList, expected);
        const CliResult r = breaches({QStringLiteral("--state"), QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        const Csv csv = Csv::parse(r.out.toStdString());
        QVERIFY2(csv.ok, csv.problem.c_str());
        std::vector<std::vector<std::string>> rows(csv.records.begin() + 1, csv.records.end());
        checkCase(caseNo, csv.header(), rows, expected);
    }

    // metrics.md's case-row columns are all there.
    void caseColumnNames()
    {
        const CaseGrouper grouper(m_books->cases, KpiSettings{});
        const ReportTable table = caseRowsTable(grouper, {});
        QStringList header;
        for (const std::string& h : table.header)
            header << qs(h);
        for (const char* name : {"case_no", "priority", "level", "severity", "sla_hours", "created", "due", "closed_at", "elapsed_s",
                                 "overdue_by_s", "state", "call_center", "location", "employee", "manager", "category",
                                 "sub_category", "channel", "country", "product"}) {
            QVERIFY2(header.contains(QLatin1String(name)), name);
        }
    }

    // Global filters through the CLI (all states): centre, priority including "unknown", country in any
    // case, channel, category, and combinations.
    void filters_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const auto a = [](std::initializer_list<const char*> list) {
            QStringList args;
            for (const char* s : list)
                args << QString::fromLatin1(s);
            return args;
        };
        QTest::newRow("center") << a({"--center", "C-101"}) << QStringLiteral("1 2 4 9 12 14");
        QTest::newRow("two centres") << a({"--center", "C-100,C-103"}) << QStringLiteral("3 5 7 8 10 11 100");
        QTest::newRow("priority unknown") << a({"--priority", "unknown"}) << QStringLiteral("8");
        QTest::newRow("priority P1,unknown") << a({"--priority", "P1,unknown"}) << QStringLiteral("1 2 8 9 12 14 100");
        QTest::newRow("country in") << a({"--country", "in"}) << QStringLiteral("4 5 7 9 11");
        QTest::newRow("country IN") << a({"--country", "IN"}) << QStringLiteral("4 5 7 9 11");
        QTest::newRow("country In") << a({"--country", "In"}) << QStringLiteral("4 5 7 9 11");
        QTest::newRow("category") << a({"--category", "CAT3"}) << QStringLiteral("7 10");
        QTest::newRow("center+country") << a({"--center", "C-101", "--country", "in"}) << QStringLiteral("4 9");
        QTest::newRow("center+channel+country") << a({"--center", "C-101", "--channel", "Chat", "--country", "us"})
                                                << QStringLiteral("14");
        QTest::newRow("center+priority") << a({"--center", "C-103", "--priority", "P6"}) << QStringLiteral("3 5");
        QTest::newRow("nothing matches") << a({"--center", "C-101", "--priority", "unknown"}) << QString();
    }
    void filters()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliResult r = breaches(QStringList{QStringLiteral("--state"), QStringLiteral("all")} + args);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        const Csv csv = Csv::parse(r.out.toStdString());
        QVERIFY2(csv.ok, csv.problem.c_str());
        QVERIFY(!csv.records.empty()); // the header, even with no rows
        QCOMPARE(csv.values("case_no"), words(expected));
    }

    // A filter with the breached list, and with a grouping (in-process, lower-case country).
    void filtersWithStateAndGroups()
    {
        const CliResult r = breaches({QStringLiteral("--center"), QStringLiteral("C-101")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(Csv::parse(r.out.toStdString()).values("case_no"), words(QStringLiteral("2 9 14")));

        const CaseGrouper grouper(m_books->cases, KpiSettings{});
        CaseFilter india;
        india.countries = {"in"};
        QStringList actual;
        for (const GroupRow& g : grouper.group(at(kAsOf), {GroupKey::Country}, india))
            actual << describe(g);
        compareRows(actual, {QStringLiteral("IN:India | 5 4 1 2 1 100 7200")});

        CaseFilter unknownPriority;
        unknownPriority.priorities = {"unknown"};
        unknownPriority.callCenters = {"C-100"};
        actual.clear();
        for (const GroupRow& g : grouper.group(at(kAsOf), {GroupKey::Manager}, unknownPriority))
            actual << describe(g);
        compareRows(actual, {QStringLiteral("901:Max Miller | 1 0 0 0 0 null null")});
    }

    // The at-risk fraction is a setting, and a per-priority fraction or minimum time overrides it. Open
    // cases with an SLA, not breached: 4 (P6, 12600 s), 5 (P6, 3600), 7 (P7, 18000), 12 (P1, 1800).
    void atRiskSettings_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<double>("priorityFraction");
        QTest::addColumn<qint64>("prioritySeconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default 0.75") << 0.75 << QString() << 0.0 << qint64{0} << QStringLiteral("4 7");
        QTest::newRow("0.5: P1 from 1800 s") << 0.5 << QString() << 0.0 << qint64{0} << QStringLiteral("4 7 12");
        QTest::newRow("P6 from 3600 s") << 0.75 << QStringLiteral("P6") << 0.0 << qint64{3600} << QStringLiteral("4 5 7");
        QTest::newRow("P6 from 3601 s") << 0.75 << QStringLiteral("P6") << 0.0 << qint64{3601} << QStringLiteral("4 7");
        QTest::newRow("P7 at 0.9 (19440 s)") << 0.75 << QStringLiteral("P7") << 0.9 << qint64{0} << QStringLiteral("4");
    }
    void atRiskSettings()
    {
        QFETCH(double, fraction);
        QFETCH(QString, priority);
        QFETCH(double, priorityFraction);
        QFETCH(qint64, prioritySeconds);
        QFETCH(QString, expected);
        KpiSettings settings;
        settings.atRiskFraction = fraction;
        if (prioritySeconds > 0)
            settings.atRiskSecondsByPriority[priority.toStdString()] = prioritySeconds;
        if (priorityFraction > 0)
            settings.atRiskFractionByPriority[priority.toStdString()] = priorityFraction;
        const CaseGrouper grouper(m_books->cases, settings);
        QCOMPARE(caseNumbers(grouper, grouper.cases(at(kAsOf), CaseGrouper::StateFilter::AtRisk, CaseFilter{})), words(expected));
        std::int64_t atRisk = 0;
        for (const GroupRow& g : grouper.group(at(kAsOf), {GroupKey::Priority}, CaseFilter{}))
            atRisk += g.atRisk;
        QCOMPARE(atRisk, static_cast<std::int64_t>(words(expected).size()));
    }

    // Drilling into a group (a path of group keys) gives the cases and sub-groups of that group only.
    void drillIntoGroup()
    {
        const CaseGrouper grouper(m_books->cases, KpiSettings{});
        const Timestamp T = at(kAsOf);
        QCOMPARE(caseNumbers(grouper, grouper.cases(T, CaseGrouper::StateFilter::All, CaseFilter{}, {{GroupKey::CallCenter, "C-101"}})),
                 words(QStringLiteral("1 2 4 9 12 14")));
        QCOMPARE(caseNumbers(grouper, grouper.cases(T, CaseGrouper::StateFilter::All, CaseFilter{}, {{GroupKey::Country, "IN"}})),
                 words(QStringLiteral("4 5 7 9 11")));
        QCOMPARE(caseNumbers(grouper, grouper.cases(T, CaseGrouper::StateFilter::Breached, CaseFilter{},
                                                    {{GroupKey::CallCenter, "C-101"}, {GroupKey::Manager, "900"}})),
                 words(QStringLiteral("2 9")));
        QStringList actual;
        for (const GroupRow& g : grouper.group(T, {GroupKey::Manager}, CaseFilter{}, {{GroupKey::CallCenter, "C-103"}}))
            actual << describe(g);
        compareRows(actual, {QStringLiteral("900:Mona Meyer | 1 0 0 0 1 100 null"),
                             QStringLiteral("901:Max Miller | 4 2 1 1 1 50 3600")});
    }

    // Members come from the case's latest event overall, also as of a moment before that event: a transfer
    // to another centre and a category correction apply to the past; on a tie the closed-class event's
    // members win (fixture report/moved).
    void latestEventWins()
    {
        const QString db = m_scratch.filePath(QStringLiteral("moved.db"));
        const QString problem = importFixture(cli(), QStringLiteral("moved"), db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        std::unique_ptr<Store> store = openStore(db);
        const std::unique_ptr<Books> books = loadBooks(*store);
        const CaseGrouper grouper(books->cases, KpiSettings{});
        const Timestamp T = at(QStringLiteral("2025-03-10 09:30:00"));
        QStringList actual;
        for (const GroupRow& g : grouper.group(T, {GroupKey::CallCenter}, CaseFilter{}))
            actual << describe(g);
        compareRows(actual, {QStringLiteral("C-101:Concentrix, New york | 2 1 0 0 1 100 null"),
                             QStringLiteral("C-103:Genpact, Bangalore | 2 1 1 0 1 100 1800")});
        actual.clear();
        for (const GroupRow& g : grouper.group(T, {GroupKey::Priority}, CaseFilter{}))
            actual << describe(g);
        compareRows(actual, {QStringLiteral("P1:Highest / Critical | 3 1 1 0 2 100 1800"),
                             QStringLiteral("P6:Highest / High | 1 1 0 0 0 null null")});
        QCOMPARE(caseNumbers(grouper, grouper.cases(T, CaseGrouper::StateFilter::Breached, CaseFilter{})), QStringList{QStringLiteral("501")});
    }
};

int runDrilldownTest(int argc, char** argv)
{
    DrilldownTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "DrilldownTest.moc"
