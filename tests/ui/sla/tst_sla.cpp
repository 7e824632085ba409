// The SLA page: its models under QAbstractItemModelTester, the breadcrumb drill-down centre › manager ›
// agent › cases and back, CSV export byte-identical to carepulse-cli (for drilled, searched and sorted
// views too, through --within, --search and --sort), the debounced search, and a refresh that keeps the
// selected case and the scroll position.

#include "UiFixture.h"
#include "book/Books.h"
#include "engine/Engine.h"
#include "filters/ViewState.h"
#include "kpi/KpiEngine.h"
#include "report/Drilldown.h"
#include "sla/CaseRows.h"
#include "sla/CaseTableModel.h"
#include "sla/GroupTableModel.h"
#include "sla/SlaPage.h"
#include "store/Store.h"
#include "widgets/ReportTableView.h"
#include "widgets/StallProbe.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace carepulse;
using namespace carepulse::ui;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int viewRowOfKey(SlaPage& page, const QString& key)
{
    const QSortFilterProxyModel* proxy = page.groupProxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, GroupTableModel::KeyColumn).data(RawValueRole).toString() == key)
            return row;
    }
    return -1;
}

QStringList caseNumbers(const CaseTableModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.caseNo(row);
    return list;
}

} // namespace

class TestSla : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsUnderTester();
    void caseRowsFormatOnDemand();
    void breadcrumbDrillsDownAndBack();
    void exportEqualsCli_data();
    void exportEqualsCli();
    void viewExportEqualsCli_data();
    void viewExportEqualsCli();
    void searchIsDebounced();
    void refreshKeepsSelectionAndScroll();
    void millionRowsStayResponsive();

private:
    struct Fixture;
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Books> m_books;
};

void TestSla::initTestCase()
{
    test::useTestSettings("tst_ui_sla");
    QVERIFY(m_dir.isValid());
    const QString problem = test::makeDrilldownStore(m_dir.path(), m_db);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const std::unique_ptr<Store> store = openStore(m_db);
    m_books = loadBooks(*store);
}

void TestSla::modelsUnderTester()
{
    LabelCache labels;
    const auto rows = [&](CaseState state, int sortColumn = -1, Qt::SortOrder order = Qt::AscendingOrder) {
        CaseQuery q;
        q.state = state;
        q.sortColumn = sortColumn;
        q.order = order;
        return std::make_shared<const CaseRowSet>(runCaseQuery(*m_books, q, labels));
    };
    CaseTableModel cases;
    QAbstractItemModelTester caseTester(&cases, QAbstractItemModelTester::FailureReportingMode::QtTest);
    cases.setRows(rows(CaseState::All));
    QVERIFY(cases.rowCount() > 10);
    cases.setRows(rows(CaseState::All)); // the same cases: dataChanged only
    cases.setRows(rows(CaseState::Breached));
    cases.setRows(rows(CaseState::All, int(CaseColumn::Elapsed), Qt::DescendingOrder));
    cases.setRows(rows(CaseState::Open, int(CaseColumn::Employee)));
    cases.setRows({});
    QCOMPARE(cases.rowCount(), 0);
    cases.setRows(rows(CaseState::AtRisk));
    QCOMPARE(cases.columnCount(), int(CaseColumn::Count));

    const CaseGrouper grouper(m_books->cases, KpiSettings {});
    const Timestamp t = dataClock(m_books->cases, m_books->surveys);
    GroupTableModel groups;
    QAbstractItemModelTester groupTester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    groups.setRows(GroupKey::CallCenter, grouper.group(t, { GroupKey::CallCenter }, {}));
    QCOMPARE(groups.rowCount(), 3);
    groups.setRows(GroupKey::CallCenter, grouper.group(t - 3600 * 5, { GroupKey::CallCenter }, {}));
    groups.setRows(GroupKey::Manager, grouper.group(t, { GroupKey::Manager }, {}, { { GroupKey::CallCenter, "C-101" } }));
    groups.setRows(GroupKey::Employee, grouper.group(t, { GroupKey::Employee }, {}));
    groups.setRows(GroupKey::Employee, {});
    QCOMPARE(groups.rowCount(), 0);
}

void TestSla::caseRowsFormatOnDemand()
{
    LabelCache labels;
    CaseQuery q;
    q.state = CaseState::Breached;
    CaseTableModel model;
    model.setRows(std::make_shared<const CaseRowSet>(runCaseQuery(*m_books, q, labels)));
    const int row = caseNumbers(model).indexOf(QStringLiteral("9"));
    QVERIFY(row >= 0);
    const auto cell = [&](CaseColumn c, int role = Qt::DisplayRole) { return model.index(row, int(c)).data(role); };
    // Case 9: P1 (1 h), created 09:00, open and breached.
    QCOMPARE(cell(CaseColumn::Priority).toString(), QStringLiteral("P1"));
    QCOMPARE(cell(CaseColumn::SlaHours, RawValueRole).toInt(), 1);
    QCOMPARE(cell(CaseColumn::Created).toString(), QStringLiteral("2025-03-10 09:00:00"));
    QCOMPARE(cell(CaseColumn::Due).toString(), QStringLiteral("2025-03-10 10:00:00"));
    QCOMPARE(cell(CaseColumn::Employee).toString(), QStringLiteral("Bob O\"Neil"));
    QCOMPARE(cell(CaseColumn::Manager).toString(), QStringLiteral("Mona Meyer"));
    QCOMPARE(cell(CaseColumn::CallCenter).toString(), QStringLiteral("Concentrix"));
    QCOMPARE(cell(CaseColumn::SlaState, SlaStateRole).toInt(), int(SlaState::Breached));
    QVERIFY(cell(CaseColumn::CaseNo, Qt::BackgroundRole).value<QColor>().isValid());
    const Timestamp t = dataClock(m_books->cases, m_books->surveys);
    QCOMPARE(cell(CaseColumn::OverdueBy, RawValueRole).toLongLong(), t - *parseTimestamp("2025-03-10 10:00:00"));
    QVERIFY(!cell(CaseColumn::TimeToBreach, RawValueRole).isValid());
}

void TestSla::breadcrumbDrillsDownAndBack()
{
    Engine engine;
    ViewState view;
    SlaPage page(&engine, &view);
    QSignalSpy shown(&page, &SlaPage::dataShown);
    engine.open(m_db);
    QVERIFY(shown.wait(10000));
    QCOMPARE(page.groupModel()->level(), GroupKey::CallCenter);
    QCOMPARE(page.breadcrumb().size(), 1);

    page.drillInto(viewRowOfKey(page, QStringLiteral("C-101")));
    QVERIFY(shown.wait(10000));
    QCOMPARE(page.groupModel()->level(), GroupKey::Manager);
    QCOMPARE(page.breadcrumb().at(1), QStringLiteral("Concentrix, New york"));
    QCOMPARE(page.groupModel()->rowCount(), 2); // at C-101: Mona Meyer's team (900) and Dan Diaz of 901

    page.drillInto(viewRowOfKey(page, QStringLiteral("900")));
    QVERIFY(shown.wait(10000));
    QCOMPARE(page.groupModel()->level(), GroupKey::Employee);
    QCOMPARE(page.breadcrumb().at(2), QStringLiteral("Mona Meyer"));
    QStringList agents;
    for (int row = 0; row < page.groupModel()->rowCount(); ++row)
        agents << QString::fromStdString(page.groupModel()->member(row).key);
    QCOMPARE(agents, (QStringList { QStringLiteral("1001"), QStringLiteral("1002") }));

    page.setState(CaseState::All);
    page.drillInto(viewRowOfKey(page, QStringLiteral("1001")));
    QVERIFY(shown.wait(10000));
    QVERIFY(page.showingCases());
    QCOMPARE(page.breadcrumb(),
        (QStringList { page.breadcrumb().front(), QStringLiteral("Concentrix, New york"), QStringLiteral("Mona Meyer"),
            QStringLiteral("Ann Archer"), SlaPage::tr("Cases") }));
    // Ann Archer's cases at C-101 that exist at the data clock: 1, 2 and 13.
    QCOMPARE(caseNumbers(*page.caseModel()), (QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("13") }));

    page.goUpTo(2);
    QVERIFY(shown.wait(10000));
    QVERIFY(!page.showingCases());
    QCOMPARE(page.groupModel()->level(), GroupKey::Employee);
    QCOMPARE(page.path().size(), std::size_t { 2 });
    page.goUpTo(0);
    QVERIFY(shown.wait(10000));
    QCOMPARE(page.groupModel()->level(), GroupKey::CallCenter);
    QVERIFY(page.path().empty());
    QCOMPARE(page.groupModel()->rowCount(), 3);
}

void TestSla::exportEqualsCli_data()
{
    QTest::addColumn<bool>("cases");
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("cliArgs");
    QTest::newRow("groups by centre") << false << int(CaseState::Breached)
                                      << QStringList { QStringLiteral("groups"), QStringLiteral("--group-by"), QStringLiteral("center") };
    QTest::newRow("breached cases") << true << int(CaseState::Breached)
                                    << QStringList { QStringLiteral("breaches"), QStringLiteral("--state"), QStringLiteral("breached") };
    QTest::newRow("at-risk cases") << true << int(CaseState::AtRisk)
                                   << QStringList { QStringLiteral("breaches"), QStringLiteral("--state"), QStringLiteral("at-risk") };
    QTest::newRow("all cases") << true << int(CaseState::All)
                               << QStringList { QStringLiteral("breaches"), QStringLiteral("--state"), QStringLiteral("all") };
}

void TestSla::exportEqualsCli()
{
    QFETCH(bool, cases);
    QFETCH(int, state);
    QFETCH(QStringList, cliArgs);
    Engine engine;
    ViewState view;
    SlaPage page(&engine, &view);
    QSignalSpy shown(&page, &SlaPage::dataShown);
    engine.open(m_db);
    QVERIFY(shown.wait(10000));
    if (cases) {
        page.showCases(static_cast<CaseState>(state));
        QVERIFY(shown.wait(10000));
    }
    const QString desktopFile = m_dir.filePath(QStringLiteral("desktop.csv"));
    QSignalSpy exported(&page, &SlaPage::exported);
    page.currentView()->exportTo(desktopFile); // what Export CSV… does after the file dialog
    QVERIFY(exported.count() > 0 || exported.wait(10000));

    const QString cliFile = m_dir.filePath(QStringLiteral("cli.csv"));
    const test::CliRunner cli(m_dir.path());
    const test::CliResult r = cli.run(QStringList { QStringLiteral("export") } + cliArgs
        + QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--output"), cliFile });
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
    const QByteArray desktop = readAll(desktopFile);
    QVERIFY(desktop.count('\n') >= 2);
    QCOMPARE(desktop, readAll(cliFile));
}

// A drilled, searched and sorted view exports the bytes of the CLI given the same view: the drill path as
// --within, the search box as --search, the sorted column as --sort (its CSV header name).
void TestSla::viewExportEqualsCli_data()
{
    QTest::addColumn<QStringList>("drill"); // member keys, one per level (centre, manager, agent)
    QTest::addColumn<bool>("cases");        // the case list here (else the groups of the next level)
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("sortColumn");    // -1: as opened
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("cliArgs");
    const auto a = [](std::initializer_list<const char*> list) {
        QStringList args;
        for (const char* s : list)
            args << QString::fromUtf8(s);
        return args;
    };
    QTest::newRow("C-101 › Mona Meyer, 'call', longest first")
        << a({ "C-101", "900" }) << true << int(CaseState::All) << QStringLiteral("call") << int(CaseColumn::Elapsed)
        << int(Qt::DescendingOrder)
        << a({ "breaches", "--state", "all", "--within", "center=C-101,manager=900", "--search", "call", "--sort", "elapsed_s:desc" });
    QTest::newRow("C-103, by agent descending")
        << a({ "C-103" }) << true << int(CaseState::All) << QString() << int(CaseColumn::Employee) << int(Qt::DescendingOrder)
        << a({ "breaches", "--state", "all", "--within", "center=C-103", "--sort", "employee:desc" });
    QTest::newRow("C-101, breached, 'chat', most overdue first")
        << a({ "C-101" }) << true << int(CaseState::Breached) << QStringLiteral(" CHAT ") << int(CaseColumn::OverdueBy)
        << int(Qt::DescendingOrder)
        << a({ "breaches", "--within", "center=C-101", "--search", " CHAT ", "--sort", "overdue_by_s:desc" });
    QTest::newRow("all cases, 'us', by call centre name")
        << QStringList() << true << int(CaseState::All) << QStringLiteral("us") << int(CaseColumn::CallCenter)
        << int(Qt::AscendingOrder) << a({ "breaches", "--state", "all", "--search", "us", "--sort", "call_center" });
    QTest::newRow("Ann Archer's cases, newest case number first")
        << a({ "C-101", "900", "1001" }) << true << int(CaseState::All) << QString() << int(CaseColumn::CaseNo)
        << int(Qt::DescendingOrder)
        << a({ "breaches", "--state", "all", "--within", "center=C-101,manager=900,employee=1001", "--sort", "case_no:desc" });
    QTest::newRow("C-101, open, soonest due")
        << a({ "C-101" }) << true << int(CaseState::Open) << QString() << int(CaseColumn::Due) << int(Qt::AscendingOrder)
        << a({ "breaches", "--state", "open", "--within", "center=C-101", "--sort", "due" });
    QTest::newRow("closed, by sub-category descending")
        << QStringList() << true << int(CaseState::Closed) << QString() << int(CaseColumn::SubCategory)
        << int(Qt::DescendingOrder) << a({ "breaches", "--state", "closed", "--sort", "sub_category:desc" });
    QTest::newRow("Genpact, breached or at risk, by time to breach")
        << a({ "C-103" }) << true << int(CaseState::BreachedOrAtRisk) << QString() << int(CaseColumn::TimeToBreach)
        << int(Qt::AscendingOrder)
        << a({ "breaches", "--state", "breached-or-at-risk", "--within", "center=C-103", "--sort", "time_to_breach_s" });
    QTest::newRow("C-101's managers")
        << a({ "C-101" }) << false << int(CaseState::Breached) << QString() << -1 << int(Qt::AscendingOrder)
        << a({ "groups", "--group-by", "manager", "--within", "center=C-101" });
}

void TestSla::viewExportEqualsCli()
{
    QFETCH(QStringList, drill);
    QFETCH(bool, cases);
    QFETCH(int, state);
    QFETCH(QString, search);
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    QFETCH(QStringList, cliArgs);
    Engine engine;
    ViewState view;
    SlaPage page(&engine, &view);
    QSignalSpy shown(&page, &SlaPage::dataShown);
    engine.open(m_db);
    QVERIFY(shown.wait(10000));
    page.setState(static_cast<CaseState>(state));
    for (const QString& key : drill) {
        const int row = viewRowOfKey(page, key);
        QVERIFY2(row >= 0, qPrintable(key));
        page.drillInto(row);
        QVERIFY(shown.wait(10000));
    }
    if (cases && !page.showingCases()) {
        page.showCasesHere();
        QVERIFY(shown.wait(10000));
    }
    QCOMPARE(page.showingCases(), cases);
    if (!search.isEmpty()) {
        page.setSearch(search);
        QVERIFY(shown.wait(10000));
    }
    if (sortColumn >= 0) {
        page.caseView()->horizontalHeader()->setSortIndicator(sortColumn, static_cast<Qt::SortOrder>(order));
        QVERIFY(shown.wait(10000));
    }
    const QString desktopFile = m_dir.filePath(QStringLiteral("view-desktop.csv"));
    QSignalSpy exported(&page, &SlaPage::exported);
    page.currentView()->exportTo(desktopFile);
    QVERIFY(exported.count() > 0 || exported.wait(10000));
    const QByteArray desktop = readAll(desktopFile);
    QVERIFY(desktop.count('\n') >= 2);
    if (cases) {
        // The file holds the rows on screen, in their order.
        QStringList exportedCases;
        for (const QByteArray& line : desktop.split('\n').mid(1)) {
            if (!line.isEmpty())
                exportedCases << QString::fromUtf8(line.left(line.indexOf(',')));
        }
        QCOMPARE(exportedCases, caseNumbers(*page.caseModel()));
    }

    const QString cliFile = m_dir.filePath(QStringLiteral("view-cli.csv"));
    const test::CliResult r = test::CliRunner(m_dir.path())
                                  .run(QStringList { QStringLiteral("export") } + cliArgs
                                      + QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--output"), cliFile });
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(desktop, readAll(cliFile));
}

void TestSla::searchIsDebounced()
{
    Engine engine;
    ViewState view;
    SlaPage page(&engine, &view);
    QSignalSpy shown(&page, &SlaPage::dataShown);
    engine.open(m_db);
    QVERIFY(shown.wait(10000));
    page.showCases(CaseState::All);
    QVERIFY(shown.wait(10000));
    const int all = page.caseModel()->rowCount();
    shown.clear();
    page.setSearch(QStringLiteral("A"));
    page.setSearch(QStringLiteral("Ar"));
    page.setSearch(QStringLiteral("Archer"));
    QTest::qWait(100);
    QCOMPARE(shown.count(), 0); // still typing
    QVERIFY(shown.wait(5000));
    QCOMPARE(caseNumbers(*page.caseModel()), (QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("11"), QStringLiteral("13") }));
    page.setSearch(QString());
    QVERIFY(shown.wait(5000));
    QCOMPARE(page.caseModel()->rowCount(), all);
}

void TestSla::refreshKeepsSelectionAndScroll()
{
    Engine engine;
    ViewState view;
    SlaPage page(&engine, &view);
    QSignalSpy shown(&page, &SlaPage::dataShown);
    engine.open(m_db);
    QVERIFY(shown.wait(10000));
    page.showCases(CaseState::All);
    QVERIFY(shown.wait(10000));
    page.resize(700, 190); // a few rows on screen, so the list scrolls
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ReportTableView* table = page.caseView();
    QScrollBar* bar = table->verticalScrollBar();
    QVERIFY(bar->maximum() > 2);

    const int row = page.caseModel()->rowCount() - 3;
    const QString caseNo = page.caseModel()->caseNo(row);
    table->selectRow(row);
    bar->setValue(bar->maximum() - 1);
    const int scroll = bar->value();

    page.refresh();
    QVERIFY(shown.wait(10000));
    QCOMPARE(bar->value(), scroll);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(page.caseModel()->caseNo(table->selectionModel()->selectedRows().front().row()), caseNo);

    // A refresh that moves the rows (here a new sort order) keeps the same case selected.
    table->horizontalHeader()->setSortIndicator(int(CaseColumn::Elapsed), Qt::DescendingOrder);
    QVERIFY(shown.wait(10000));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(page.caseModel()->caseNo(table->selectionModel()->selectedRows().front().row()), caseNo);

    // The as-of moment moves back: cases leave the list, the selected one stays selected.
    view.setClock(ViewState::Clock::Chosen, *parseTimestamp("2025-03-10 12:00:00"));
    QVERIFY(shown.wait(10000));
    QVERIFY(!caseNumbers(*page.caseModel()).contains(QStringLiteral("13")));
    if (caseNo != QLatin1String("13")) {
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(page.caseModel()->caseNo(table->selectionModel()->selectedRows().front().row()), caseNo);
    }
}

// A manual check on a big store (e.g. carepulse-cli simulate history --cases 1000000, imported): set
// CAREPULSE_BIG_DB to its path. Timings belong in bench/; this prints them and checks the event loop.
void TestSla::millionRowsStayResponsive()
{
    const QString db = qEnvironmentVariable("CAREPULSE_BIG_DB");
    if (db.isEmpty())
        QSKIP("CAREPULSE_BIG_DB is not set");
    Engine engine;
    ViewState view;
    SlaPage page(&engine, &view);
    page.resize(1200, 700);
    page.show();
    QSignalSpy shown(&page, &SlaPage::dataShown);
    engine.open(db);
    QVERIFY(shown.wait(120000));
    StallProbe probe;
    probe.start();
    QElapsedTimer timer;
    const auto step = [&](const char* what, const std::function<void()>& action) {
        timer.start();
        action();
        QVERIFY(shown.wait(60000));
        QTest::qWait(30); // paint
        qInfo("%s: %lld ms, %d rows", what, static_cast<long long>(timer.elapsed()), page.caseModel()->rowCount());
    };
    step("all cases", [&] { page.showCases(CaseState::All); });
    QVERIFY(page.caseModel()->rowCount() >= 500000);
    page.caseView()->selectRow(250000);
    step("refresh", [&] { page.refresh(); });
    step("sort by agent", [&] { page.caseView()->horizontalHeader()->setSortIndicator(int(CaseColumn::Employee), Qt::AscendingOrder); });
    step("sort by elapsed", [&] { page.caseView()->horizontalHeader()->setSortIndicator(int(CaseColumn::Elapsed), Qt::DescendingOrder); });
    step("search", [&] { page.setSearch(QStringLiteral("Bangalore")); });
    step("breached", [&] { page.setSearch({}); page.setState(CaseState::Breached); });
    qInfo("stalls over 50 ms: %lld (longest %lld ms)", static_cast<long long>(probe.stalls()), static_cast<long long>(probe.longestMs()));
    QCOMPARE(probe.stalls(), 0);
}

QTEST_MAIN(TestSla)
#include "tst_sla.moc"
