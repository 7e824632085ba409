#pragma once
// A line chart of one or more time series over a date-time axis. Qt Charts stays behind this class
// (Qt marks it deprecated from 6.10): pages hand it plain numbers.

#include "model/Timestamp.h"

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace carepulse::ui {

struct TimeSeries {
    QString name;        // shown in the legend
    std::string csvName; // the series column of the CSV ("opened_per_hour", as the CLI's trends report)
    Timestamp start = 0;
    Timestamp step = 3600;
    std::vector<std::optional<double>> values; // none: a gap
};

class TimeSeriesChart : public QWidget {
    Q_OBJECT

public:
    explicit TimeSeriesChart(QWidget* parent = nullptr);

    void setSeries(std::vector<TimeSeries> series, bool percent = false);
    const std::vector<TimeSeries>& series() const { return m_series; }
    // "series,period_start,value" rows through core's CsvWriter, like `carepulse-cli export trends`.
    std::string csv() const;
    bool savePng(const QString& file);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QChart* m_chart;
    QChartView* m_view;
    std::vector<TimeSeries> m_series;
};

} // namespace carepulse::ui
