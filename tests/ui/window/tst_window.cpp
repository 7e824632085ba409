// The main window: switching to Hindi (and German) changes its strings at run time, the keyboard
// shortcuts for pages and search, the settings dialog writes the typed settings, and the window state
// is restored.

#include "MainWindow.h"
#include "UiFixture.h"
#include "dashboard/DashboardPage.h"
#include "filters/FilterBar.h"
#include "filters/ViewState.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "sla/SlaPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace carepulse;
using namespace carepulse::ui;

class TestWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void switchingLanguageChangesStrings_data();
    void switchingLanguageChangesStrings();
    void shortcutsSwitchPages();
    void settingsDialogWritesTypedSettings();
    void filterBarSetsTheGlobalFilter();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestWindow::initTestCase()
{
    test::useTestSettings("tst_ui_window");
    QVERIFY(m_dir.isValid());
    const QString problem = test::makeDrilldownStore(m_dir.path(), m_db);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestWindow::switchingLanguageChangesStrings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dashboardTitle");
    QTest::newRow("Hindi") << QStringLiteral("hi") << QStringLiteral("डैशबोर्ड");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Übersicht");
}

void TestWindow::switchingLanguageChangesStrings()
{
    QFETCH(QString, language);
    QFETCH(QString, dashboardTitle);
    MainWindow window(m_db);
    QSignalSpy ready(&window, &MainWindow::pageReady);
    window.show();
    QVERIFY(ready.wait(10000));
    QCOMPARE(window.pages()->tabText(0), QStringLiteral("Dashboard"));
    const QString slaTab = window.pages()->tabText(1);
    const QString fileMenu = window.menuBar()->actions().front()->text();

    window.setLanguage(language);
    QTRY_COMPARE(window.pages()->tabText(0), dashboardTitle); // LanguageChange is posted to the windows
    QVERIFY(window.menuBar()->actions().front()->text() != fileMenu);
    const QString searchHint = window.slaPage()->findChild<QLineEdit*>(QStringLiteral("search"))->placeholderText();
    QVERIFY2(!searchHint.startsWith(QStringLiteral("Search cases")), qPrintable(searchHint));
    QVERIFY(window.filterBar()->button(FilterField::CallCenter)->text() != QStringLiteral("Centre: all"));

    window.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window.pages()->tabText(0), QStringLiteral("Dashboard"));
    QCOMPARE(window.pages()->tabText(1), slaTab);
    QCOMPARE(window.menuBar()->actions().front()->text(), fileMenu);
}

void TestWindow::shortcutsSwitchPages()
{
    MainWindow window(m_db);
    QSignalSpy ready(&window, &MainWindow::pageReady);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(ready.wait(10000));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPageName(), QStringLiteral("sla"));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.slaPage()->findChild<QLineEdit*>(QStringLiteral("search"))->hasFocus());
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPageName(), QStringLiteral("trends"));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPageName(), QStringLiteral("dashboard"));
    QSignalSpy shown(window.dashboardPage(), &DashboardPage::snapshotShown);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(shown.wait(10000));
}

void TestWindow::settingsDialogWritesTypedSettings()
{
    SettingsDialog dialog(m_db);
    dialog.refreshInterval()->setValue(2500);
    dialog.language()->setCurrentIndex(dialog.language()->findData(QStringLiteral("de")));
    dialog.accept();
    QCOMPARE(AppSettings::refreshIntervalMs.value(), 2500);
    QCOMPARE(AppSettings::language.value(), QStringLiteral("de"));
    QCOMPARE(AppSettings::storeLocation.value(), m_db);
    QVERIFY(!dialog.statusMappingChanged());
    AppSettings::refreshIntervalMs.reset();
    AppSettings::language.reset();
    AppSettings::storeLocation.reset();
}

void TestWindow::filterBarSetsTheGlobalFilter()
{
    MainWindow window(m_db);
    QSignalSpy ready(&window, &MainWindow::pageReady);
    window.show();
    QVERIFY(ready.wait(10000));
    QTRY_VERIFY(!window.filterBar()->button(FilterField::CallCenter)->menu()->actions().isEmpty());
    QSignalSpy changed(window.viewState(), &ViewState::changed);
    window.filterBar()->select(FilterField::CallCenter, { QStringLiteral("C-101") });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(window.viewState()->filter().callCenters, (std::set<std::string> { "C-101" }));
    window.filterBar()->clear();
    QVERIFY(window.viewState()->filter().empty());
}

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
