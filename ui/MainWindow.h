#pragma once
// The desktop's main window: a stack of pages (only "store" for now), the menus and the status bar.

#include <QMainWindow>

#include <cstdint>

class QLabel;
class QStackedWidget;

namespace carepulse::ui {

class StorePage;

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

    StorePage* storePage() const { return m_storePage; }

signals:
    // The current page has its data (or has shown why it has none): the moment to take a screenshot.
    void pageReady();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void chooseStore();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;
    void showLoading(const QString& location);
    void showStoreSummary(const QString& location, std::int64_t caseEvents);
    void showStoreFailure(const QString& location);

    QString m_storeLocation;
    QStackedWidget* m_pages;
    StorePage* m_storePage;
    QLabel* m_storeStatus;
};

} // namespace carepulse::ui
