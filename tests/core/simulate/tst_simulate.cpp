// `carepulse-cli simulate history`: a small data set is deterministic, well-formed and realistic
// (closure, SLA, survey and hierarchy properties the dashboards rely on).

#include "SimulateTests.h"

#include "cli/CliCommands.h"
#include "model/Timestamp.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace carepulse;

namespace {

constexpr int kCases = 5000;
constexpr int kEmployees = 300;
constexpr int kProducts = 200;
constexpr int kDays = 10;
const char* const kEnd = "2024-03-15 12:00:00";

const QString kCaseFile = QStringLiteral("futurecart_case_details.txt");
const QString kSurveyFile = QStringLiteral("futurecart_case_survey_details.txt");
const QString kEmployeeFile = QStringLiteral("futurecart_employee_details.txt");
const QString kProductFile = QStringLiteral("futurecart_product_details.txt");

struct Table {
    QList<QByteArray> header;
    QList<QList<QByteArray>> rows;
    int column(const char* name) const { return static_cast<int>(header.indexOf(QByteArray(name))); }
};

Table readTable(const QString& path)
{
    Table table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return table;
    const QByteArray bytes = file.readAll();
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 0)
            table.header = lines[i].split('\t');
        else
            table.rows.append(lines[i].split('\t'));
    }
    return table;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Timestamp ts(const QByteArray& text)
{
    const auto value = parseTimestamp(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    return value.value_or(-1);
}

int simulate(const QString& dir, int seed)
{
    return cli::runSimulate({QStringLiteral("history"), QStringLiteral("--out"), dir, QStringLiteral("--seed"),
                             QString::number(seed), QStringLiteral("--cases"), QString::number(kCases),
                             QStringLiteral("--days"), QString::number(kDays), QStringLiteral("--end"),
                             QLatin1String(kEnd), QStringLiteral("--employees"), QString::number(kEmployees),
                             QStringLiteral("--products"), QString::number(kProducts)});
}

// One case as seen through its events.
struct CaseView {
    QList<QByteArray> open;
    QList<QByteArray> closed;
};

} // namespace

class TestSimulate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameBytes();
    void otherSeedOtherBytes();
    void headers();
    void realDimensionsCopiedVerbatim();
    void rowCounts();
    void everyCaseOpensAndSomeClose();
    void eventsOrderedByTime();
    void slaBreachShare();
    void surveys();
    void employeeHierarchy();
    void casesUseTheAgentsCentre();
    void usageErrors();
    void unwritableOutputFails();

private:
    QString path(const QString& name) const { return m_first.filePath(name); }
    std::optional<int> slaHours(const QByteArray& category, const QByteArray& subCategory) const;

    QTemporaryDir m_first;
    QTemporaryDir m_again;
    QTemporaryDir m_otherSeed;
    Timestamp m_end = 0;
    Timestamp m_start = 0;
    QHash<QByteArray, CaseView> m_cases;
    QHash<QByteArray, int> m_slaByPair; // "CAT1/SCAT1" -> hours; -1 = NA
    Table m_surveys;
    Table m_employees;
};

void TestSimulate::initTestCase()
{
    QVERIFY(m_first.isValid() && m_again.isValid() && m_otherSeed.isValid());
    QCOMPARE(simulate(m_first.path(), 7), int(cli::ExitOk));
    QCOMPARE(simulate(m_again.path(), 7), int(cli::ExitOk));
    QCOMPARE(simulate(m_otherSeed.path(), 8), int(cli::ExitOk));
    m_end = ts(kEnd);
    m_start = m_end - kDays * kSecondsPerDay;

    const Table cases = readTable(path(kCaseFile));
    const int caseNo = cases.column("case_no");
    const int status = cases.column("status");
    for (const auto& row : cases.rows) {
        CaseView& view = m_cases[row[caseNo]];
        (row[status] == "Closed" ? view.closed : view.open) = row;
    }

    const Table priorities = readTable(path(QStringLiteral("futurecart_case_priority_details.txt")));
    QHash<QByteArray, int> slaByPriority;
    for (const auto& row : priorities.rows)
        slaByPriority[row[priorities.column("priority_key")]] = row[priorities.column("SLA")] == "NA" ? -1 : row[priorities.column("SLA")].toInt();
    const Table categories = readTable(path(QStringLiteral("futurecart_case_category_details.txt")));
    for (const auto& row : categories.rows) {
        m_slaByPair[row[categories.column("category_key")] + '/' + row[categories.column("sub_category_key")]] =
            slaByPriority.value(row[categories.column("priority")], -1);
    }
    m_surveys = readTable(path(kSurveyFile));
    m_employees = readTable(path(kEmployeeFile));
}

std::optional<int> TestSimulate::slaHours(const QByteArray& category, const QByteArray& subCategory) const
{
    const auto it = m_slaByPair.constFind(category + '/' + subCategory);
    if (it == m_slaByPair.constEnd() || *it < 0)
        return std::nullopt;
    return *it;
}

void TestSimulate::sameSeedSameBytes()
{
    const QStringList names = QDir(m_first.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 10);
    QCOMPARE(QDir(m_again.path()).entryList(QDir::Files, QDir::Name), names);
    for (const QString& name : names) {
        const QByteArray first = readAll(path(name));
        QVERIFY2(!first.isEmpty(), qPrintable(name));
        QVERIFY2(first == readAll(QDir(m_again.path()).filePath(name)), qPrintable(name));
    }
}

void TestSimulate::otherSeedOtherBytes()
{
    for (const QString& name : {kCaseFile, kSurveyFile, kEmployeeFile, kProductFile})
        QVERIFY2(readAll(path(name)) != readAll(QDir(m_otherSeed.path()).filePath(name)), qPrintable(name));
}

void TestSimulate::headers()
{
    auto headerOf = [&](const QString& name) { return readAll(path(name)).split('\n').constFirst(); };
    QCOMPARE(headerOf(kEmployeeFile),
             QByteArray("emp_key\tfirst_name\tlast_name\temail\tgender\tldap\thire_date\tmanager"));
    QCOMPARE(headerOf(kProductFile), QByteArray("product_id\tdepartment\tbrand\tcommodity_desc\tsub_commodity_desc"));
    QCOMPARE(headerOf(kCaseFile),
             QByteArray("case_no\tcreate_timestamp\tlast_modified_timestamp\tcreated_employee_key\tcall_center_id\t"
                        "status\tcategory\tsub_category\tcommunication_mode\tcountry_cd\tproduct_code"));
    QCOMPARE(headerOf(kSurveyFile), QByteArray("survey_id\tcase_no\tsurvey_timestamp\tQ1\tQ2\tQ3\tQ4\tQ5"));
    for (const QString& name : {kCaseFile, kSurveyFile, kEmployeeFile, kProductFile}) {
        const QByteArray bytes = readAll(path(name));
        QVERIFY2(!bytes.contains('\r') && !bytes.contains('"') && bytes.endsWith('\n'), qPrintable(name));
    }
}

void TestSimulate::realDimensionsCopiedVerbatim()
{
    for (const char* name : {"futurecart_calendar_details.txt", "futurecart_call_center_details.txt",
                             "futurecart_case_category_details.txt", "futurecart_case_country_details.txt",
                             "futurecart_case_priority_details.txt", "futurecart_survey_question_details.txt"}) {
        const QString file = QLatin1String(name);
        const QByteArray bundled = readAll(QStringLiteral(":/futurecart/") + file);
        QVERIFY2(!bundled.isEmpty(), name);
        QVERIFY2(readAll(path(file)) == bundled, name);
    }
}

void TestSimulate::rowCounts()
{
    QCOMPARE(m_employees.rows.size(), kEmployees);
    QCOMPARE(readTable(path(kProductFile)).rows.size(), kProducts);
    QCOMPARE(m_cases.size(), kCases);
    const Table cases = readTable(path(kCaseFile));
    qsizetype closed = 0;
    for (const auto& view : std::as_const(m_cases))
        closed += view.closed.isEmpty() ? 0 : 1;
    QCOMPARE(cases.rows.size(), kCases + closed);
    for (const auto& row : cases.rows)
        QCOMPARE(row.size(), 11);
    for (const auto& row : m_surveys.rows)
        QCOMPARE(row.size(), 8);
}

void TestSimulate::everyCaseOpensAndSomeClose()
{
    int closed = 0;
    for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
        QVERIFY2(!it->open.isEmpty(), it.key().constData());
        QVERIFY(it.key().toLongLong() >= 1000001); // clear of the real seed cases 600001..601000
        const Timestamp created = ts(it->open[1]);
        QCOMPARE(ts(it->open[2]), created);
        QVERIFY(created >= m_start && created < m_end);
        if (it->closed.isEmpty())
            continue;
        ++closed;
        QCOMPARE(it->closed[1], it->open[1]);
        const Timestamp closedAt = ts(it->closed[2]);
        QVERIFY(closedAt > created);
        QVERIFY(closedAt <= m_end);
    }
    const double share = double(closed) / kCases;
    QVERIFY2(share > 0.57 && share < 0.67, qPrintable(QString::number(share)));
}

void TestSimulate::eventsOrderedByTime()
{
    const Table cases = readTable(path(kCaseFile));
    Timestamp previous = 0;
    for (const auto& row : cases.rows) {
        const Timestamp t = ts(row[2]);
        QVERIFY(t >= previous);
        previous = t;
    }
}

// The brief asks for 10-15% breaches. As the metrics define them (closed late, or open past the SLA at
// the end) that cannot coexist with 62% closed over 10 days with SLAs of 1-72 h: the open 38% are
// mostly older than their SLA. The generator therefore calibrates late closures (compliance), and the
// overall figure is only bounded here.
void TestSimulate::slaBreachShare()
{
    int closedWithSla = 0, closedLate = 0, withSla = 0, breached = 0;
    for (const auto& view : std::as_const(m_cases)) {
        const auto sla = slaHours(view.open[6], view.open[7]);
        if (!sla)
            continue;
        ++withSla;
        const Timestamp created = ts(view.open[1]);
        const Timestamp limit = Timestamp(*sla) * 3600;
        if (!view.closed.isEmpty()) {
            ++closedWithSla;
            const bool late = ts(view.closed[2]) - created > limit;
            closedLate += late;
            breached += late;
        } else {
            breached += m_end - created > limit;
        }
    }
    const double lateShare = double(closedLate) / closedWithSla;
    const double breachShare = double(breached) / withSla;
    qInfo("closed late: %.1f%% of closed cases with an SLA; breached (metrics.md): %.1f%% of cases with an SLA",
          100 * lateShare, 100 * breachShare);
    QVERIFY2(lateShare >= 0.05 && lateShare <= 0.25, qPrintable(QString::number(lateShare)));
    QVERIFY2(breachShare < 0.5, qPrintable(QString::number(breachShare)));
}

void TestSimulate::surveys()
{
    QSet<QByteArray> surveyed;
    QHash<QByteArray, int> perCase;
    double lateSum = 0, metSum = 0;
    int lateCount = 0, metCount = 0, unanswered = 0;
    for (const auto& row : m_surveys.rows) {
        QVERIFY(row[0].startsWith("S-"));
        const auto view = m_cases.constFind(row[1]);
        QVERIFY2(view != m_cases.constEnd() && !view->closed.isEmpty(), row[1].constData());
        const Timestamp at = ts(row[2]);
        const Timestamp closedAt = ts(view->closed[2]);
        QVERIFY(at > closedAt && at <= m_end);
        QVERIFY(row[6].isEmpty() || row[6] == "Y" || row[6] == "N");
        for (int q : {3, 4, 5, 7}) {
            if (row[q].isEmpty()) {
                ++unanswered;
                continue;
            }
            QVERIFY(row[q].toInt() >= 1 && row[q].toInt() <= 10);
        }
        surveyed.insert(row[1]);
        ++perCase[row[1]];
        if (row[3].isEmpty())
            continue;
        const auto sla = slaHours(view->open[6], view->open[7]);
        if (!sla)
            continue;
        const bool late = closedAt - ts(view->open[1]) > Timestamp(*sla) * 3600;
        (late ? lateSum : metSum) += row[3].toInt();
        (late ? lateCount : metCount) += 1;
    }
    int closed = 0;
    for (const auto& view : std::as_const(m_cases))
        closed += view.closed.isEmpty() ? 0 : 1;
    const double share = double(surveyed.size()) / closed;
    QVERIFY2(share >= 0.70 && share <= 0.90, qPrintable(QString::number(share)));
    QVERIFY(lateCount > 20 && metCount > 20);
    QVERIFY2(lateSum / lateCount < metSum / metCount - 1.5,
             qPrintable(QStringLiteral("late %1 met %2").arg(lateSum / lateCount).arg(metSum / metCount)));
    const auto twice = std::count_if(perCase.cbegin(), perCase.cend(), [](int n) { return n > 1; });
    QVERIFY(twice >= 1 && twice < surveyed.size() / 20);
    QVERIFY(unanswered > 0 && unanswered < m_surveys.rows.size() * 4 / 10);
}

void TestSimulate::employeeHierarchy()
{
    const int key = m_employees.column("emp_key");
    const int manager = m_employees.column("manager");
    QHash<QByteArray, QByteArray> managerOf;
    for (const auto& row : m_employees.rows) {
        QVERIFY(!managerOf.contains(row[key]));
        bool numeric = false;
        row[key].toUInt(&numeric);
        QVERIFY(numeric);
        QVERIFY(row[m_employees.column("gender")] == "M" || row[m_employees.column("gender")] == "F");
        QVERIFY(row[m_employees.column("email")].endsWith("@futurecart.com"));
        QVERIFY(row[m_employees.column("hire_date")] < QByteArray(kEnd).left(10));
        managerOf[row[key]] = row[manager];
    }
    int tops = 0;
    for (auto it = managerOf.cbegin(); it != managerOf.cend(); ++it) {
        if (it->isEmpty()) {
            ++tops;
            continue;
        }
        QVERIFY2(managerOf.contains(*it), it->constData());
        // Agent -> team lead -> centre manager: at most two steps up.
        QVERIFY(managerOf.value(*it).isEmpty() || managerOf.value(managerOf.value(*it)).isEmpty());
    }
    QCOMPARE(tops, 25); // one per call centre C-101..C-125
}

// Every known agent's cases name one centre, and every centre's cases lead up to exactly one centre
// manager (C-100 is the deliberate unknown-centre tail).
void TestSimulate::casesUseTheAgentsCentre()
{
    QHash<QByteArray, QByteArray> managerOf;
    for (const auto& row : m_employees.rows)
        managerOf[row[0]] = row[7];
    auto topOf = [&](QByteArray k) {
        while (!managerOf.value(k).isEmpty())
            k = managerOf.value(k);
        return k;
    };
    QHash<QByteArray, QByteArray> centreOfAgent;
    QHash<QByteArray, QSet<QByteArray>> topsOfCentre;
    QHash<QByteArray, QSet<QByteArray>> centresOfTop;
    int unknownEmployees = 0, unknownCentres = 0;
    for (const auto& view : std::as_const(m_cases)) {
        const QByteArray& employee = view.open[3];
        const QByteArray& centre = view.open[4];
        if (centre == "C-100") {
            ++unknownCentres;
            continue;
        }
        if (!managerOf.contains(employee)) {
            ++unknownEmployees;
            continue;
        }
        const auto known = centreOfAgent.constFind(employee);
        QVERIFY2(known == centreOfAgent.constEnd() || *known == centre, employee.constData());
        centreOfAgent[employee] = centre;
        topsOfCentre[centre].insert(topOf(employee));
        centresOfTop[topOf(employee)].insert(centre);
    }
    for (const auto& tops : std::as_const(topsOfCentre))
        QCOMPARE(tops.size(), 1);
    for (const auto& centres : std::as_const(centresOfTop))
        QCOMPARE(centres.size(), 1);
    QVERIFY(unknownEmployees < kCases / 50 && unknownCentres < kCases / 50);
}

void TestSimulate::usageErrors()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x"));
    QCOMPARE(cli::runSimulate({}), int(cli::ExitUsage));
    QCOMPARE(cli::runSimulate({QStringLiteral("stream")}), int(cli::ExitUsage));
    QCOMPARE(cli::runSimulate({QStringLiteral("history"), QStringLiteral("--cases"), QStringLiteral("10")}),
             int(cli::ExitUsage));
    QCOMPARE(cli::runSimulate({QStringLiteral("history"), QStringLiteral("--out"), out}), int(cli::ExitUsage));
    QCOMPARE(cli::runSimulate({QStringLiteral("history"), QStringLiteral("--out"), out, QStringLiteral("--cases"),
                               QStringLiteral("10"), QStringLiteral("--days"), QStringLiteral("zero")}),
             int(cli::ExitUsage));
    QCOMPARE(cli::runSimulate({QStringLiteral("history"), QStringLiteral("--out"), out, QStringLiteral("--cases"),
                               QStringLiteral("10"), QStringLiteral("--end"), QStringLiteral("yesterday")}),
             int(cli::ExitUsage));
    QCOMPARE(cli::runSimulate({QStringLiteral("history"), QStringLiteral("--no-such-option")}), int(cli::ExitUsage));
    QVERIFY(!QFile::exists(out));
}

void TestSimulate::unwritableOutputFails()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    // A folder cannot be created under a plain file.
    QCOMPARE(cli::runSimulate({QStringLiteral("history"), QStringLiteral("--out"), blocker + QStringLiteral("/sub"),
                               QStringLiteral("--cases"), QStringLiteral("10"), QStringLiteral("--employees"),
                               QStringLiteral("100"), QStringLiteral("--products"), QStringLiteral("10")}),
             int(cli::ExitFailure));

    // A folder where the case file should go: the write fails and the command says so.
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out + QLatin1Char('/') + kCaseFile));
    QCOMPARE(cli::runSimulate({QStringLiteral("history"), QStringLiteral("--out"), out, QStringLiteral("--cases"),
                               QStringLiteral("10"), QStringLiteral("--employees"), QStringLiteral("100"),
                               QStringLiteral("--products"), QStringLiteral("10")}),
             int(cli::ExitFailure));
}

int runHistoryTests(int argc, char** argv)
{
    TestSimulate test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_simulate.moc"
