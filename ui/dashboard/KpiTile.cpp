#include "KpiTile.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace carepulse::ui {

KpiTile::KpiTile(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void KpiTile::setTitle(const QString& title)
{
    m_title = title;
    setAccessibleName(title);
    update();
}

void KpiTile::setDefinition(const QString& definition)
{
    m_definition = definition;
    setToolTip(QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(m_title.toHtmlEscaped(), definition.toHtmlEscaped()));
}

void KpiTile::setValue(const QString& text, const QString& caption, const QVariant& raw)
{
    // Only repaint what changed: a refresh that brings the same figures leaves the tile alone.
    if (text == m_value && caption == m_caption && raw == m_raw)
        return;
    m_value = text;
    m_caption = caption;
    m_raw = raw;
    setAccessibleDescription(text + QLatin1Char(' ') + caption);
    update();
}

void KpiTile::setTrend(std::vector<double> points)
{
    if (points == m_trend)
        return;
    m_trend = std::move(points);
    update();
}

void KpiTile::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
}

QSize KpiTile::sizeHint() const
{
    const QFontMetrics fm(font());
    return { fm.averageCharWidth() * 26, fm.height() * 6 };
}

QSize KpiTile::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return { fm.averageCharWidth() * 18, fm.height() * 5 + 8 };
}

void KpiTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QColor border = pal.color(QPalette::Mid);
    if (m_clickable && (m_hovered || hasFocus()))
        border = pal.color(QPalette::Highlight);
    painter.setPen(QPen(border, m_clickable && (m_hovered || hasFocus()) ? 2.0 : 1.0));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRoundedRect(frame, 6, 6);

    const QRectF inner = frame.adjusted(10, 6, -10, -6);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.95);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    QColor dim = pal.color(QPalette::Text);
    dim.setAlphaF(0.7f);
    painter.setPen(dim);
    const QFontMetricsF titleMetrics(titleFont);
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(m_title, Qt::ElideRight, inner.width()));

    // The figure as big as fits: long pairs ("440,774 / 296,450") shrink before they are cut.
    QFont valueFont = font();
    valueFont.setBold(true);
    for (double scale = 1.9; scale >= 1.2; scale -= 0.1) {
        valueFont.setPointSizeF(font().pointSizeF() * scale);
        if (QFontMetricsF(valueFont).horizontalAdvance(m_value) <= inner.width())
            break;
    }
    QFont fullFont = valueFont;
    fullFont.setPointSizeF(font().pointSizeF() * 1.9);
    const QFontMetricsF valueMetrics(fullFont); // every tile's figure row is equally tall
    const qreal valueTop = inner.top() + titleMetrics.height() + 2;
    painter.setFont(valueFont);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRectF(inner.left(), valueTop, inner.width(), valueMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(valueFont).elidedText(m_value, Qt::ElideRight, inner.width()));

    const QFontMetricsF captionMetrics(font());
    const qreal captionTop = inner.bottom() - captionMetrics.height();
    painter.setFont(font());
    painter.setPen(dim);
    painter.drawText(QRectF(inner.left(), captionTop, inner.width(), captionMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        captionMetrics.elidedText(m_caption, Qt::ElideRight, inner.width()));

    const qreal sparkTop = valueTop + valueMetrics.height() + 2;
    const QRectF spark(inner.left(), sparkTop, inner.width(), captionTop - sparkTop - 2);
    if (spark.height() >= 8)
        paintSparkline(painter, spark);
}

void KpiTile::paintSparkline(QPainter& painter, const QRectF& area) const
{
    if (m_trend.size() < 2)
        return;
    const auto [low, high] = std::minmax_element(m_trend.begin(), m_trend.end());
    const double span = *high - *low > 0 ? *high - *low : 1.0;
    QPainterPath line;
    QPainterPath fill;
    const double step = area.width() / static_cast<double>(m_trend.size() - 1);
    for (std::size_t i = 0; i < m_trend.size(); ++i) {
        const QPointF point(area.left() + step * static_cast<double>(i),
            area.bottom() - (m_trend[i] - *low) / span * area.height());
        if (i == 0) {
            line.moveTo(point);
            fill.moveTo(area.left(), area.bottom());
        }
        line.lineTo(point);
        fill.lineTo(point);
    }
    fill.lineTo(area.right(), area.bottom());
    fill.closeSubpath();
    QColor accent = palette().color(QPalette::Highlight);
    QColor tint = accent;
    tint.setAlphaF(0.18f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(tint);
    painter.drawPath(fill);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(accent, 1.5));
    painter.drawPath(line);
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QWidget::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent* event)
{
    if (m_clickable && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        emit clicked();
        return;
    }
    QWidget::keyPressEvent(event);
}

void KpiTile::enterEvent(QEnterEvent* event)
{
    m_hovered = true;
    update();
    QWidget::enterEvent(event);
}

void KpiTile::leaveEvent(QEvent* event)
{
    m_hovered = false;
    update();
    QWidget::leaveEvent(event);
}

} // namespace carepulse::ui
