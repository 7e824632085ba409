// The SLA page's views of the case list on the command line (tests/fixtures/report/drilldown, as of
// 2025-03-10 12:00:00; the expected case numbers come from its NOTES.md): `breaches` and `export
// breaches` with the page's states, --within (a drill path), --search and --sort, ties kept in
// case-number order, empty cells last; the same bytes from both commands; the manifest's filters; and
// the usage errors.

#include "ReportTestSupport.h"
#include "ReportTests.h"

#include "report/CaseListQuery.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace carepulse;
using namespace carepulse::test;

namespace {

const QString kAsOf = QStringLiteral("2025-03-10 12:00:00");

} // namespace

class CaseListTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_db;

    CliRunner cli() const { return CliRunner(m_scratch.path()); }
    QString path(const QString& name) const { return m_scratch.filePath(name); }

    // `breaches --db --as-of T --format csv args...`.
    CliResult breaches(const QStringList& args) const
    {
        return cli().run(QStringList { QStringLiteral("breaches"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--as-of"), kAsOf, QStringLiteral("--format"), QStringLiteral("csv") }
            + args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_db = path(QStringLiteral("drilldown.db"));
        const QString problem = importFixture(cli(), QStringLiteral("drilldown"), m_db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Column names are the CSV header's (plus time_to_breach_s); the unit suffix may be left off.
    void columnNames()
    {
        QCOMPARE(caseColumnFromName("overdue_by_s"), std::optional<CaseColumn>(CaseColumn::OverdueBy));
        QCOMPARE(caseColumnFromName("overdue_by"), std::optional<CaseColumn>(CaseColumn::OverdueBy));
        QCOMPARE(caseColumnFromName("Call_Center"), std::optional<CaseColumn>(CaseColumn::CallCenter));
        QCOMPARE(caseColumnFromName("time_to_breach"), std::optional<CaseColumn>(CaseColumn::TimeToBreach));
        QVERIFY(!caseColumnFromName("colour"));
        QVERIFY(!caseColumnFromName("case"));
        for (const std::string& name : caseColumnNames())
            QCOMPARE(caseColumnName(*caseColumnFromName(name)), std::string_view(name));
        QCOMPARE(caseSortText({ CaseColumn::Elapsed, true }), std::string("elapsed_s:desc"));
    }

    void views_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("cases"); // case_no column, in order
        const auto a = [](std::initializer_list<const char*> list) {
            QStringList args;
            for (const char* s : list)
                args << QString::fromUtf8(s);
            return args;
        };
        // The page's state choices.
        QTest::newRow("open") << a({ "--state", "open" }) << QStringLiteral("4 5 7 9 12 100");
        QTest::newRow("closed") << a({ "--state", "closed" }) << QStringLiteral("1 2 3 8 10 11 14");
        QTest::newRow("breached or at risk")
            << a({ "--state", "breached-or-at-risk" }) << QStringLiteral("2 4 7 9 10 14 100");
        // Drill paths.
        QTest::newRow("within C-101") << a({ "--state", "all", "--within", "center=C-101" })
                                      << QStringLiteral("1 2 4 9 12 14");
        QTest::newRow("within C-101 › Mona Meyer")
            << a({ "--state", "all", "--within", "center=C-101,manager=900" }) << QStringLiteral("1 2 4 9 12");
        QTest::newRow("within, repeated and spaced")
            << a({ "--state", "all", "--within", "centre = C-101", "--within", "manager=900" })
            << QStringLiteral("1 2 4 9 12");
        QTest::newRow("within the unknown manager")
            << a({ "--state", "all", "--within", "manager=" }) << QStringLiteral("100");
        QTest::newRow("within breached, India") << a({ "--within", "country=IN" }) << QStringLiteral("9");
        QTest::newRow("within a member nobody has") << a({ "--state", "all", "--within", "center=C-999" }) << QString();
        // Searches: case-insensitive, trimmed, on the names shown and the case number.
        QTest::newRow("search an agent") << a({ "--state", "all", "--search", "archer" }) << QStringLiteral("1 2 11");
        QTest::newRow("search a centre's name")
            << a({ "--state", "all", "--search", "  GENPACT " }) << QStringLiteral("3 5 7 10 11");
        QTest::newRow("search a manager")
            << a({ "--state", "all", "--search", "max miller" }) << QStringLiteral("3 5 7 8 10 14");
        QTest::newRow("search Unknown") << a({ "--state", "all", "--search", "unknown" }) << QStringLiteral("8 100");
        QTest::newRow("search a case number") << a({ "--state", "all", "--search", "14" }) << QStringLiteral("14");
        QTest::newRow("search, breached") << a({ "--search", "chat" }) << QStringLiteral("9 10 14");
        // Sorts: numbers with empty cells last in both directions, ties in case-number order.
        QTest::newRow("overdue desc") << a({ "--state", "all", "--sort", "overdue_by_s:desc" })
                                      << QStringLiteral("9 10 14 100 2 1 3 4 5 7 8 11 12");
        QTest::newRow("overdue asc") << a({ "--state", "all", "--sort", "overdue_by" })
                                     << QStringLiteral("2 100 10 14 9 1 3 4 5 7 8 11 12");
        QTest::newRow("agent asc") << a({ "--state", "all", "--sort", "employee:asc" })
                                   << QStringLiteral("1 2 11 4 9 12 3 5 10 7 8 14 100");
        QTest::newRow("agent desc") << a({ "--state", "all", "--sort", "employee:DESC" })
                                    << QStringLiteral("100 7 8 14 3 5 10 4 9 12 1 2 11");
        QTest::newRow("case number desc")
            << a({ "--state", "all", "--sort", "case_no:desc" }) << QStringLiteral("100 14 12 11 10 9 8 7 5 4 3 2 1");
        QTest::newRow("call centre by name") << a({ "--sort", "call_center" }) << QStringLiteral("2 9 14 10 100");
        // All three: C-101 › Mona Meyer, "call", longest first.
        QTest::newRow("within, search and sort") << a({ "--state", "all", "--within", "center=C-101,manager=900",
            "--search", "Call", "--sort", "elapsed_s:desc" })
                                                 << QStringLiteral("2 1 12");
    }
    void views()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, cases);
        const CliResult r = breaches(args);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        const Csv csv = Csv::parse(r.out.toStdString());
        QVERIFY2(csv.ok, csv.problem.c_str());
        QCOMPARE(csv.header().front(), std::string("case_no"));
        QCOMPARE(csv.values("case_no").join(QLatin1Char(' ')), cases);

        // `export breaches` with the same options writes the same bytes.
        const QString file = path(QStringLiteral("view.csv"));
        const CliResult e
            = cli().run(QStringList { QStringLiteral("export"), QStringLiteral("breaches"), QStringLiteral("--db"),
                            m_db, QStringLiteral("--as-of"), kAsOf, QStringLiteral("--output"), file }
                + args);
        QVERIFY2(e.finished && e.exitCode == 0, qPrintable(e.err));
        QCOMPARE(readFile(file), r.out.toUtf8());
    }

    // --within narrows the groups too: C-101's managers, and Mona Meyer's agents there.
    void withinGroups()
    {
        const CliResult managers = breaches({ QStringLiteral("--group-by"), QStringLiteral("manager"),
            QStringLiteral("--within"), QStringLiteral("center=C-101") });
        QVERIFY2(managers.finished && managers.exitCode == 0, qPrintable(managers.err));
        const Csv m = Csv::parse(managers.out.toStdString());
        QCOMPARE(m.values("manager").join(QLatin1Char(' ')), QStringLiteral("900 901"));
        QCOMPARE(m.values("cases").join(QLatin1Char(' ')), QStringLiteral("5 1"));

        const QString file = path(QStringLiteral("agents.csv"));
        const CliResult agents = cli().run({ QStringLiteral("export"), QStringLiteral("groups"), QStringLiteral("--db"),
            m_db, QStringLiteral("--as-of"), kAsOf, QStringLiteral("--output"), file, QStringLiteral("--group-by"),
            QStringLiteral("employee"), QStringLiteral("--within"), QStringLiteral("center=C-101,manager=900") });
        QVERIFY2(agents.finished && agents.exitCode == 0, qPrintable(agents.err));
        QCOMPARE(Csv::parse(readFile(file).toStdString()).values("employee").join(QLatin1Char(' ')),
            QStringLiteral("1001 1002"));
    }

    // The manifest's filters record the view next to the global filters.
    void manifestRecordsTheView()
    {
        const QString file = path(QStringLiteral("manifested.csv"));
        const CliResult r = cli().run({ QStringLiteral("export"), QStringLiteral("breaches"), QStringLiteral("--db"),
            m_db, QStringLiteral("--as-of"), kAsOf, QStringLiteral("--output"), file, QStringLiteral("--manifest"),
            QStringLiteral("--state"), QStringLiteral("all"), QStringLiteral("--channel"), QStringLiteral("Call"),
            QStringLiteral("--within"), QStringLiteral("centre=C-101,manager=900"), QStringLiteral("--search"),
            QStringLiteral(" Archer "), QStringLiteral("--sort"), QStringLiteral("elapsed:desc") });
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        const QJsonObject m = QJsonDocument::fromJson(readFile(file + QStringLiteral(".manifest.json"))).object();
        QCOMPARE(m.value(QStringLiteral("filters")).toString(),
            QStringLiteral("channel=Call;within=center=C-101,manager=900;search=Archer;sort=elapsed_s:desc"));
        QCOMPARE(m.value(QStringLiteral("rows")).toInteger(), qint64 { 2 }); // cases 2 and 1

        const CliResult plain = cli().run({ QStringLiteral("export"), QStringLiteral("breaches"),
            QStringLiteral("--db"), m_db, QStringLiteral("--output"), file, QStringLiteral("--manifest") });
        QVERIFY2(plain.finished && plain.exitCode == 0, qPrintable(plain.err));
        const QJsonObject p = QJsonDocument::fromJson(readFile(file + QStringLiteral(".manifest.json"))).object();
        QCOMPARE(p.value(QStringLiteral("filters")).toString(), QString());
    }

    // Usage errors exit 2, name the bad value and write nothing.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const auto a = [](std::initializer_list<const char*> list) {
            QStringList args;
            for (const char* s : list)
                args << QString::fromLatin1(s);
            return args;
        };
        QTest::newRow("within unknown key")
            << a({ "breaches", "--within", "colour=red" }) << QStringLiteral("'colour'");
        QTest::newRow("within without a value")
            << a({ "breaches", "--within", "center" }) << QStringLiteral("'center'");
        QTest::newRow("within a key twice")
            << a({ "breaches", "--within", "center=C-101,centre=C-103" }) << QStringLiteral("twice");
        QTest::newRow("sort unknown column") << a({ "breaches", "--sort", "colour" }) << QStringLiteral("'colour'");
        QTest::newRow("sort bad order") << a({ "breaches", "--sort", "elapsed_s:up" }) << QStringLiteral("'up'");
        QTest::newRow("search with group-by")
            << a({ "breaches", "--group-by", "center", "--search", "x" }) << QStringLiteral("--group-by");
        QTest::newRow("export sort unknown column")
            << a({ "export", "breaches", "--output", "x.csv", "--sort", "due_by" }) << QStringLiteral("'due_by'");
        QTest::newRow("export search on kpi")
            << a({ "export", "kpi", "--output", "x.csv", "--search", "x" }) << QStringLiteral("--search");
        QTest::newRow("export within on trends")
            << a({ "export", "trends", "--output", "x.csv", "--within", "center=C-101" }) << QStringLiteral("--within");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = cli().run(args + QStringList { QStringLiteral("--db"), m_db });
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
    }

    void helpNamesTheOptions()
    {
        for (const QString& command : { QStringLiteral("breaches"), QStringLiteral("export") }) {
            const CliResult r = cli().run({ command, QStringLiteral("--help") });
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
            for (const char* option : { "--within", "--search", "--sort" })
                QVERIFY2(r.out.contains(QLatin1String(option)), option);
        }
    }
};

int runCaseListTest(int argc, char** argv)
{
    CaseListTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "CaseListTest.moc"
