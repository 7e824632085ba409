#pragma once
// The desktop's main window: the filter bar, the pages (dashboard, SLA, case, trends, data, live), the
// menus, the keyboard shortcuts and the status bar (store, live rate, case count, as-of moment).

#include <QMainWindow>

#include <cstdint>
#include <memory>

class QLabel;
class QTabWidget;
class QToolButton;

namespace carepulse {
struct KpiSnapshot;
}

namespace carepulse::ui {

class AppTranslations;
class CasePage;
class DashboardPage;
class DataPage;
class Engine;
class FilterBar;
class IssuesPanel;
class LivePage;
class LiveService;
class SlaPage;
class StallProbe;
class StorePage;
class TrendsPage;
class ViewState;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const QString& storeLocation, QWidget* parent = nullptr);
    ~MainWindow() override;

    const QString& storeLocation() const { return m_storeLocation; }
    void openStore(const QString& location);
    void refresh();

    // Page names as --page and the settings know them; showPage returns false for an unknown one.
    static QStringList pageNames();
    bool showPage(const QString& name);
    QString currentPageName() const;

    // Switches the language at run time ("hi", "de", "en"; empty: the system's).
    void setLanguage(const QString& language);
    // The translators main() installed; without them the window uses its own.
    void setTranslations(AppTranslations* translations) { m_translations = translations; }
    void openSettings();
    void exportCurrent();
    void focusFilter();

    Engine* engine() const { return m_engine; }
    ViewState* viewState() const { return m_viewState; }
    FilterBar* filterBar() const { return m_filterBar; }
    DashboardPage* dashboardPage() const { return m_dashboardPage; }
    SlaPage* slaPage() const { return m_slaPage; }
    CasePage* casePage() const { return m_casePage; }
    TrendsPage* trendsPage() const { return m_trendsPage; }
    StorePage* storePage() const;
    DataPage* dataPage() const { return m_dataPage; }
    LivePage* livePage() const { return m_livePage; }
    LiveService* liveService() const { return m_liveService; }
    IssuesPanel* issuesPanel() const { return m_issuesPanel; }
    QTabWidget* pages() const { return m_pages; }

signals:
    // The current page has its data (or has shown why it has none), and the store's summary is in the
    // status bar: the moment to take a screenshot.
    void pageReady();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createPages();
    void createMenus();
    void createShortcuts();
    void retranslate();
    void chooseStore();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;
    void showLoading(const QString& location);
    void showStoreSummary(const QString& location, std::int64_t caseEvents);
    void showStoreFailure(const QString& location);
    void showSnapshotStatus(const std::shared_ptr<const KpiSnapshot>& snapshot);
    void engineReady();
    void engineFailed(const QString& location, const QString& message);
    void pageShown(QWidget* page);
    void currentPageChanged();
    void applySettings();
    void showLiveStatus();
    void showIssueCount();

    QString m_storeLocation;
    Engine* m_engine;
    ViewState* m_viewState;
    FilterBar* m_filterBar;
    QTabWidget* m_pages;
    DashboardPage* m_dashboardPage;
    SlaPage* m_slaPage;
    CasePage* m_casePage;
    TrendsPage* m_trendsPage;
    DataPage* m_dataPage;
    LiveService* m_liveService;
    LivePage* m_livePage;
    QLabel* m_storeStatus;
    QLabel* m_casesStatus;
    QLabel* m_asOfStatus;
    QLabel* m_liveStatus;
    IssuesPanel* m_issuesPanel = nullptr;
    QToolButton* m_issuesStatus = nullptr;
    StallProbe* m_stallProbe = nullptr;
    AppTranslations* m_translations = nullptr;
    AppTranslations* m_ownTranslations = nullptr;
    QString m_storeText;
    bool m_storeKnown = false;
    bool m_pageHasData = false;
    bool m_filtersKnown = false; // the filter bar has its choices
};

} // namespace carepulse::ui
