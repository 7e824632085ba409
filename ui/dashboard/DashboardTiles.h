#pragma once
// The dashboard's tiles: what each shows from a KPI snapshot, its metrics.md definition (the tooltip's
// formula card), the trend behind its sparkline and the cases a click opens.

#include "kpi/KpiSnapshot.h"
#include "report/Trends.h"
#include "sla/CaseState.h"

#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace carepulse::ui {

enum class TileId {
    Total, Open, Closed, LastHour, Today, Week, Month, Surveys, Csat, Sentiment, Compliance, Breached, AtRisk, Met,
    Resolution, Count
};

struct TileValue {
    QString text;    // the big figure
    QString caption; // the line under it
    QVariant raw;    // the number behind the figure (tests, copy)
};

struct TileSpec {
    TileId id;
    QString title;
    QString definition;                 // from metrics.md
    std::optional<CaseState> opens;     // the cases behind the tile
};

std::vector<TileSpec> dashboardTiles(); // translated: call again after a language change
TileValue tileValue(TileId id, const KpiSnapshot& snapshot);
// The tile's sparkline from the trends (empty: the tile keeps a history of its own values instead).
std::vector<double> tileTrend(TileId id, const Trends& trends);

QString formatCount(std::int64_t value);
QString formatPercent(const std::optional<double>& value);
QString formatHours(const std::optional<double>& seconds);

} // namespace carepulse::ui
