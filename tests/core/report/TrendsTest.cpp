// Trends on the hand-made tests/fixtures/report/trends data set (arithmetic in its NOTES.md), as of
// T = 2025-03-10 12:30:00 over 2 days: opened and closed per hour and per day, the backlog at each hour's
// last second (or T), a reopened case, CSAT and SLA compliance per day, and the arrivals heatmap; in-process
// (computeTrends) and through `carepulse-cli export trends`.

#include "ReportTestSupport.h"
#include "ReportTests.h"

#include "book/Books.h"
#include "model/Timestamp.h"
#include "report/Trends.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>

using namespace carepulse;
using namespace carepulse::test;

namespace {

const QString kAsOf = QStringLiteral("2025-03-10 12:30:00");
constexpr int kDays = 2;

Timestamp at(const QString& text)
{
    return *parseTimestamp(text.toStdString());
}

// Every hourly bucket's expected value: the listed hours (by start), 0 elsewhere unless a default is given.
struct Hourly {
    std::map<Timestamp, std::int64_t> values;
    std::int64_t otherwise = 0;
    std::int64_t operator()(Timestamp hour) const
    {
        const auto it = values.find(hour);
        return it == values.end() ? otherwise : it->second;
    }
};

// Compares a whole hourly series with the expectation; names every differing hour.
void compareHourly(const Trends& t, const std::vector<std::int64_t>& series, const Hourly& expected, const char* name)
{
    QStringList problems;
    for (std::size_t h = 0; h < series.size(); ++h) {
        const Timestamp hour = t.firstHour + static_cast<Timestamp>(h) * 3600;
        if (series[h] != expected(hour))
            problems << QStringLiteral("%1: expected %2, got %3").arg(qs(formatTimestamp(hour))).arg(expected(hour)).arg(series[h]);
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), problems.join(QStringLiteral("; ")))));
}

} // namespace

class TrendsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Books> m_books;
    Trends m_trends;

    std::size_t hour(const char* start) const
    {
        return static_cast<std::size_t>((at(QLatin1String(start)) - m_trends.firstHour) / 3600);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_db = m_scratch.filePath(QStringLiteral("trends.db"));
        const QString problem = importFixture(CliRunner(m_scratch.path()), QStringLiteral("trends"), m_db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_store = openStore(m_db);
        m_books = loadBooks(*m_store);
        QVERIFY(m_books);
        m_trends = computeTrends(m_books->cases, m_books->surveys, KpiSettings{}, at(kAsOf), kDays);
    }

    // Hourly buckets from the hour of T - 2 days to T's hour; daily buckets from that day to T's day.
    void buckets()
    {
        const Trends& t = m_trends;
        QCOMPARE(t.asOf, at(kAsOf));
        QCOMPARE(qs(formatTimestamp(t.firstHour)), QStringLiteral("2025-03-08 12:00:00"));
        QCOMPARE(t.openedPerHour.size(), std::size_t{49});
        QCOMPARE(t.closedPerHour.size(), std::size_t{49});
        QCOMPARE(t.backlogPerHour.size(), std::size_t{49});
        QCOMPARE(qs(formatTimestamp(t.firstDay)), QStringLiteral("2025-03-08 00:00:00"));
        for (const auto* series : {&t.openedPerDay, &t.closedPerDay, &t.positivePerDay, &t.ratedPerDay, &t.metPerDay, &t.breachedPerDay})
            QCOMPARE(series->size(), std::size_t{3});
    }

    // Cases by the hour of their created time; 27 (after T) and 28 (before the first bucket) nowhere.
    void openedPerHour()
    {
        const Hourly expected{{{at(QStringLiteral("2025-03-09 09:00:00")), 1},
                               {at(QStringLiteral("2025-03-09 10:00:00")), 1},
                               {at(QStringLiteral("2025-03-09 22:00:00")), 1},
                               {at(QStringLiteral("2025-03-10 08:00:00")), 1},
                               {at(QStringLiteral("2025-03-10 10:00:00")), 2},
                               {at(QStringLiteral("2025-03-10 12:00:00")), 1}}};
        compareHourly(m_trends, m_trends.openedPerHour, expected, "opened per hour");
    }

    // Cases closed at T by the hour of closed_at: the reopened case 22 once, at 11:30, not at 08:40.
    void closedPerHour()
    {
        const Hourly expected{{{at(QStringLiteral("2025-03-09 10:00:00")), 1},
                               {at(QStringLiteral("2025-03-09 11:00:00")), 1},
                               {at(QStringLiteral("2025-03-10 09:00:00")), 1},
                               {at(QStringLiteral("2025-03-10 10:00:00")), 1},
                               {at(QStringLiteral("2025-03-10 11:00:00")), 1},
                               {at(QStringLiteral("2025-03-10 12:00:00")), 1}}};
        compareHourly(m_trends, m_trends.closedPerHour, expected, "closed per hour");
        QCOMPARE(m_trends.closedPerHour[hour("2025-03-10 08:00:00")], std::int64_t{0});
    }

    // Open cases at each hour's last second (T for T's hour). Case 21, open 10:20-12:05, is in the 10:00
    // and 11:00 buckets, not in 12:00's; the reopened 22 is out at 08:59:59 and in at 09:59:59.
    void backlogPerHour()
    {
        Hourly expected{{}, 2};
        for (Timestamp h = at(QStringLiteral("2025-03-08 12:00:00")); h <= at(QStringLiteral("2025-03-09 08:00:00")); h += 3600)
            expected.values[h] = 1; // 28 alone
        expected.values[at(QStringLiteral("2025-03-09 09:00:00"))] = 2; // 25, 28
        expected.values[at(QStringLiteral("2025-03-09 10:00:00"))] = 2; // 25, 28 (24 closed 10:30)
        for (Timestamp h = at(QStringLiteral("2025-03-09 11:00:00")); h <= at(QStringLiteral("2025-03-09 21:00:00")); h += 3600)
            expected.values[h] = 1; // 28 (25 closed 11:00:00)
        // 03-09 22:00 .. 03-10 09:00: 23 and 28, then 23 and the reopened 22 (otherwise = 2)
        expected.values[at(QStringLiteral("2025-03-10 10:00:00"))] = 3; // 21, 22, 23 (29 closed 10:55)
        expected.values[at(QStringLiteral("2025-03-10 11:00:00"))] = 2; // 21, 23 (22 closed 11:30)
        expected.values[at(QStringLiteral("2025-03-10 12:00:00"))] = 2; // 23, 26 (21 closed 12:05)
        compareHourly(m_trends, m_trends.backlogPerHour, expected, "backlog per hour");
    }

    void perDay()
    {
        const Trends& t = m_trends;
        QCOMPARE(t.openedPerDay, (std::vector<std::int64_t>{0, 3, 4}));
        QCOMPARE(t.closedPerDay, (std::vector<std::int64_t>{0, 2, 4}));
        // SLA compliance of the cases closed each day: 03-09 24 met, 25 breached; 03-10 29 and 22 met,
        // 21 breached (28 has no SLA).
        QCOMPARE(t.metPerDay, (std::vector<std::int64_t>{0, 1, 2}));
        QCOMPARE(t.breachedPerDay, (std::vector<std::int64_t>{0, 1, 1}));
        QCOMPARE(t.compliancePct(0), std::optional<double>());
        QCOMPARE(t.compliancePct(1), std::optional<double>(50.0));
        QCOMPARE(t.compliancePct(2), std::optional<double>(66.67));
        // CSAT of first surveys by their day: S-203 is 24's second survey, S-205 has no Q1, S-207 is after T.
        QCOMPARE(t.positivePerDay, (std::vector<std::int64_t>{0, 1, 2}));
        QCOMPARE(t.ratedPerDay, (std::vector<std::int64_t>{0, 2, 2}));
        QCOMPARE(t.csatPct(0), std::optional<double>());
        QCOMPARE(t.csatPct(1), std::optional<double>(50.0));
        QCOMPARE(t.csatPct(2), std::optional<double>(100.0));
    }

    // Arrivals by ISO weekday (Monday = 0) and hour of created.
    void arrivals()
    {
        const auto& a = m_trends.arrivals;
        QCOMPARE(a[0][10], std::int64_t{2}); // Monday 10:00: 21, 29
        QCOMPARE(a[0][8], std::int64_t{1});
        QCOMPARE(a[0][12], std::int64_t{1}); // 26; 27 is after T
        QCOMPARE(a[6][9], std::int64_t{1});  // Sunday
        QCOMPARE(a[6][10], std::int64_t{1});
        QCOMPARE(a[6][22], std::int64_t{1});
        QCOMPARE(a[4][10], std::int64_t{0}); // 28, Friday 03-07: before the period
        std::int64_t total = 0;
        for (const auto& day : a) {
            for (std::int64_t n : day)
                total += n;
        }
        QCOMPARE(total, std::int64_t{7});
    }

    // The global filters apply to every series: all the fixture's cases are at C-101 on the phone.
    void filtered()
    {
        CaseFilter same;
        same.callCenters = {"C-101"};
        same.channels = {"Call"};
        const Trends t = computeTrends(m_books->cases, m_books->surveys, KpiSettings{}, at(kAsOf), kDays, same);
        QCOMPARE(t.openedPerHour, m_trends.openedPerHour);
        QCOMPARE(t.backlogPerHour, m_trends.backlogPerHour);
        QCOMPARE(t.ratedPerDay, m_trends.ratedPerDay);
        QCOMPARE(t.metPerDay, m_trends.metPerDay);

        CaseFilter other;
        other.callCenters = {"C-103"};
        const Trends none = computeTrends(m_books->cases, m_books->surveys, KpiSettings{}, at(kAsOf), kDays, other);
        for (const auto* series : {&none.openedPerHour, &none.closedPerHour, &none.backlogPerHour, &none.openedPerDay,
                                   &none.closedPerDay, &none.ratedPerDay, &none.metPerDay, &none.breachedPerDay}) {
            for (std::int64_t v : *series)
                QCOMPARE(v, std::int64_t{0});
        }
        QCOMPARE(none.csatPct(2), std::optional<double>());
    }

    // The trends report through the CLI carries the same figures.
    void exportedTrends_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("value");
        const auto row = [](const char* series, const char* period, const char* value) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(series), QLatin1String(period))))
                << QString::fromLatin1(series) << QString::fromLatin1(period) << QString::fromLatin1(value);
        };
        row("opened_per_hour", "2025-03-10 10:00:00", "2");
        row("closed_per_hour", "2025-03-10 08:00:00", "0");
        row("closed_per_hour", "2025-03-10 11:00:00", "1");
        row("backlog_per_hour", "2025-03-10 10:00:00", "3");
        row("backlog_per_hour", "2025-03-10 11:00:00", "2");
        row("backlog_per_hour", "2025-03-10 12:00:00", "2");
        row("opened_per_day", "2025-03-09 00:00:00", "3");
        row("closed_per_day", "2025-03-10 00:00:00", "4");
        row("csat_pct_per_day", "2025-03-08 00:00:00", "");
        row("csat_pct_per_day", "2025-03-09 00:00:00", "50");
        row("csat_pct_per_day", "2025-03-10 00:00:00", "100");
        row("sla_compliance_pct_per_day", "2025-03-10 00:00:00", "66.67");
        row("arrivals_by_weekday_hour", "Mon 10:00", "2");
        row("arrivals_by_weekday_hour", "Sun 22:00", "1");
    }
    void exportedTrends()
    {
        QFETCH(QString, series);
        QFETCH(QString, period);
        QFETCH(QString, value);
        const QString file = m_scratch.filePath(QStringLiteral("trends.csv"));
        if (!QFile::exists(file)) {
            const CliResult r = CliRunner(m_scratch.path())
                                    .run({QStringLiteral("export"), QStringLiteral("trends"), QStringLiteral("--db"), m_db,
                                          QStringLiteral("--as-of"), kAsOf, QStringLiteral("--days"), QString::number(kDays),
                                          QStringLiteral("--output"), file});
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        }
        const Csv csv = Csv::parse(readFile(file).toStdString());
        QVERIFY2(csv.ok, csv.problem.c_str());
        QCOMPARE(csv.records.front(), (std::vector<std::string>{"series", "period_start", "value"}));
        // 49 hours x 3 hourly series + 3 days x 4 daily series + 7 x 24 arrival cells.
        QCOMPARE(csv.dataRows(), std::size_t{49 * 3 + 3 * 4 + 7 * 24});
        int matches = 0;
        for (std::size_t r = 1; r < csv.records.size(); ++r) {
            const auto& rec = csv.records[r];
            if (qs(rec[0]) == series && qs(rec[1]) == period) {
                ++matches;
                QCOMPARE(qs(rec[2]), value);
            }
        }
        QCOMPARE(matches, 1);
    }
};

int runTrendsTest(int argc, char** argv)
{
    TrendsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "TrendsTest.moc"
