#pragma once
// The dashboard: KPI tiles and cases by priority and severity, from SnapshotService snapshots computed
// off the GUI thread and asked for on a timer. A refresh only repaints tiles whose figures changed and
// signals only changed rows, so nothing flickers or loses its selection.

#include "DashboardTiles.h"

#include <QWidget>

#include <array>
#include <deque>
#include <memory>

class QLabel;
class QTimer;

namespace carepulse::ui {

class Engine;
class KpiTile;
class MessageBanner;
class PriorityTableModel;
class ReportTableView;
class ViewState;

class DashboardPage : public QWidget {
    Q_OBJECT

public:
    DashboardPage(Engine* engine, ViewState* view, QWidget* parent = nullptr);

    void refresh();
    void setRefreshInterval(int milliseconds);
    int refreshInterval() const;

    KpiTile* tile(TileId id) const { return m_tiles[static_cast<std::size_t>(id)]; }
    PriorityTableModel* priorityModel() const { return m_priorities; }
    ReportTableView* priorityView() const { return m_priorityView; }
    std::shared_ptr<const KpiSnapshot> snapshot() const { return m_snapshot; }
    bool hasTrends() const { return m_trendsShown; }

signals:
    // A tile was clicked: show these cases on the SLA page.
    void openCases(carepulse::ui::CaseState state);
    // A snapshot is on screen.
    void snapshotShown(std::shared_ptr<const carepulse::KpiSnapshot> snapshot);
    // The sparklines' trends are on screen.
    void trendsShown();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void attach();
    void showSnapshot(const std::shared_ptr<const KpiSnapshot>& snapshot);
    void requestTrends(Timestamp asOf);
    void showTrends(const Trends& trends);
    void retranslate();
    static QString emptyText();

    Engine* m_engine;
    ViewState* m_view;
    std::array<KpiTile*, static_cast<std::size_t>(TileId::Count)> m_tiles {};
    std::array<std::deque<double>, static_cast<std::size_t>(TileId::Count)> m_history;
    std::array<bool, static_cast<std::size_t>(TileId::Count)> m_hasTrend {};
    QLabel* m_priorityTitle;
    QLabel* m_filterNote;
    MessageBanner* m_emptyBanner;
    PriorityTableModel* m_priorities;
    ReportTableView* m_priorityView;
    QTimer* m_timer;
    std::shared_ptr<const KpiSnapshot> m_snapshot;
    Timestamp m_trendsAsOf = -1;
    qint64 m_trendsRequestedMs = 0;
    bool m_trendsShown = false;
};

} // namespace carepulse::ui
