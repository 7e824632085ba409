#include "DataPage.h"

#include "ImportRunner.h"
#include "QuarantineModel.h"
#include "book/Books.h"
#include "engine/Engine.h"
#include "pages/StorePage.h"
#include "settings/Setting.h"
#include "store/Store.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReportTableView.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

#include <exception>

namespace carepulse::ui {

namespace {

const Setting<QString> lastImportDirectory { "import/lastDirectory" };

} // namespace

DataPage::DataPage(Engine* engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_banner(new MessageBanner(this))
    , m_importFiles(new QPushButton(this))
    , m_importFolder(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_dropHint(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_store(new StorePage(this))
    , m_quarantine(new QuarantineModel(this))
    , m_quality(new DataQualityModel(this))
    , m_quarantineView(new ReportTableView(this))
    , m_qualityView(new ReportTableView(this))
    , m_runner(new ImportRunner(this))
{
    setObjectName(QStringLiteral("dataPage"));
    setAcceptDrops(true);
    m_quarantineView->setObjectName(QStringLiteral("quarantine"));
    m_quarantineView->setModel(m_quarantine);
    m_quarantineView->horizontalHeader()->setSectionResizeMode(QuarantineModel::RawColumn, QHeaderView::Stretch);
    m_qualityView->setObjectName(QStringLiteral("dataQuality"));
    m_qualityView->setModel(m_quality);
    m_qualityView->horizontalHeader()->setSectionResizeMode(DataQualityModel::ValueColumn, QHeaderView::Stretch);
    m_tabs->addTab(m_store, QString());
    m_tabs->addTab(m_quarantineView, QString());
    m_tabs->addTab(m_qualityView, QString());
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_progress->setRange(0, 1000);
    m_dropHint->setEnabled(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_importFiles);
    bar->addWidget(m_importFolder);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_progressText);
    bar->addWidget(m_cancel);
    bar->addWidget(m_dropHint, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_importFiles, &QPushButton::clicked, this, &DataPage::chooseFiles);
    connect(m_importFolder, &QPushButton::clicked, this, &DataPage::chooseFolder);
    connect(m_cancel, &QPushButton::clicked, this, &DataPage::cancelImport);
    connect(m_runner, &ImportRunner::progress, this, &DataPage::showProgress);
    connect(m_runner, &ImportRunner::finished, this, &DataPage::showResults);
    connect(m_engine, &Engine::ready, this, &DataPage::loadQuality);
    retranslate();
}

void DataPage::setStoreLocation(const QString& location)
{
    m_location = location;
    m_store->setStoreLocation(location);
    loadQuarantine();
}

void DataPage::refresh()
{
    m_store->refresh();
    loadQuarantine();
    loadQuality();
}

ReportTableView* DataPage::currentView() const
{
    QWidget* current = m_tabs->currentWidget();
    if (current == m_store)
        return m_store->findChild<ReportTableView*>();
    return qobject_cast<ReportTableView*>(current);
}

bool DataPage::isImporting() const
{
    return m_runner->isRunning();
}

bool DataPage::importPaths(const QStringList& paths)
{
    if (paths.isEmpty() || m_location.isEmpty() || !m_runner->start(m_location, paths))
        return false;
    m_banner->clear();
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_dropHint->setVisible(false);
    m_importFiles->setEnabled(false);
    m_importFolder->setEnabled(false);
    m_progressText->setText(tr("Starting…"));
    return true;
}

void DataPage::cancelImport()
{
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_progressText->setText(tr("Cancelling…"));
}

void DataPage::showProgress(const ImportProgress& p)
{
    const double fileShare = p.bytesTotal > 0 ? static_cast<double>(p.bytesDone) / static_cast<double>(p.bytesTotal) : 0.0;
    const double overall = p.fileCount > 0 ? (p.fileIndex + fileShare) / p.fileCount : 0.0;
    m_progress->setValue(static_cast<int>(overall * 1000));
    m_progressText->setText(tr("File %1 of %2: %3 · %4 records")
                                .arg(p.fileIndex + 1)
                                .arg(p.fileCount)
                                .arg(QFileInfo(p.path).fileName(), QLocale().toString(static_cast<qlonglong>(p.recordsRead))));
}

void DataPage::showResults(const std::vector<FileImportResult>& results, const QStringList& errors, bool cancelled)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_dropHint->setVisible(true);
    m_importFiles->setEnabled(true);
    m_importFolder->setEnabled(true);
    std::int64_t loaded = 0;
    std::int64_t quarantined = 0;
    int failed = 0;
    for (const FileImportResult& r : results) {
        if (r.status == FileImportResult::Status::Cancelled)
            continue; // rolled back
        loaded += r.loaded + r.updated;
        quarantined += r.quarantined;
        failed += r.status == FileImportResult::Status::Failed ? 1 : 0;
    }
    QString text = tr("%n file(s) imported: %1 records loaded, %2 quarantined.", nullptr, static_cast<int>(results.size()))
                       .arg(QLocale().toString(static_cast<qlonglong>(loaded)), QLocale().toString(static_cast<qlonglong>(quarantined)));
    if (cancelled)
        text = tr("Import cancelled; the file in progress was rolled back. ") + text;
    if (!errors.isEmpty())
        text += QLatin1Char(' ') + errors.join(QLatin1Char(' '));
    const bool bad = cancelled || failed > 0 || !errors.isEmpty();
    m_progressText->clear();
    m_banner->showMessage(bad ? MessageBanner::Kind::Error : MessageBanner::Kind::Information, text,
        bad ? std::chrono::milliseconds {} : std::chrono::milliseconds { 15000 });
    m_store->refresh();
    loadQuarantine();
    if (loaded > 0)
        emit imported();
    emit importFinished();
}

void DataPage::loadQuarantine()
{
    if (m_location.isEmpty())
        return;
    const quint64 generation = ++m_quarantineGeneration;
    const QString location = m_location;
    QPointer<DataPage> self(this);
    QThread* thread = QThread::create([self, generation, location] {
        auto rows = std::make_shared<std::vector<QuarantineRow>>();
        try {
            const std::unique_ptr<Store> store = openStore(location);
            *rows = readQuarantine(*store);
        } catch (const std::exception&) {
            // The store page's banner already says why the store cannot be read.
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, generation, rows] {
            DataPage* page = self.data();
            if (page == nullptr || generation != page->m_quarantineGeneration)
                return;
            page->m_quarantine->setQuarantine(std::move(*rows));
            page->retranslate();
            emit page->quarantineLoaded();
        }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("quarantine-reader"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void DataPage::loadQuality()
{
    m_engine->query<std::vector<DataQualityIssue>>(
        this, [](const Books& books) { return dataQuality(books.cases); },
        [this](std::vector<DataQualityIssue> issues) {
            m_quality->setIssues(std::move(issues));
            retranslate();
            emit qualityLoaded();
        });
}

void DataPage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import files"), lastImportDirectory.value(),
        tr("Data files (*.txt *.tsv *.csv *.json *.jsonl);;All files (*)"));
    if (files.isEmpty())
        return;
    lastImportDirectory.setValue(QFileInfo(files.front()).absolutePath());
    importPaths(files);
}

void DataPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder"), lastImportDirectory.value());
    if (folder.isEmpty())
        return;
    lastImportDirectory.setValue(folder);
    importPaths({ folder });
}

QStringList DataPage::localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

void DataPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localPaths(event->mimeData()).isEmpty() && !isImporting())
        event->acceptProposedAction();
}

void DataPage::dropEvent(QDropEvent* event)
{
    if (importPaths(localPaths(event->mimeData())))
        event->acceptProposedAction();
}

void DataPage::retranslate()
{
    m_importFiles->setText(tr("Import files…"));
    m_importFolder->setText(tr("Import folder…"));
    m_cancel->setText(tr("Cancel"));
    m_dropHint->setText(tr("…or drop files and folders here."));
    m_tabs->setTabText(0, tr("Store contents"));
    m_tabs->setTabText(1, tr("Quarantine (%1)").arg(QLocale().toString(m_quarantine->rowCount())));
    m_tabs->setTabText(2, tr("Data quality (%1)").arg(QLocale().toString(m_quality->rowCount())));
}

void DataPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace carepulse::ui
