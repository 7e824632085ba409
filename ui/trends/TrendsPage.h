#pragma once
// The trends page: opened and closed per hour and per day, backlog over time, CSAT and SLA compliance
// per day, and arrivals by hour of day and weekday, over the days ending at T, with the global filters.
// Each chart exports its numbers to CSV and its picture to PNG.

#include "report/Trends.h"

#include <QWidget>

#include <functional>
#include <string>
#include <vector>

class QLabel;
class QSpinBox;
class QTimer;

namespace carepulse::ui {

class ArrivalsHeatmap;
class Engine;
class TimeSeriesChart;
class ViewState;

class TrendsPage : public QWidget {
    Q_OBJECT

public:
    enum Chart { PerHour, PerDay, Backlog, Csat, Compliance, Arrivals, ChartCount };

    TrendsPage(Engine* engine, ViewState* view, QWidget* parent = nullptr);

    void refresh();
    const Trends& trends() const { return m_trends; }
    TimeSeriesChart* chart(Chart chart) const;
    ArrivalsHeatmap* heatmap() const { return m_heatmap; }
    std::string chartCsv(Chart chart) const;
    bool saveChartPng(Chart chart, const QString& file);
    // Every series of the page in one CSV (Ctrl+E on this page), as the CLI's trends report.
    void exportTo(const QString& file);
    void setDays(int days);

signals:
    void dataShown();
    void exported(const QString& file);
    void exportFailed(const QString& file, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* card(Chart chart, QWidget* content);
    void showTrends(quint64 generation, Trends trends);
    void exportChart(Chart chart);
    void saveChart(Chart chart);
    void retranslate();

    Engine* m_engine;
    ViewState* m_view;
    Trends m_trends;
    quint64 m_generation = 0;
    bool m_waiting = false;
    std::vector<TimeSeriesChart*> m_charts;
    ArrivalsHeatmap* m_heatmap;
    std::vector<QLabel*> m_titles;
    QLabel* m_daysLabel;
    QSpinBox* m_days;
    QLabel* m_status;
    QTimer* m_timer;
};

} // namespace carepulse::ui
