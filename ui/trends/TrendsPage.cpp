#include "TrendsPage.h"

#include "book/Books.h"
#include "charts/ArrivalsHeatmap.h"
#include "charts/TimeSeriesChart.h"
#include "engine/Engine.h"
#include "filters/ViewState.h"
#include "kpi/KpiEngine.h"
#include "report/Reports.h"
#include "settings/Setting.h"
#include "widgets/ReportTableView.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace carepulse::ui {

namespace {

const Setting<int> trendDays { "trends/days", 14 };
const Setting<QString> lastChartDirectory { "trends/lastDirectory" };
constexpr int kRefreshMs = 10000;

std::vector<std::optional<double>> values(const std::vector<std::int64_t>& counts)
{
    std::vector<std::optional<double>> out;
    out.reserve(counts.size());
    for (std::int64_t c : counts)
        out.emplace_back(static_cast<double>(c));
    return out;
}

template<typename F> std::vector<std::optional<double>> perDay(std::size_t days, F value)
{
    std::vector<std::optional<double>> out;
    for (std::size_t d = 0; d < days; ++d)
        out.push_back(value(d));
    return out;
}

} // namespace

TrendsPage::TrendsPage(Engine* engine, ViewState* view, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_view(view)
    , m_heatmap(new ArrivalsHeatmap(this))
    , m_daysLabel(new QLabel(this))
    , m_days(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("trendsPage"));
    m_days->setRange(1, 366);
    m_days->setValue(std::clamp(trendDays.value(), 1, 366));
    m_days->setObjectName(QStringLiteral("trendDays"));
    auto* grid = new QGridLayout;
    for (int c = 0; c < ChartCount; ++c) {
        QWidget* content = m_heatmap;
        if (c != Arrivals) {
            auto* chart = new TimeSeriesChart(this);
            m_charts.push_back(chart);
            content = chart;
        }
        grid->addWidget(card(static_cast<Chart>(c), content), c / 2, c % 2);
    }
    auto* top = new QHBoxLayout;
    top->addWidget(m_daysLabel);
    top->addWidget(m_days);
    top->addStretch(1);
    top->addWidget(m_status);
    auto* inner = new QWidget;
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(grid);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        trendDays.setValue(days);
        refresh();
    });
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_waiting)
            refresh();
    });
    connect(m_view, &ViewState::changed, this, &TrendsPage::refresh);
    connect(m_engine, &Engine::ready, this, [this] {
        m_timer->start();
        refresh();
    });
    connect(m_engine, &Engine::settingsChanged, this, &TrendsPage::refresh);
    retranslate();
    if (m_engine->isReady()) {
        m_timer->start();
        refresh();
    }
}

QWidget* TrendsPage::card(Chart chart, QWidget* content)
{
    auto* box = new QWidget(this);
    auto* title = new QLabel(box);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    m_titles.push_back(title);
    auto* csv = new QToolButton(box);
    csv->setObjectName(QStringLiteral("exportCsv%1").arg(chart));
    auto* png = new QToolButton(box);
    png->setObjectName(QStringLiteral("savePng%1").arg(chart));
    csv->setAutoRaise(true);
    png->setAutoRaise(true);
    connect(csv, &QToolButton::clicked, this, [this, chart] { exportChart(chart); });
    connect(png, &QToolButton::clicked, this, [this, chart] { saveChart(chart); });
    auto* head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(csv);
    head->addWidget(png);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addLayout(head);
    layout->addWidget(content, 1);
    content->setMinimumHeight(220);
    return box;
}

TimeSeriesChart* TrendsPage::chart(Chart chart) const
{
    return chart < Arrivals ? m_charts[static_cast<std::size_t>(chart)] : nullptr;
}

void TrendsPage::refresh()
{
    const quint64 generation = ++m_generation;
    m_waiting = true;
    const std::optional<Timestamp> asOf = m_view->asOf();
    const KpiSettings settings = m_engine->kpiSettings();
    const CaseFilter filter = m_view->filter();
    const int days = m_days->value();
    m_engine->query<Trends>(
        this,
        [asOf, settings, filter, days](const Books& books) {
            return computeTrends(books.cases, books.surveys, settings,
                asOf.value_or(dataClock(books.cases, books.surveys)), days, filter);
        },
        [this, generation](Trends trends) { showTrends(generation, std::move(trends)); });
}

void TrendsPage::showTrends(quint64 generation, Trends trends)
{
    if (generation != m_generation)
        return;
    m_waiting = false;
    m_trends = std::move(trends);
    const Trends& t = m_trends;
    const std::size_t days = t.openedPerDay.size();
    m_charts[PerHour]->setSeries({ { tr("Opened"), "opened_per_hour", t.firstHour, 3600, values(t.openedPerHour) },
        { tr("Closed"), "closed_per_hour", t.firstHour, 3600, values(t.closedPerHour) } });
    m_charts[PerDay]->setSeries({ { tr("Opened"), "opened_per_day", t.firstDay, kSecondsPerDay, values(t.openedPerDay) },
        { tr("Closed"), "closed_per_day", t.firstDay, kSecondsPerDay, values(t.closedPerDay) } });
    m_charts[Backlog]->setSeries({ { tr("Open cases"), "backlog_per_hour", t.firstHour, 3600, values(t.backlogPerHour) } });
    m_charts[Csat]->setSeries({ { tr("CSAT %"), "csat_pct_per_day", t.firstDay, kSecondsPerDay,
                                   perDay(days, [&t](std::size_t d) { return t.csatPct(d); }) } },
        true);
    m_charts[Compliance]->setSeries({ { tr("SLA compliance %"), "sla_compliance_pct_per_day", t.firstDay,
                                         kSecondsPerDay, perDay(days, [&t](std::size_t d) { return t.compliancePct(d); }) } },
        true);
    m_heatmap->setCounts(t.arrivals);
    m_status->setText(tr("%n day(s) ending %1", nullptr, static_cast<int>(days))
                          .arg(QString::fromStdString(formatTimestamp(t.asOf))));
    emit dataShown();
}

std::string TrendsPage::chartCsv(Chart chart) const
{
    return chart == Arrivals ? m_heatmap->csv() : m_charts[static_cast<std::size_t>(chart)]->csv();
}

bool TrendsPage::saveChartPng(Chart chart, const QString& file)
{
    return chart == Arrivals ? m_heatmap->savePng(file) : m_charts[static_cast<std::size_t>(chart)]->savePng(file);
}

void TrendsPage::exportChart(Chart chart)
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export CSV"), lastChartDirectory.value(),
        tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    lastChartDirectory.setValue(QFileInfo(file).absolutePath());
    writeFileAtomically(file, chartCsv(chart));
}

void TrendsPage::saveChart(Chart chart)
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save PNG"), lastChartDirectory.value(),
        tr("PNG images (*.png);;All files (*)"));
    if (file.isEmpty())
        return;
    lastChartDirectory.setValue(QFileInfo(file).absolutePath());
    saveChartPng(chart, file);
}

void TrendsPage::exportTo(const QString& file)
{
    // The whole page through core's trends report: byte-identical to `carepulse-cli export trends` with
    // the same --days, --as-of and filters.
    ReportOptions options;
    options.settings = m_engine->kpiSettings();
    options.filter = m_view->filter();
    options.trendDays = m_days->value();
    const std::optional<Timestamp> asOf = m_view->asOf();
    m_engine->query<QString>(
        this,
        [options, asOf, file](const Books& books) mutable {
            options.asOf = asOf.value_or(dataClock(books.cases, books.surveys));
            return writeFileAtomically(file, buildReport(ReportKind::Trends, books, nullptr, options).toCsv());
        },
        [this, file](QString error) {
            if (error.isEmpty())
                emit exported(file);
            else
                emit exportFailed(file, error);
        });
}

void TrendsPage::setDays(int days)
{
    m_days->setValue(days);
}

void TrendsPage::retranslate()
{
    const QStringList titles { tr("Opened and closed per hour"), tr("Opened and closed per day"),
        tr("Backlog (open cases) per hour"), tr("CSAT per day"), tr("SLA compliance per day"),
        tr("Arrivals by hour of day and weekday") };
    for (std::size_t i = 0; i < m_titles.size(); ++i)
        m_titles[i]->setText(titles[static_cast<int>(i)]);
    for (QToolButton* button : findChildren<QToolButton*>()) {
        if (button->objectName().startsWith(QLatin1String("exportCsv")))
            button->setText(tr("Export CSV…"));
        else if (button->objectName().startsWith(QLatin1String("savePng")))
            button->setText(tr("Save PNG…"));
    }
    m_daysLabel->setText(tr("Days:"));
}

void TrendsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace carepulse::ui
