#pragma once
// The `carepulse-cli kpi --format json` object, with metrics.md's keys in metrics.md's order.

#include "KpiSnapshot.h"

#include <string>

namespace carepulse {

std::string kpiToJson(const KpiSnapshot& snapshot);

// Shortest text that reads back as the same double ("83.33", "1800", "0.5").
std::string formatNumber(double value);

} // namespace carepulse
