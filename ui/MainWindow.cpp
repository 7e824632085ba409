#include "MainWindow.h"

#include "pages/StorePage.h"
#include "settings/Setting.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace carepulse::ui {

namespace {

const Setting<QByteArray> savedGeometry { "mainWindow/geometry" };
const Setting<QByteArray> savedState { "mainWindow/state" };
const Setting<QString> lastStoreDirectory { "store/lastDirectory" };

const QString storePageName = QStringLiteral("store");

} // namespace

MainWindow::MainWindow(const QString& storeLocation, QWidget* parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_storePage(new StorePage(this))
    , m_storeStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->addWidget(m_storePage);
    setCentralWidget(m_pages);
    m_storeStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_storeStatus, 1);
    createMenus();

    connect(m_storePage, &StorePage::loadStarted, this, &MainWindow::showLoading);
    connect(m_storePage, &StorePage::contentsLoaded, this, &MainWindow::showStoreSummary);
    connect(m_storePage, &StorePage::loadFailed, this, &MainWindow::showStoreFailure);

    resize(960, 600);
    restoreWindowState();
    openStore(storeLocation);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open store…"), this, &MainWindow::chooseStore);
    open->setShortcut(QKeySequence::Open);
    QAction* refreshAction = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About CarePulse"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openStore(const QString& location)
{
    m_storeLocation = location;
    setWindowTitle(QFileInfo(location).fileName());
    setWindowFilePath(location);
    m_storePage->setStoreLocation(location);
}

void MainWindow::refresh()
{
    m_storePage->refresh();
}

QStringList MainWindow::pageNames()
{
    return { storePageName };
}

bool MainWindow::showPage(const QString& name)
{
    if (name == storePageName) {
        m_pages->setCurrentWidget(m_storePage);
        return true;
    }
    return false;
}

QString MainWindow::currentPageName() const
{
    return storePageName;
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
    m_storeStatus->setText(tr("Store: %1 · loading…").arg(location));
}

void MainWindow::showStoreSummary(const QString& location, std::int64_t caseEvents)
{
    m_storeStatus->setText(
        tr("Store: %1 · Case events: %2").arg(location, QLocale().toString(static_cast<qlonglong>(caseEvents))));
    emit pageReady();
}

void MainWindow::showStoreFailure(const QString& location)
{
    m_storeStatus->setText(tr("Store: %1 · cannot be read").arg(location));
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
