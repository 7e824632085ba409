#include "MainWindow.h"

#include "casepage/CasePage.h"
#include "issues/IssuesPanel.h"
#include "dashboard/DashboardPage.h"
#include "data/DataPage.h"
#include "engine/Engine.h"
#include "filters/FilterBar.h"
#include "filters/FilterChoices.h"
#include "filters/ViewState.h"
#include "i18n/AppTranslations.h"
#include "live/LivePage.h"
#include "live/LiveService.h"
#include "pages/StorePage.h"
#include "settings/AppSettings.h"
#include "settings/Setting.h"
#include "settings/SettingsDialog.h"
#include "sla/SlaPage.h"
#include "trends/TrendsPage.h"
#include "widgets/ReportTableView.h"
#include "widgets/StallProbe.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace carepulse::ui {

namespace {

const Setting<QByteArray> savedGeometry { "mainWindow/geometry" };
const Setting<QByteArray> savedState { "mainWindow/state" };
const Setting<QString> lastStoreDirectory { "store/lastDirectory" };
const Setting<QString> lastExportDirectory { "export/lastDirectory" };

// In tab order; "store" is the data page's old name, still accepted.
const QStringList kPageNames { QStringLiteral("dashboard"), QStringLiteral("sla"), QStringLiteral("case"),
    QStringLiteral("trends"), QStringLiteral("data"), QStringLiteral("live") };

} // namespace

MainWindow::MainWindow(const QString& storeLocation, QWidget* parent)
    : QMainWindow(parent)
    , m_engine(new Engine(this))
    , m_viewState(new ViewState(this))
    , m_filterBar(new FilterBar(m_viewState, this))
    , m_pages(new QTabWidget(this))
    , m_dashboardPage(new DashboardPage(m_engine, m_viewState, this))
    , m_slaPage(new SlaPage(m_engine, m_viewState, this))
    , m_casePage(new CasePage(m_engine, m_viewState, this))
    , m_trendsPage(new TrendsPage(m_engine, m_viewState, this))
    , m_dataPage(new DataPage(m_engine, this))
    , m_liveService(new LiveService(*m_engine, this))
    , m_livePage(new LivePage(*m_liveService, this))
    , m_storeStatus(new QLabel(this))
    , m_casesStatus(new QLabel(this))
    , m_asOfStatus(new QLabel(this))
    , m_liveStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createPages();
    // The issues panel: hidden until wanted; the status bar shows how many there are.
    m_issuesPanel = new IssuesPanel(*m_engine, *m_liveService, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesPanel);
    m_issuesPanel->hide();
    m_issuesStatus = new QToolButton(this);
    m_issuesStatus->setAutoRaise(true);
    m_issuesStatus->hide();
    connect(m_issuesStatus, &QToolButton::clicked, this, [this] {
        m_issuesPanel->show();
        m_issuesPanel->raise();
    });
    connect(m_issuesPanel, &IssuesPanel::countChanged, this, &MainWindow::showIssueCount);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_storeStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_storeStatus, 1);
    statusBar()->addPermanentWidget(m_issuesStatus);
    statusBar()->addPermanentWidget(m_liveStatus);
    m_liveStatus->hide(); // until a live source runs
    statusBar()->addPermanentWidget(m_casesStatus);
    statusBar()->addPermanentWidget(m_asOfStatus);
    createMenus();
    createShortcuts();

    connect(storePage(), &StorePage::loadStarted, this, &MainWindow::showLoading);
    connect(storePage(), &StorePage::contentsLoaded, this, &MainWindow::showStoreSummary);
    connect(storePage(), &StorePage::loadFailed, this, &MainWindow::showStoreFailure);
    connect(m_dataPage, &DataPage::imported, m_engine, &Engine::reload);
    setAcceptDrops(true);
    connect(m_engine, &Engine::ready, this, &MainWindow::engineReady);
    connect(m_engine, &Engine::failed, this, &MainWindow::engineFailed);
    connect(m_dashboardPage, &DashboardPage::snapshotShown, this, &MainWindow::showSnapshotStatus);
    // The dashboard is ready when its figures and its sparklines are on screen.
    connect(m_dashboardPage, &DashboardPage::snapshotShown, this, [this] {
        if (m_dashboardPage->hasTrends())
            pageShown(m_dashboardPage);
    });
    connect(m_dashboardPage, &DashboardPage::trendsShown, this, [this] {
        if (m_dashboardPage->snapshot())
            pageShown(m_dashboardPage);
    });
    connect(m_slaPage, &SlaPage::dataShown, this, [this] { pageShown(m_slaPage); });
    connect(m_casePage, &CasePage::dataShown, this, [this] { pageShown(m_casePage); });
    connect(m_trendsPage, &TrendsPage::dataShown, this, [this] { pageShown(m_trendsPage); });
    connect(m_dashboardPage, &DashboardPage::openCases, this, [this](CaseState state) {
        m_slaPage->showCases(state);
        showPage(QStringLiteral("sla"));
    });
    connect(m_slaPage, &SlaPage::openCase, this, [this](quint32, const QString& caseNo) {
        m_casePage->showCase(caseNo);
        showPage(QStringLiteral("case"));
    });
    connect(m_slaPage, &SlaPage::exported, this,
        [this](const QString& file) { statusBar()->showMessage(tr("Exported %1").arg(file), 5000); });
    connect(m_slaPage, &SlaPage::exportFailed, this, [this](const QString& file, const QString& message) {
        statusBar()->showMessage(tr("Cannot write %1: %2").arg(file, message), 10000);
    });
    connect(m_trendsPage, &TrendsPage::exported, this,
        [this](const QString& file) { statusBar()->showMessage(tr("Exported %1").arg(file), 5000); });
    connect(m_trendsPage, &TrendsPage::exportFailed, this, [this](const QString& file, const QString& message) {
        statusBar()->showMessage(tr("Cannot write %1: %2").arg(file, message), 10000);
    });
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::currentPageChanged);

    if (StallProbe::enabledByEnvironment()) {
        m_stallProbe = new StallProbe(this);
        m_stallProbe->start();
    }

    resize(1280, 800);
    retranslate();
    restoreWindowState();
    openStore(storeLocation);
}

MainWindow::~MainWindow()
{
    // The live service, deleted with the other children, reports its stopped ingestor on the way out; by
    // then this is only a QWidget, so it must not hear of it (Qt asserts in debug builds).
    m_liveService->disconnect(this);
}

StorePage* MainWindow::storePage() const
{
    return m_dataPage->storePage();
}

// Files and folders dropped anywhere on the window are imported (the data page shows the progress).
void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!DataPage::localPaths(event->mimeData()).isEmpty() && !m_dataPage->isImporting())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    showPage(QStringLiteral("data"));
    if (m_dataPage->importPaths(DataPage::localPaths(event->mimeData())))
        event->acceptProposedAction();
}

void MainWindow::createPages()
{
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_dashboardPage, QString());
    m_pages->addTab(m_slaPage, QString());
    m_pages->addTab(m_casePage, QString());
    m_pages->addTab(m_trendsPage, QString());
    m_pages->addTab(m_dataPage, QString());
    m_pages->addTab(m_livePage, QString());
}

void MainWindow::createMenus()
{
    // Texts are set in retranslate(); object names let it find the actions again.
    QMenu* file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* open = file->addAction(QString(), this, &MainWindow::chooseStore);
    open->setObjectName(QStringLiteral("openAction"));
    open->setShortcut(QKeySequence::Open);
    QAction* refreshAction = file->addAction(QString(), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    QAction* exportAction = file->addAction(QString(), this, &MainWindow::exportCurrent);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* settings = file->addAction(QString(), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(QString(), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int i = 0; i < kPageNames.size(); ++i) {
        QAction* page = view->addAction(QString(), this, [this, i] { m_pages->setCurrentIndex(i); });
        page->setObjectName(QStringLiteral("pageAction%1").arg(i));
        page->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction* filter = view->addAction(QString(), this, &MainWindow::focusFilter);
    filter->setObjectName(QStringLiteral("filterAction"));
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction* issues = m_issuesPanel->toggleViewAction();
    issues->setObjectName(QStringLiteral("issuesAction"));
    issues->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(issues);

    QMenu* help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(QString(), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createShortcuts()
{
    // Pages have Ctrl+1.. from the View menu; the live rate goes to the status bar.
    connect(m_liveService, &LiveService::statusChanged, this, &MainWindow::showLiveStatus);
    connect(m_livePage, &LivePage::ready, this, [this] { pageShown(m_livePage); });
}

void MainWindow::showLiveStatus()
{
    const bool any = !m_liveService->status().empty();
    m_liveStatus->setVisible(any);
    if (any)
        m_liveStatus->setText(tr("Live: %1 events/s").arg(QLocale().toString(m_liveService->eventsPerSecond(), 'f', 0)));
}

void MainWindow::showIssueCount()
{
    const int count = m_issuesPanel->count();
    m_issuesStatus->setVisible(count > 0);
    m_issuesStatus->setText(tr("%n issue(s)", nullptr, count));
    m_issuesStatus->setToolTip(tr("Show the issues panel (Ctrl+I)"));
}

void MainWindow::retranslate()
{
    if (m_issuesPanel)
        showIssueCount();
    const QStringList pageTitles { tr("Dashboard"), tr("SLA"), tr("Case"), tr("Trends"), tr("Data"), tr("Live") };
    for (int i = 0; i < pageTitles.size(); ++i)
        m_pages->setTabText(i, pageTitles[i]);
    const auto setText = [this](const char* name, const QString& text) {
        if (auto* action = findChild<QAction*>(QString::fromLatin1(name)))
            action->setText(text);
    };
    if (auto* menu = findChild<QMenu*>(QStringLiteral("fileMenu")))
        menu->setTitle(tr("&File"));
    if (auto* menu = findChild<QMenu*>(QStringLiteral("viewMenu")))
        menu->setTitle(tr("&View"));
    if (auto* menu = findChild<QMenu*>(QStringLiteral("helpMenu")))
        menu->setTitle(tr("&Help"));
    setText("openAction", tr("&Open store…"));
    setText("refreshAction", tr("&Refresh"));
    setText("exportAction", tr("&Export CSV…"));
    setText("settingsAction", tr("&Settings…"));
    setText("quitAction", tr("&Quit"));
    setText("filterAction", tr("&Filter"));
    setText("aboutAction", tr("&About CarePulse"));
    setText("aboutQtAction", tr("About &Qt"));
    for (int i = 0; i < pageTitles.size(); ++i)
        setText(QStringLiteral("pageAction%1").arg(i).toLatin1().constData(), pageTitles[i]);
    if (m_storeText.isEmpty() && !m_storeLocation.isEmpty())
        m_storeStatus->setText(tr("Store: %1").arg(m_storeLocation));
    if (const auto snapshot = m_dashboardPage->snapshot())
        showSnapshotStatus(snapshot);
}

void MainWindow::openStore(const QString& location)
{
    m_storeLocation = location;
    m_storeKnown = false;
    m_filtersKnown = false;
    setWindowTitle(QFileInfo(location).fileName());
    setWindowFilePath(location);
    m_dataPage->setStoreLocation(location);
    m_engine->open(location);
    m_liveService->openStore(location);
}

void MainWindow::refresh()
{
    m_dataPage->refresh();
    m_dashboardPage->refresh();
    m_slaPage->refresh();
    m_trendsPage->refresh();
    m_casePage->refresh();
}

QStringList MainWindow::pageNames()
{
    return kPageNames;
}

bool MainWindow::showPage(const QString& name)
{
    const int index = kPageNames.indexOf(name == QLatin1String("store") ? QStringLiteral("data") : name);
    if (index < 0)
        return false;
    m_pages->setCurrentIndex(index);
    return true;
}

QString MainWindow::currentPageName() const
{
    return kPageNames.value(m_pages->currentIndex());
}

void MainWindow::currentPageChanged()
{
    m_pageHasData = false;
    QWidget* page = m_pages->currentWidget();
    // The live page has its data with the first status of its sources (LivePage::ready), if it has any.
    if (page == m_dataPage || (page == m_livePage && !m_liveService->hasSources())) {
        m_pageHasData = true;
        if (m_storeKnown)
            emit pageReady();
        return;
    }
    if (page == m_slaPage)
        m_slaPage->refresh();
    else if (page == m_trendsPage)
        m_trendsPage->refresh();
    else if (page == m_dashboardPage)
        m_dashboardPage->refresh();
    else if (page == m_casePage)
        m_casePage->refresh();
}

void MainWindow::pageShown(QWidget* page)
{
    if (page != m_pages->currentWidget())
        return;
    m_pageHasData = true;
    if (m_storeKnown && m_filtersKnown)
        emit pageReady();
}

void MainWindow::engineReady()
{
    m_engine->query<FilterChoices>(
        this, [](const Books& books) { return readFilterChoices(books); },
        [this](FilterChoices choices) {
            m_filterBar->setChoices(choices);
            m_filtersKnown = true;
            if (m_pageHasData && m_storeKnown)
                emit pageReady();
            m_casesStatus->setToolTip(tr("%1 cases in the books").arg(QLocale().toString(static_cast<qulonglong>(choices.cases))));
        });
}

void MainWindow::engineFailed(const QString& location, const QString& message)
{
    statusBar()->showMessage(tr("Cannot load %1: %2").arg(location, message));
    m_pageHasData = true;
    m_filtersKnown = true;
    if (m_storeKnown)
        emit pageReady();
}

void MainWindow::showSnapshotStatus(const std::shared_ptr<const KpiSnapshot>& snapshot)
{
    m_casesStatus->setText(tr("Cases: %1").arg(QLocale().toString(static_cast<qlonglong>(snapshot->total))));
    QString clock;
    switch (m_viewState->clock()) {
    case ViewState::Clock::Data:
        clock = tr("data clock");
        break;
    case ViewState::Clock::System:
        clock = tr("system clock");
        break;
    case ViewState::Clock::Chosen:
        clock = tr("chosen moment");
        break;
    }
    const bool noEvents = m_viewState->clock() == ViewState::Clock::Data && snapshot->total == 0
        && snapshot->surveys.total == 0; // the data clock of an empty store means nothing
    m_asOfStatus->setText(tr("As of %1 (%2)").arg(noEvents ? QStringLiteral("–") : QString::fromStdString(formatTimestamp(snapshot->asOf)), clock));
}

void MainWindow::exportCurrent()
{
    QWidget* page = m_pages->currentWidget();
    if (page == m_slaPage) {
        m_slaPage->currentView()->exportCsv();
    } else if (page == m_dashboardPage) {
        m_dashboardPage->priorityView()->exportCsv();
    } else if (page == m_casePage) {
        m_casePage->view()->exportCsv();
    } else if (page == m_trendsPage) {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export CSV"), lastExportDirectory.value(),
            tr("CSV files (*.csv);;All files (*)"));
        if (!file.isEmpty())
            m_trendsPage->exportTo(file);
    } else if (page == m_dataPage) {
        if (ReportTableView* view = m_dataPage->currentView())
            view->exportCsv();
    }
}

void MainWindow::focusFilter()
{
    if (m_pages->currentWidget() == m_slaPage)
        m_slaPage->focusSearch();
    else
        m_filterBar->focusFilters();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_storeLocation, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applySettings();
    if (dialog.storeLocation() != m_storeLocation && !dialog.storeLocation().isEmpty())
        openStore(dialog.storeLocation());
    else if (dialog.statusMappingChanged())
        m_engine->reload();
}

void MainWindow::applySettings()
{
    m_dashboardPage->setRefreshInterval(AppSettings::refreshIntervalMs.value());
    m_slaPage->setRefreshInterval(AppSettings::refreshIntervalMs.value());
    m_engine->setKpiSettings(AppSettings::kpiSettings());
    setLanguage(AppSettings::language.value());
}

void MainWindow::setLanguage(const QString& language)
{
    if (!m_translations) {
        if (!m_ownTranslations)
            m_ownTranslations = new AppTranslations(this);
        m_translations = m_ownTranslations;
    }
    m_translations->apply(language.isEmpty() ? QLocale::system() : QLocale(language));
    // Installing translators sends LanguageChange to every widget: each retranslates itself.
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::chooseStore()
{
    const QString directory
        = lastStoreDirectory.value().isEmpty() ? QFileInfo(m_storeLocation).absolutePath() : lastStoreDirectory.value();
    const QString location = QFileDialog::getOpenFileName(
        this, tr("Open store"), directory, tr("CarePulse stores (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (location.isEmpty())
        return;
    lastStoreDirectory.setValue(QFileInfo(location).absolutePath());
    openStore(location);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CarePulse"),
        tr("<h3>CarePulse %1</h3>"
           "<p>Contact-centre analytics: cases, SLA breaches, surveys and KPIs, offline on one "
           "desktop.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(CAREPULSE_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::showLoading(const QString& location)
{
    m_storeText = tr("Store: %1 · loading…").arg(location);
    m_storeStatus->setText(m_storeText);
}

void MainWindow::showStoreSummary(const QString& location, std::int64_t caseEvents)
{
    m_storeText = tr("Store: %1 · Case events: %2").arg(location, QLocale().toString(static_cast<qlonglong>(caseEvents)));
    m_storeStatus->setText(m_storeText);
    m_storeKnown = true;
    if ((m_pageHasData && m_filtersKnown) || m_pages->currentWidget() == m_dataPage)
        emit pageReady();
}

void MainWindow::showStoreFailure(const QString& location)
{
    m_storeText = tr("Store: %1 · cannot be read").arg(location);
    m_storeStatus->setText(m_storeText);
    m_storeKnown = true;
    // The data page's banner says why; the other pages would only stay empty.
    m_pages->setCurrentWidget(m_dataPage);
    if (m_pageHasData || m_pages->currentWidget() == m_dataPage)
        emit pageReady();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = savedGeometry.value();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = savedState.value();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::saveWindowState() const
{
    savedGeometry.setValue(saveGeometry());
    savedState.setValue(saveState());
}

} // namespace carepulse::ui
