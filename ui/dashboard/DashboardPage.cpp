#include "DashboardPage.h"

#include "KpiTile.h"
#include "PriorityTableModel.h"
#include "engine/Engine.h"
#include "filters/ViewState.h"
#include "settings/AppSettings.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReportTableView.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace carepulse::ui {

namespace {

constexpr int kColumns = 5;
constexpr std::size_t kHistory = 60;
constexpr qint64 kTrendsEveryMs = 10000; // trends are a full pass too: not on every tick
constexpr int kTrendDays = 30;

} // namespace

DashboardPage::DashboardPage(Engine* engine, ViewState* view, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_view(view)
    , m_priorityTitle(new QLabel(this))
    , m_filterNote(new QLabel(this))
    , m_emptyBanner(new MessageBanner(this))
    , m_priorities(new PriorityTableModel(this))
    , m_priorityView(new ReportTableView(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    const std::vector<TileSpec> specs = dashboardTiles();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        auto* tile = new KpiTile(this);
        tile->setObjectName(QStringLiteral("tile%1").arg(i));
        tile->setClickable(specs[i].opens.has_value());
        m_tiles[static_cast<std::size_t>(specs[i].id)] = tile;
        grid->addWidget(tile, static_cast<int>(i) / kColumns, static_cast<int>(i) % kColumns);
        if (const std::optional<CaseState> state = specs[i].opens)
            connect(tile, &KpiTile::clicked, this, [this, s = *state] { emit openCases(s); });
    }

    m_priorityView->setObjectName(QStringLiteral("priorityTable"));
    m_priorityView->setModel(m_priorities);
    m_priorityView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QFont titleFont = m_priorityTitle->font();
    titleFont.setBold(true);
    m_priorityTitle->setFont(titleFont);
    m_filterNote->setWordWrap(true);
    m_filterNote->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyBanner);
    layout->addWidget(m_filterNote);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(m_priorityTitle);
    layout->addWidget(m_priorityView, 1);

    m_timer->setInterval(AppSettings::refreshIntervalMs.value());
    connect(m_timer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_engine, &Engine::ready, this, &DashboardPage::attach);
    connect(m_engine, &Engine::settingsChanged, this, &DashboardPage::refresh);
    connect(m_view, &ViewState::changed, this, [this] {
        m_trendsAsOf = -1;
        m_filterNote->setVisible(!m_view->filter().empty());
        refresh();
    });
    retranslate();
    attach();
}

void DashboardPage::attach()
{
    SnapshotService* service = m_engine->snapshots();
    if (!service)
        return;
    connect(service, &SnapshotService::snapshotReady, this, &DashboardPage::showSnapshot, Qt::UniqueConnection);
    m_trendsAsOf = -1;
    m_timer->start();
    refresh();
}

void DashboardPage::refresh()
{
    if (SnapshotService* service = m_engine->snapshots())
        service->request({ m_view->asOf(), m_engine->kpiSettings(), m_view->filter() });
}

void DashboardPage::setRefreshInterval(int milliseconds)
{
    m_timer->setInterval(std::max(100, milliseconds));
}

int DashboardPage::refreshInterval() const
{
    return m_timer->interval();
}

void DashboardPage::showSnapshot(const std::shared_ptr<const KpiSnapshot>& snapshot)
{
    m_snapshot = snapshot;
    for (const TileSpec& spec : dashboardTiles()) {
        const std::size_t i = static_cast<std::size_t>(spec.id);
        const TileValue value = tileValue(spec.id, *snapshot);
        m_tiles[i]->setValue(value.text, value.caption, value.raw);
        if (m_hasTrend[i])
            continue;
        // Tiles without a trend series draw the history of their own figure.
        std::deque<double>& history = m_history[i];
        const QVariant first = value.raw.typeId() == QMetaType::QVariantList ? value.raw.toList().value(0) : value.raw;
        if (first.isValid())
            history.push_back(first.toDouble());
        while (history.size() > kHistory)
            history.pop_front();
        m_tiles[i]->setTrend(std::vector<double>(history.begin(), history.end()));
    }
    m_priorities->setFigures(snapshot->byPriority);
    const bool empty = snapshot->total == 0 && snapshot->surveys.total == 0;
    if (empty && !m_emptyBanner->isVisibleTo(this))
        m_emptyBanner->showMessage(MessageBanner::Kind::Information, emptyText());
    else if (!empty && m_emptyBanner->isVisibleTo(this))
        m_emptyBanner->clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (snapshot->asOf != m_trendsAsOf && (m_trendsAsOf < 0 || now - m_trendsRequestedMs >= kTrendsEveryMs))
        requestTrends(snapshot->asOf);
    emit snapshotShown(snapshot);
}

void DashboardPage::requestTrends(Timestamp asOf)
{
    m_trendsAsOf = asOf;
    m_trendsRequestedMs = QDateTime::currentMSecsSinceEpoch();
    const KpiSettings settings = m_engine->kpiSettings();
    const CaseFilter filter = m_view->filter();
    m_engine->query<Trends>(
        this,
        [asOf, settings, filter](const Books& books) {
            return computeTrends(books.cases, books.surveys, settings, asOf, kTrendDays, filter);
        },
        [this](Trends trends) { showTrends(trends); });
}

void DashboardPage::showTrends(const Trends& trends)
{
    for (const TileSpec& spec : dashboardTiles()) {
        const std::size_t i = static_cast<std::size_t>(spec.id);
        std::vector<double> series = tileTrend(spec.id, trends);
        m_hasTrend[i] = !series.empty();
        if (m_hasTrend[i])
            m_tiles[i]->setTrend(std::move(series));
    }
    m_trendsShown = true;
    emit trendsShown();
}

QString DashboardPage::emptyText()
{
    return tr("No cases yet as of this moment. Import files and folders on the Data page (Ctrl+5), follow a "
              "live source on the Live page (Ctrl+6), or use carepulse-cli import.");
}

void DashboardPage::retranslate()
{
    if (m_emptyBanner->isVisibleTo(this))
        m_emptyBanner->showMessage(MessageBanner::Kind::Information, emptyText());
    for (const TileSpec& spec : dashboardTiles()) {
        KpiTile* tile = m_tiles[static_cast<std::size_t>(spec.id)];
        tile->setTitle(spec.title);
        tile->setDefinition(spec.opens ? spec.definition + QLatin1Char(' ') + tr("Click to list these cases.")
                                       : spec.definition);
        if (m_snapshot) {
            const TileValue value = tileValue(spec.id, *m_snapshot);
            tile->setValue(value.text, value.caption, value.raw);
        }
    }
    m_priorityTitle->setText(tr("Cases by priority and severity"));
    m_filterNote->setText(tr("Filtered: the tiles count only the cases that match the global filters, and their surveys."));
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    m_filterNote->setVisible(!m_view->filter().empty());
    QWidget::showEvent(event);
}

} // namespace carepulse::ui
