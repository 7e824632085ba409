#pragma once
// Arrivals by hour of day (columns) and weekday (rows), painted as a heat map in the palette's
// highlight colour: darker = more cases created in that hour.

#include <QWidget>

#include <array>
#include <string>

namespace carepulse::ui {

class ArrivalsHeatmap : public QWidget {
    Q_OBJECT

public:
    using Counts = std::array<std::array<std::int64_t, 24>, 7>; // [Monday = 0][hour]

    explicit ArrivalsHeatmap(QWidget* parent = nullptr);

    void setCounts(const Counts& counts);
    const Counts& counts() const { return m_counts; }
    std::string csv() const; // like the CLI's arrivals_by_weekday_hour rows
    bool savePng(const QString& file);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF cellRect(int day, int hour) const;

    Counts m_counts {};
};

} // namespace carepulse::ui
