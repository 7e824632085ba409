#include "AppSettings.h"

#include "book/StatusClasses.h"

#include <algorithm>

namespace carepulse::ui::AppSettings {

QStringList closedStatuses()
{
    const QStringList stored = closedStatusList.value();
    return stored.isEmpty() ? StatusClasses::defaultClosedStatuses() : stored;
}

KpiSettings kpiSettings()
{
    KpiSettings settings;
    settings.sentimentQuestion = std::clamp(sentimentQuestion.value(), 1, 5) - 1;
    const double fraction = atRiskFraction.value();
    settings.atRiskFraction = fraction > 0.0 && fraction <= 1.0 ? fraction : atRiskFraction.defaultValue();
    return settings;
}

} // namespace carepulse::ui::AppSettings
