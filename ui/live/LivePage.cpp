#include "LivePage.h"

#include "LiveService.h"
#include "LiveSourcesModel.h"
#include "settings/Setting.h"
#include "widgets/ReportTableView.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace carepulse::ui {

namespace {

const Setting<QString> kLastListen{"live/lastListen", QStringLiteral("127.0.0.1:5140")};
const Setting<QString> kLastFolder{"live/lastFolder", {}};

} // namespace

LivePage::LivePage(LiveService& service, QWidget* parent)
    : QWidget(parent), m_service(service), m_model(new LiveSourcesModel(this)), m_view(new ReportTableView(this)),
      m_hint(new QLabel(this)), m_pause(new QPushButton(tr("&Pause"), this)), m_remove(new QPushButton(tr("&Remove"), this))
{
    auto* addFile = new QPushButton(tr("Follow a &file…"), this);
    addFile->setToolTip(tr("Follow a growing file of JSON Lines or JSON arrays, through rotation and truncation."));
    auto* addFolder = new QPushButton(tr("Watch a f&older…"), this);
    addFolder->setToolTip(tr("Apply every case_data_<epoch>.json and survey_data_<epoch>.json file that appears, once, in order."));
    auto* listen = new QPushButton(tr("&Listen on TCP…"), this);
    listen->setToolTip(tr("Accept newline-delimited JSON from any number of clients."));
    connect(addFile, &QPushButton::clicked, this, &LivePage::addFile);
    connect(addFolder, &QPushButton::clicked, this, &LivePage::addFolder);
    connect(listen, &QPushButton::clicked, this, &LivePage::addListener);
    connect(m_pause, &QPushButton::clicked, this, &LivePage::togglePauseSelected);
    connect(m_remove, &QPushButton::clicked, this, &LivePage::removeSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addFile);
    buttons->addWidget(addFolder);
    buttons->addWidget(listen);
    buttons->addStretch(1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_remove);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LivePage::updateButtons);

    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setText(tr("Events that arrive while CarePulse runs are written to the store with each source's "
                       "position, so nothing is lost or counted twice across restarts. To try it, start the "
                       "simulator and follow its file:\n  carepulse-cli simulate stream --to file:/tmp/stream.jsonl --rate 200"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);

    connect(&m_service, &LiveService::statusChanged, this, [this](const std::vector<SourceStatus>& status) {
        m_model->setStatus(status);
        m_view->resizeColumnsToContents();
        updateButtons();
        // Queued: whoever else shows this status (the status bar) has done so before anyone acts on ready.
        QMetaObject::invokeMethod(this, &LivePage::ready, Qt::QueuedConnection);
    });
    connect(&m_service, &LiveService::failed, this, [this](const QString& message) {
        m_hint->setText(message);
    });
    m_model->setStatus(m_service.status());
    updateButtons();
}

void LivePage::addSpec(const QString& spec)
{
    QString error;
    if (!m_service.addSource(spec, &error))
        QMessageBox::warning(this, tr("Cannot add the source"), error);
}

void LivePage::addFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Follow a file (it may not exist yet)"), kLastFolder.value(),
                                                      tr("JSON Lines or arrays (*.jsonl *.json *.ndjson);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    kLastFolder.setValue(QFileInfo(file).absolutePath());
    addSpec(QStringLiteral("file:") + file);
}

void LivePage::addFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Watch a folder"), kLastFolder.value());
    if (dir.isEmpty())
        return;
    kLastFolder.setValue(dir);
    addSpec(QStringLiteral("dir:") + dir);
}

void LivePage::addListener()
{
    bool ok = false;
    const QString address = QInputDialog::getText(this, tr("Listen on TCP"),
                                                  tr("Address and port to listen on (HOST:PORT; 127.0.0.1 keeps it to this machine):"),
                                                  QLineEdit::Normal, kLastListen.value(), &ok);
    if (!ok || address.trimmed().isEmpty())
        return;
    kLastListen.setValue(address.trimmed());
    addSpec(QStringLiteral("tcp:") + address.trimmed());
}

QString LivePage::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const SourceStatus* s = m_model->statusAt(rows.first().row());
    return s ? s->name : QString();
}

void LivePage::removeSelected()
{
    const QString name = selectedName();
    if (!name.isEmpty())
        m_service.removeSource(name);
}

void LivePage::togglePauseSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    if (const SourceStatus* s = m_model->statusAt(rows.first().row()))
        m_service.setPaused(s->name, !s->paused);
}

void LivePage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const SourceStatus* s = rows.isEmpty() ? nullptr : m_model->statusAt(rows.first().row());
    m_pause->setEnabled(s != nullptr);
    m_remove->setEnabled(s != nullptr);
    m_pause->setText(s && s->paused ? tr("Res&ume") : tr("&Pause"));
}

} // namespace carepulse::ui
