// The case page: one case's timeline (creation, every recorded event with its status text, class and what
// changed, the SLA due and breach moments, survey answers with their classes), the book-only timeline and
// its banner when the store cannot be read, its model under QAbstractItemModelTester, and a double-click on
// the SLA page opening it.

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
#include <QDir>
#include <QFile>
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

// Case 60, added to the drill-down store: Open, then "Pending customer" with another agent, then "In
// progress" in another sub-category (priority P6 -> P1), then Closed. Its SLA follows its latest priority
// (P1: 1 h), so it was due at 08:00 and breached.
// The rows arrive out of order: the timeline follows their times.
const QByteArray kCase60
    = "case_no\tcreate_timestamp\tlast_modified_timestamp\tcreated_employee_key\tcall_center_id\t"
      "status\tcategory\tsub_category\tcommunication_mode\tcountry_cd\tproduct_code\n"
      "60\t2025-03-10 07:00:00\t2025-03-10 12:00:00\t1002\tC-101\tClosed\tCAT1\tSCAT1\tCall\tUS\tP100\n"
      "60\t2025-03-10 07:00:00\t2025-03-10 07:00:00\t1001\tC-101\tOpen\tCAT1\tSCAT2\tCall\tUS\tP100\n"
      "60\t2025-03-10 07:00:00\t2025-03-10 09:00:00\t1002\tC-101\tIn progress\tCAT1\tSCAT1\tCall\tUS\tP100\n"
      "60\t2025-03-10 07:00:00\t2025-03-10 08:15:00\t1002\tC-101\tPending customer\tCAT1\tSCAT2\tCall\tUS\tP100\n";

QString importCase60(const QString& dir, const QString& db)
{
    QFile file(dir + QStringLiteral("/case60/futurecart_case_details.txt"));
    if (!QDir(dir).mkpath(QStringLiteral("case60")) || !file.open(QIODevice::WriteOnly)
        || file.write(kCase60) != kCase60.size())
        return QStringLiteral("cannot write the case 60 file");
    file.close();
    const test::CliResult r
        = test::CliRunner(dir).run({ QStringLiteral("import"), QStringLiteral("--db"), db, file.fileName() });
    if (!r.finished || r.exitCode != 0)
        return QStringLiteral("import exit %1: %2 %3").arg(r.exitCode).arg(r.out, r.err);
    return {};
}

// Opens the window on db and shows caseNo on its case page; the page once it has shown the case.
CasePage* showCaseIn(MainWindow& window, const QString& caseNo)
{
    QSignalSpy ready(&window, &MainWindow::pageReady);
    window.show();
    if (!ready.wait(10000))
        return nullptr;
    CasePage* page = window.casePage();
    QSignalSpy shown(page, &CasePage::dataShown);
    page->showCase(caseNo);
    return shown.wait(10000) ? page : nullptr;
}

} // namespace

class TestCasePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void timelineModelUnderTester();
    void showsTheCaseEvents();
    void showsEveryRecordedEventAndWhatChanged();
    void unreadableStoreKeepsTheBookTimeline();
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
    const QString added = importCase60(m_dir.path(), m_db);
    QVERIFY2(added.isEmpty(), qPrintable(added));
}

void TestCasePage::timelineModelUnderTester()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    using K = TimelineEvent::Kind;
    const QString open = QStringLiteral("Open");
    const QString pending = QStringLiteral("Pending");
    model.setEvents({ { 100, K::Created, {}, false, {}, 0 }, { 100, K::Opened, {}, false, {}, 0 },
        { 200, K::Closed, {}, false, {}, 0 } });
    QCOMPARE(model.rowCount(), 3);
    model.setEvents({ { 100, K::Created, {}, false, {}, 0 }, { 100, K::Opened, {}, false, {}, 0 },
        { 150, K::SlaDue, QStringLiteral("1 h"), false, {}, 0 }, { 200, K::Closed, {}, true, {}, 0 } });
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(2, TimelineModel::TimeColumn).data(RawValueRole).toLongLong(), 150);
    // Recorded events: two at one moment with the same details stay two rows.
    model.setEvents({ { 100, K::Created, {}, false, {}, 0 }, { 100, K::Opened, QStringLiteral("a"), false, open, 0 },
        { 120, K::Opened, QStringLiteral("x"), false, pending, 1 },
        { 120, K::Opened, QStringLiteral("x"), false, pending, 2 } });
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(1, TimelineModel::EventColumn).data().toString(), open);
    QCOMPARE(model.index(1, TimelineModel::ClassColumn).data().toString(), TimelineModel::tr("open"));
    QCOMPARE(model.index(0, TimelineModel::ClassColumn).data().toString(), QString());
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCasePage::showsTheCaseEvents()
{
    MainWindow window(m_db);
    CasePage* page = showCaseIn(window, QStringLiteral("2"));
    QVERIFY(page);

    // Case 2: P1, created 08:00, due and breached 09:00, closed 09:10, survey S-2 at 10:00 (Q1 = 3: negative).
    const TimelineModel* model = page->model();
    QCOMPARE(column(*model, TimelineModel::TimeColumn),
        (QStringList { QStringLiteral("2025-03-10 08:00:00"), QStringLiteral("2025-03-10 08:00:00"),
            QStringLiteral("2025-03-10 09:00:00"), QStringLiteral("2025-03-10 09:00:00"),
            QStringLiteral("2025-03-10 09:10:00"), QStringLiteral("2025-03-10 10:00:00") }));
    const QStringList events = column(*model, TimelineModel::EventColumn);
    QCOMPARE(events,
        (QStringList { timelineKindName(TimelineEvent::Kind::Created), QStringLiteral("Open"),
            timelineKindName(TimelineEvent::Kind::SlaDue), timelineKindName(TimelineEvent::Kind::Breached),
            QStringLiteral("Closed"), timelineKindName(TimelineEvent::Kind::Survey) }));
    QCOMPARE(model->index(4, TimelineModel::ClassColumn).data().toString(), TimelineModel::tr("closed"));
    const QString breach = model->index(3, TimelineModel::DetailColumn).data().toString();
    QVERIFY2(breach.contains(QStringLiteral("00:10:00")), qPrintable(breach));
    const QString survey = model->index(5, TimelineModel::DetailColumn).data().toString();
    QVERIFY2(survey.startsWith(QStringLiteral("S-2:")), qPrintable(survey));
    QVERIFY2(survey.contains(QStringLiteral("Q1 3 (negative)")), qPrintable(survey));
    QVERIFY2(survey.contains(QStringLiteral("Q4 N (negative)")), qPrintable(survey));
    QVERIFY2(page->title().contains(QStringLiteral("2")), qPrintable(page->title()));
    QCOMPARE(page->note(), QString());
}

void TestCasePage::showsEveryRecordedEventAndWhatChanged()
{
    MainWindow window(m_db);
    CasePage* page = showCaseIn(window, QStringLiteral("60"));
    QVERIFY(page);
    const TimelineModel* model = page->model();
    QCOMPARE(column(*model, TimelineModel::TimeColumn),
        (QStringList { QStringLiteral("2025-03-10 07:00:00"), QStringLiteral("2025-03-10 07:00:00"),
            QStringLiteral("2025-03-10 08:00:00"), QStringLiteral("2025-03-10 08:00:00"),
            QStringLiteral("2025-03-10 08:15:00"), QStringLiteral("2025-03-10 09:00:00"),
            QStringLiteral("2025-03-10 12:00:00") }));
    QCOMPARE(column(*model, TimelineModel::EventColumn),
        (QStringList { timelineKindName(TimelineEvent::Kind::Created), QStringLiteral("Open"),
            timelineKindName(TimelineEvent::Kind::SlaDue), timelineKindName(TimelineEvent::Kind::Breached),
            QStringLiteral("Pending customer"), QStringLiteral("In progress"), QStringLiteral("Closed") }));
    const QString open = TimelineModel::tr("open");
    const QString closed = TimelineModel::tr("closed");
    QCOMPARE(column(*model, TimelineModel::ClassColumn),
        (QStringList { QString(), open, QString(), QString(), open, open, closed }));
    const QStringList details = column(*model, TimelineModel::DetailColumn);
    QVERIFY2(details.at(1).contains(QStringLiteral("agent 1001 (Ann Archer)")), qPrintable(details.at(1)));
    QVERIFY2(details.at(1).contains(QStringLiteral("priority P6")), qPrintable(details.at(1)));
    QCOMPARE(details.at(2), QStringLiteral("1 h after creation"));
    QCOMPARE(details.at(4),
        QStringLiteral("status Open → Pending customer, agent 1001 (Ann Archer) → 1002 (Bob O\"Neil)"));
    QCOMPARE(details.at(5),
        QStringLiteral("status Pending customer → In progress, priority P6 → P1, "
                       "category CAT1 › SCAT2 → CAT1 › SCAT1"));
    QCOMPARE(details.at(6), QStringLiteral("status In progress → Closed"));
    QCOMPARE(page->note(), QString());
}

void TestCasePage::unreadableStoreKeepsTheBookTimeline()
{
    // The window loads its books from a copy of the store, which is then replaced by a folder: the case
    // page can no longer read the store, but still shows each state change by its class, and says why.
    const QString copy = m_dir.filePath(QStringLiteral("gone.db"));
    QVERIFY(QFile::copy(m_db, copy));
    MainWindow window(copy);
    QSignalSpy ready(&window, &MainWindow::pageReady);
    window.show();
    QVERIFY(ready.wait(10000));
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(copy + suffix);
    QVERIFY(QDir().mkpath(copy));
    CasePage* page = window.casePage();
    QSignalSpy shown(page, &CasePage::dataShown);
    page->showCase(QStringLiteral("60"));
    QVERIFY(shown.wait(10000));
    const QString state = timelineKindName(TimelineEvent::Kind::Opened);
    QCOMPARE(column(*page->model(), TimelineModel::EventColumn),
        (QStringList { timelineKindName(TimelineEvent::Kind::Created), state,
            timelineKindName(TimelineEvent::Kind::SlaDue), timelineKindName(TimelineEvent::Kind::Breached), state,
            state, timelineKindName(TimelineEvent::Kind::Closed) }));
    QVERIFY2(page->note().contains(copy), qPrintable(page->note()));
    QVERIFY(page->title().contains(QStringLiteral("60")));
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
