#include "ArrivalsHeatmap.h"

#include "report/CsvWriter.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace carepulse::ui {

namespace {

constexpr const char* kDays[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

QString dayName(int day)
{
    // Monday = 0; QLocale counts Monday as 1.
    return QLocale().dayName(day + 1, QLocale::ShortFormat);
}

} // namespace

ArrivalsHeatmap::ArrivalsHeatmap(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
}

void ArrivalsHeatmap::setCounts(const Counts& counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    update();
}

std::string ArrivalsHeatmap::csv() const
{
    CsvWriter writer;
    writer.row({ "series", "period_start", "value" });
    for (std::size_t day = 0; day < 7; ++day) {
        for (std::size_t hour = 0; hour < 24; ++hour) {
            char period[16];
            std::snprintf(period, sizeof period, "%s %02zu:00", kDays[day], hour);
            writer.row({ "arrivals_by_weekday_hour", period, std::to_string(m_counts[day][hour]) });
        }
    }
    return writer.take();
}

bool ArrivalsHeatmap::savePng(const QString& file)
{
    return grab().save(file, "PNG");
}

QSize ArrivalsHeatmap::sizeHint() const
{
    return { 520, 200 };
}

QSize ArrivalsHeatmap::minimumSizeHint() const
{
    return { 300, 150 };
}

QRectF ArrivalsHeatmap::cellRect(int day, int hour) const
{
    const QFontMetricsF fm(font());
    const qreal left = fm.horizontalAdvance(QStringLiteral("Wed.")) + 12;
    const qreal bottom = fm.height() + 6;
    const qreal w = (width() - left - 4) / 24.0;
    const qreal h = (height() - bottom - 4) / 7.0;
    return { left + hour * w, 4 + day * h, w, h };
}

void ArrivalsHeatmap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette& pal = palette();
    painter.fillRect(rect(), pal.base());
    std::int64_t most = 1;
    for (const auto& day : m_counts)
        most = std::max(most, *std::max_element(day.begin(), day.end()));
    const QColor accent = pal.color(QPalette::Highlight);
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            QColor c = accent;
            c.setAlphaF(static_cast<float>(0.06 + 0.94 * static_cast<double>(m_counts[static_cast<std::size_t>(day)][static_cast<std::size_t>(hour)]) / static_cast<double>(most)));
            painter.fillRect(cellRect(day, hour).adjusted(0.5, 0.5, -0.5, -0.5), c);
        }
        const QRectF row = cellRect(day, 0);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRectF(2, row.top(), row.left() - 6, row.height()), Qt::AlignRight | Qt::AlignVCenter, dayName(day));
    }
    for (int hour = 0; hour < 24; hour += 3) {
        const QRectF cell = cellRect(6, hour);
        painter.drawText(QRectF(cell.left(), cell.bottom() + 2, cell.width() * 3, height() - cell.bottom()),
            Qt::AlignLeft | Qt::AlignTop, QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    }
}

bool ArrivalsHeatmap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (int day = 0; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                if (cellRect(day, hour).contains(help->pos())) {
                    QToolTip::showText(help->globalPos(),
                        tr("%1 %2:00–%2:59: %3 cases created")
                            .arg(dayName(day))
                            .arg(hour, 2, 10, QLatin1Char('0'))
                            .arg(QLocale().toString(static_cast<qlonglong>(m_counts[static_cast<std::size_t>(day)][static_cast<std::size_t>(hour)]))),
                        this);
                    return true;
                }
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace carepulse::ui
