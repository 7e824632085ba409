#pragma once
// One dashboard tile: a title, a big figure, a caption and a sparkline, painted with the palette's
// colours (light and dark alike). Clickable (mouse, Enter or Space) when it opens cases.

#include <QVariant>
#include <QWidget>

#include <vector>

namespace carepulse::ui {

class KpiTile : public QWidget {
    Q_OBJECT

public:
    explicit KpiTile(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setDefinition(const QString& definition);
    void setValue(const QString& text, const QString& caption, const QVariant& raw);
    void setTrend(std::vector<double> points);
    void setClickable(bool clickable);

    QString title() const { return m_title; }
    QString valueText() const { return m_value; }
    QString caption() const { return m_caption; }
    QVariant rawValue() const { return m_raw; }
    const std::vector<double>& trend() const { return m_trend; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void clicked();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void paintSparkline(QPainter& painter, const QRectF& area) const;

    QString m_title;
    QString m_definition;
    QString m_value = QStringLiteral("–");
    QString m_caption;
    QVariant m_raw;
    std::vector<double> m_trend;
    bool m_clickable = false;
    bool m_hovered = false;
};

} // namespace carepulse::ui
