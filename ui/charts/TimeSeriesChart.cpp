#include "TimeSeriesChart.h"

#include "kpi/KpiJson.h"
#include "report/CsvWriter.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace carepulse::ui {

namespace {

// Numbers as the CLI's reports write them.
std::string numberText(double v)
{
    return formatNumber(v);
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(4);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    applyPalette();
}

void TimeSeriesChart::setSeries(std::vector<TimeSeries> series, bool percent)
{
    m_series = std::move(series);
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd HH:mm"));
    x->setTickCount(6);
    auto* y = new QValueAxis;
    y->setLabelFormat(percent ? QStringLiteral("%.0f %%") : QStringLiteral("%.0f"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    double low = 0;
    double high = percent ? 100 : 1;
    Timestamp first = 0;
    Timestamp last = 0;
    bool any = false;
    for (const TimeSeries& s : m_series) {
        auto* line = new QLineSeries;
        line->setName(s.name);
        for (std::size_t i = 0; i < s.values.size(); ++i) {
            const Timestamp t = s.start + static_cast<Timestamp>(i) * s.step;
            if (!any || t < first)
                first = t;
            last = std::max(last, t);
            any = true;
            if (!s.values[i])
                continue;
            const double v = *s.values[i];
            high = std::max(high, v);
            low = std::min(low, v);
            line->append(static_cast<qreal>(t) * 1000.0, v);
        }
        m_chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    if (any) {
        x->setRange(QDateTime::fromSecsSinceEpoch(first, Qt::UTC), QDateTime::fromSecsSinceEpoch(std::max(last, first + 1), Qt::UTC));
        if (last - first > 3 * kSecondsPerDay)
            x->setFormat(QStringLiteral("MM-dd"));
    }
    y->setRange(low, percent ? std::min(100.0, high) : high * 1.1);
    y->applyNiceNumbers();
    applyPalette();
}

std::string TimeSeriesChart::csv() const
{
    CsvWriter writer;
    writer.row({ "series", "period_start", "value" });
    for (const TimeSeries& s : m_series) {
        for (std::size_t i = 0; i < s.values.size(); ++i) {
            writer.row({ s.csvName, formatTimestamp(s.start + static_cast<Timestamp>(i) * s.step),
                s.values[i] ? numberText(*s.values[i]) : std::string() });
        }
    }
    return writer.take();
}

bool TimeSeriesChart::savePng(const QString& file)
{
    return m_view->grab().save(file, "PNG");
}

// Chart colours from the widget palette, so a dark desktop gets a dark chart.
void TimeSeriesChart::applyPalette()
{
    const QPalette pal = palette();
    m_chart->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
    m_chart->setTitleBrush(pal.brush(QPalette::Text));
    m_chart->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QAbstractAxis* axis : m_chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        QColor grid = pal.color(QPalette::Mid);
        grid.setAlphaF(0.5f);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    m_view->setBackgroundBrush(pal.brush(QPalette::Window));
}

void TimeSeriesChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace carepulse::ui
