#pragma once
// The data page: import files and folders (buttons or drag and drop) with a progress bar and cancel, the
// store's contents, the quarantine with reasons, and the data-quality report (members the dimensions do
// not know, with case counts).

#include "DataReports.h"

#include <QWidget>

class QLabel;
class QMimeData;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace carepulse {
struct ImportProgress;
struct FileImportResult;
}

namespace carepulse::ui {

class DataQualityModel;
class Engine;
class ImportRunner;
class MessageBanner;
class QuarantineModel;
class ReportTableView;
class StorePage;

class DataPage : public QWidget {
    Q_OBJECT

public:
    DataPage(Engine* engine, QWidget* parent = nullptr);

    void setStoreLocation(const QString& location);
    // Imports files and folders into the open store in the background.
    bool importPaths(const QStringList& paths);
    void cancelImport();
    void refresh();

    StorePage* storePage() const { return m_store; }
    QuarantineModel* quarantineModel() const { return m_quarantine; }
    DataQualityModel* qualityModel() const { return m_quality; }
    ReportTableView* currentView() const;
    QProgressBar* progressBar() const { return m_progress; }
    bool isImporting() const;

    static QStringList localPaths(const QMimeData* mime);

signals:
    // An import ended and changed the store: reload what depends on it.
    void imported();
    void importFinished();
    void quarantineLoaded();
    void qualityLoaded();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void chooseFiles();
    void chooseFolder();
    void showProgress(const ImportProgress& progress);
    void showResults(const std::vector<FileImportResult>& results, const QStringList& errors, bool cancelled);
    void loadQuarantine();
    void loadQuality();
    void retranslate();

    Engine* m_engine;
    QString m_location;
    quint64 m_quarantineGeneration = 0;
    MessageBanner* m_banner;
    QPushButton* m_importFiles;
    QPushButton* m_importFolder;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLabel* m_dropHint;
    QTabWidget* m_tabs;
    StorePage* m_store;
    QuarantineModel* m_quarantine;
    DataQualityModel* m_quality;
    ReportTableView* m_quarantineView;
    ReportTableView* m_qualityView;
    ImportRunner* m_runner;
};

} // namespace carepulse::ui
