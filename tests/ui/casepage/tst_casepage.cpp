// The case page: one case's timeline (creation, state changes, SLA due moment, survey answers with their
// classes), its model under QAbstractItemModelTester, and a double-click on the SLA page opening it.

#include "MainWindow.h"
#include "UiFixture.h"
#include "casepage/CasePage.h"
#include "casepage/CaseTimeline.h"
#include "casepage/TimelineModel.h"
#include "models/ModelRoles.h"
#include "sla/CaseTableModel.h"
#include "sla/SlaPage.h"
#include "widgets/ReportTableView.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace carepulse;
using namespace carepulse::ui;

namespace {

QStringList column(const TimelineModel& model, int column)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, column).data().toString();
    return list;
}

} // namespace

class TestCasePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void timelineModelUnderTester();
    void showsTheCaseEvents();
    void unknownCaseSaysSo();
    void doubleClickOnSlaRowOpensTheCase();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCasePage::initTestCase()
{
    test::useTestSettings("tst_ui_casepage");
    QVERIFY(m_dir.isValid());
    const QString problem = test::makeDrilldownStore(m_dir.path(), m_db);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCasePage::timelineModelUnderTester()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    using K = TimelineEvent::Kind;
    model.setEvents({ { 100, K::Created, {}, false }, { 100, K::Opened, {}, false }, { 200, K::Closed, {}, false } });
    QCOMPARE(model.rowCount(), 3);
    model.setEvents({ { 100, K::Created, {}, false }, { 100, K::Opened, {}, false }, { 150, K::SlaDue, QStringLiteral("1 h"), false },
        { 200, K::Closed, {}, true } });
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(2, TimelineModel::TimeColumn).data(RawValueRole).toLongLong(), 150);
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCasePage::showsTheCaseEvents()
{
    MainWindow window(m_db);
    QSignalSpy ready(&window, &MainWindow::pageReady);
    window.show();
    QVERIFY(ready.wait(10000));
    CasePage* page = window.casePage();
    QSignalSpy shown(page, &CasePage::dataShown);
    page->showCase(QStringLiteral("2"));
    QVERIFY(shown.wait(10000));

    // Case 2: P1, created 08:00, closed 09:10 (breached), due 09:00, survey S-2 at 10:00 (Q1 = 3: negative).
    const TimelineModel* model = page->model();
    QCOMPARE(column(*model, TimelineModel::TimeColumn),
        (QStringList { QStringLiteral("2025-03-10 08:00:00"), QStringLiteral("2025-03-10 08:00:00"),
            QStringLiteral("2025-03-10 09:00:00"), QStringLiteral("2025-03-10 09:10:00"), QStringLiteral("2025-03-10 10:00:00") }));
    const QStringList events = column(*model, TimelineModel::EventColumn);
    QCOMPARE(events.at(0), timelineKindName(TimelineEvent::Kind::Created));
    QCOMPARE(events.at(2), timelineKindName(TimelineEvent::Kind::SlaDue));
    QCOMPARE(events.at(3), timelineKindName(TimelineEvent::Kind::Closed));
    QCOMPARE(events.at(4), timelineKindName(TimelineEvent::Kind::Survey));
    const QString survey = model->index(4, TimelineModel::DetailColumn).data().toString();
    QVERIFY2(survey.startsWith(QStringLiteral("S-2:")), qPrintable(survey));
    QVERIFY2(survey.contains(QStringLiteral("Q1 3 (negative)")), qPrintable(survey));
    QVERIFY2(survey.contains(QStringLiteral("Q4 N (negative)")), qPrintable(survey));
    QVERIFY2(page->title().contains(QStringLiteral("2")), qPrintable(page->title()));
}

void TestCasePage::unknownCaseSaysSo()
{
    MainWindow window(m_db);
    QSignalSpy ready(&window, &MainWindow::pageReady);
    window.show();
    QVERIFY(ready.wait(10000));
    QSignalSpy shown(window.casePage(), &CasePage::dataShown);
    window.casePage()->showCase(QStringLiteral("no-such-case"));
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.casePage()->model()->rowCount(), 0);
    QVERIFY(window.casePage()->title().contains(QStringLiteral("no-such-case")));
}

void TestCasePage::doubleClickOnSlaRowOpensTheCase()
{
    MainWindow window(m_db);
    QSignalSpy ready(&window, &MainWindow::pageReady);
    window.show();
    QVERIFY(ready.wait(10000));
    SlaPage* sla = window.slaPage();
    QSignalSpy slaShown(sla, &SlaPage::dataShown);
    window.showPage(QStringLiteral("sla"));
    sla->showCases(CaseState::Breached);
    QVERIFY(slaShown.wait(10000));
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    int row = -1;
    for (int r = 0; r < sla->caseModel()->rowCount(); ++r) {
        if (sla->caseModel()->caseNo(r) == QLatin1String("9"))
            row = r;
    }
    QVERIFY(row >= 0);
    ReportTableView* view = sla->caseView();
    view->scrollTo(sla->caseModel()->index(row, 0));
    QTest::qWait(50); // the view lays the new rows out
    const QRect cell = view->visualRect(sla->caseModel()->index(row, 0));
    QSignalSpy caseShown(window.casePage(), &CasePage::dataShown);
    // A real double-click: press and release, then the double-click (QTest's alone has no press first).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(window.currentPageName(), QStringLiteral("case"));
    QCOMPARE(window.casePage()->caseNo(), QStringLiteral("9"));
    QVERIFY(caseShown.wait(10000));
    QVERIFY(window.casePage()->model()->rowCount() >= 3);
}

QTEST_MAIN(TestCasePage)
#include "tst_casepage.moc"
