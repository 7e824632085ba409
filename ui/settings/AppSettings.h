#pragma once
// The desktop's typed settings that more than one class reads (the settings dialog writes them all).

#include "kpi/KpiSettings.h"
#include "settings/Setting.h"

#include <QStringList>

namespace carepulse::ui::AppSettings {

// How often the dashboard and the SLA page ask for fresh figures.
inline const Setting<int> refreshIntervalMs { "refresh/intervalMs", 1000 };
// Statuses that close a case (data-formats.md's defaults); every other status is open.
inline const Setting<QStringList> closedStatusList { "kpi/closedStatuses", {} };
// 1..5: the survey question whose answer is a survey's sentiment.
inline const Setting<int> sentimentQuestion { "kpi/sentimentQuestion", 1 };
inline const Setting<double> atRiskFraction { "kpi/atRiskFraction", 0.75 };
// "" follows the system; otherwise a locale name such as "hi_IN" or "de_DE".
inline const Setting<QString> language { "ui/language", {} };
inline const Setting<QString> storeLocation { "store/location", {} };

QStringList closedStatuses();
KpiSettings kpiSettings();

} // namespace carepulse::ui::AppSettings
