// The dashboard: its tiles show the engine's numbers for the drill-down fixture, its priority model
// passes QAbstractItemModelTester through refreshes, and a click on a tile opens the SLA page with the
// cases behind it.

#include "MainWindow.h"
#include "UiFixture.h"
#include "book/Books.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/KpiTile.h"
#include "dashboard/PriorityTableModel.h"
#include "engine/Engine.h"
#include "filters/ViewState.h"
#include "kpi/KpiEngine.h"
#include "report/Drilldown.h"
#include "sla/CaseTableModel.h"
#include "sla/SlaPage.h"
#include "store/Store.h"
#include "widgets/ReportTableView.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace carepulse;
using namespace carepulse::ui;

class TestDashboard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tilesShowTheEngineNumbers();
    void priorityModelUnderTester();
    void tileClickOpensSlaPage_data();
    void tileClickOpensSlaPage();
    void tileTooltipsQuoteDefinitions();
    void priorityExportEqualsCli();
    void reloadKeepsTheDashboardGoing();

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Books> m_books;
};

void TestDashboard::initTestCase()
{
    test::useTestSettings("tst_ui_dashboard");
    QVERIFY(m_dir.isValid());
    const QString problem = test::makeDrilldownStore(m_dir.path(), m_db);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const std::unique_ptr<Store> store = openStore(m_db);
    m_books = loadBooks(*store);
}

void TestDashboard::tilesShowTheEngineNumbers()
{
    const KpiSnapshot expected
        = computeKpis(m_books->cases, m_books->surveys, KpiSettings {}, dataClock(m_books->cases, m_books->surveys));
    QVERIFY(expected.total > 10);
    QVERIFY(expected.surveys.total == 2);

    Engine engine;
    ViewState view;
    DashboardPage page(&engine, &view);
    QSignalSpy shown(&page, &DashboardPage::snapshotShown);
    engine.open(m_db);
    QVERIFY(shown.wait(10000));

    const auto raw = [&page](TileId id) { return page.tile(id)->rawValue(); };
    QCOMPARE(raw(TileId::Total).toLongLong(), expected.total);
    QCOMPARE(raw(TileId::Open).toLongLong(), expected.open);
    QCOMPARE(raw(TileId::Closed).toLongLong(), expected.closed);
    QCOMPARE(raw(TileId::Breached).toLongLong(), expected.sla.breached());
    QCOMPARE(raw(TileId::AtRisk).toLongLong(), expected.sla.atRisk);
    QCOMPARE(raw(TileId::Met).toLongLong(), expected.sla.met);
    QCOMPARE(raw(TileId::Surveys).toLongLong(), expected.surveys.total);
    QCOMPARE(raw(TileId::Csat).toDouble(), *expected.surveys.csatPct());
    QCOMPARE(raw(TileId::Compliance).toDouble(), *expected.sla.compliancePct());
    const QVariantList sentiment = raw(TileId::Sentiment).toList();
    QCOMPARE(sentiment.value(0).toLongLong(), expected.surveys.positive);
    QCOMPARE(sentiment.value(1).toLongLong(), expected.surveys.negative);
    const QVariantList today = raw(TileId::Today).toList();
    QCOMPARE(today.value(0).toLongLong(), expected.calendar[KpiSnapshot::Today].opened);
    QCOMPARE(today.value(1).toLongLong(), expected.calendar[KpiSnapshot::Today].closed);
    const QVariantList hour = raw(TileId::LastHour).toList();
    QCOMPARE(hour.value(0).toLongLong(), expected.rolling[KpiSnapshot::Hour].opened);
    QCOMPARE(hour.value(1).toLongLong(), expected.rolling[KpiSnapshot::Hour].closed);
    QCOMPARE(page.tile(TileId::Total)->valueText(), QLocale().toString(static_cast<qlonglong>(expected.total)));

    // The priority table: the snapshot's by_priority rows.
    const PriorityTableModel* model = page.priorityModel();
    QCOMPARE(model->rowCount(), static_cast<int>(expected.byPriority.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const PriorityFigures& p = expected.byPriority[static_cast<std::size_t>(row)];
        QCOMPARE(model->index(row, PriorityTableModel::PriorityColumn).data(RawValueRole).toString(), QString::fromStdString(p.key));
        QCOMPARE(model->index(row, PriorityTableModel::TotalColumn).data(RawValueRole).toLongLong(), p.total);
        QCOMPARE(model->index(row, PriorityTableModel::OpenColumn).data(RawValueRole).toLongLong(), p.open);
    }

    // A refresh with the same data neither resets nor changes a row.
    QSignalSpy reset(page.priorityModel(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(page.priorityModel(), &QAbstractItemModel::dataChanged);
    page.refresh();
    QVERIFY(shown.wait(10000));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestDashboard::priorityModelUnderTester()
{
    PriorityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto figures = [](std::initializer_list<std::pair<const char*, std::int64_t>> rows) {
        std::vector<PriorityFigures> out;
        for (const auto& [key, total] : rows)
            out.push_back({ key, std::string("High"), std::string("Critical"), 4, total, total / 2, total - total / 2 });
        return out;
    };
    model.setFigures(figures({ { "P1", 10 }, { "P2", 4 }, { "P10", 7 } }));
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setFigures(figures({ { "P1", 11 }, { "P2", 4 }, { "P10", 7 } }));
    QCOMPARE(changed.count(), 1);
    model.setFigures(figures({ { "P2", 4 }, { "P3", 1 }, { "P10", 7 }, { "unknown", 2 } }));
    QCOMPARE(model.rowCount(), 4);
    model.setFigures(figures({ { "unknown", 2 }, { "P2", 4 } })); // reordered: a layout change
    QCOMPARE(model.index(0, 0).data(RawValueRole).toString(), QStringLiteral("unknown"));
    model.setFigures({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDashboard::tileClickOpensSlaPage_data()
{
    QTest::addColumn<int>("tile");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("grouperState");
    QTest::newRow("breached") << int(TileId::Breached) << int(CaseState::Breached) << int(CaseGrouper::StateFilter::Breached);
    QTest::newRow("at risk") << int(TileId::AtRisk) << int(CaseState::AtRisk) << int(CaseGrouper::StateFilter::AtRisk);
    QTest::newRow("total") << int(TileId::Total) << int(CaseState::All) << int(CaseGrouper::StateFilter::All);
}

void TestDashboard::tileClickOpensSlaPage()
{
    QFETCH(int, tile);
    QFETCH(int, state);
    QFETCH(int, grouperState);
    MainWindow window(m_db);
    window.showPage(QStringLiteral("dashboard"));
    QSignalSpy ready(&window, &MainWindow::pageReady);
    window.show();
    QVERIFY(ready.wait(10000));

    SlaPage* sla = window.slaPage();
    QSignalSpy slaShown(sla, &SlaPage::dataShown);
    KpiTile* clicked = window.dashboardPage()->tile(static_cast<TileId>(tile));
    QTest::mouseClick(clicked, Qt::LeftButton, {}, clicked->rect().center());
    QCOMPARE(window.currentPageName(), QStringLiteral("sla"));
    QVERIFY(sla->showingCases());
    QCOMPARE(int(sla->state()), state);
    QVERIFY(sla->path().empty());
    QVERIFY(slaShown.wait(10000));

    const CaseGrouper grouper(m_books->cases, KpiSettings {});
    const auto expected = grouper.cases(dataClock(m_books->cases, m_books->surveys),
        static_cast<CaseGrouper::StateFilter>(grouperState), CaseFilter {});
    const CaseTableModel* cases = sla->caseModel();
    QCOMPARE(cases->rowCount(), static_cast<int>(expected.size()));
    for (int row = 0; row < cases->rowCount(); ++row)
        QCOMPARE(cases->caseNo(row), QString::fromStdString(grouper.caseNo(expected[static_cast<std::size_t>(row)].caseIndex)));
    QVERIFY(sla->breadcrumb().last() == SlaPage::tr("Cases"));
}

void TestDashboard::tileTooltipsQuoteDefinitions()
{
    Engine engine;
    ViewState view;
    DashboardPage page(&engine, &view);
    QVERIFY(page.tile(TileId::Compliance)->toolTip().contains(QStringLiteral("compliance_pct")));
    QVERIFY(page.tile(TileId::Total)->toolTip().contains(QStringLiteral("cases.total")));
    QVERIFY(page.tile(TileId::AtRisk)->toolTip().contains(QStringLiteral("0.75")));
}

void TestDashboard::priorityExportEqualsCli()
{
    Engine engine;
    ViewState view;
    DashboardPage page(&engine, &view);
    QSignalSpy shown(&page, &DashboardPage::snapshotShown);
    engine.open(m_db);
    QVERIFY(shown.wait(10000));
    const QString desktopFile = m_dir.filePath(QStringLiteral("priority-desktop.csv"));
    page.priorityView()->exportTo(desktopFile);
    const QString cliFile = m_dir.filePath(QStringLiteral("priority-cli.csv"));
    const test::CliResult r = test::CliRunner(m_dir.path()).run({ QStringLiteral("export"), QStringLiteral("by-priority"),
        QStringLiteral("--db"), m_db, QStringLiteral("--output"), cliFile });
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
    QFile desktop(desktopFile);
    QFile cli(cliFile);
    QVERIFY(desktop.open(QIODevice::ReadOnly) && cli.open(QIODevice::ReadOnly));
    const QByteArray expected = cli.readAll();
    QVERIFY(expected.contains("unknown"));
    QCOMPARE(desktop.readAll(), expected);
}

void TestDashboard::reloadKeepsTheDashboardGoing()
{
    Engine engine;
    ViewState view;
    DashboardPage page(&engine, &view);
    QSignalSpy ready(&engine, &Engine::ready);
    QSignalSpy shown(&page, &DashboardPage::snapshotShown);
    engine.open(m_db);
    QVERIFY(ready.wait(10000));
    QVERIFY(shown.wait(10000));
    const qlonglong total = page.tile(TileId::Total)->rawValue().toLongLong();
    for (int i = 0; i < 3; ++i) { // the old books are freed on a thread of their own each time
        engine.reload();
        QVERIFY(ready.wait(10000));
        shown.clear();
        QVERIFY(shown.wait(10000));
        QCOMPARE(page.tile(TileId::Total)->rawValue().toLongLong(), total);
    }
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
