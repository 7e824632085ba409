#pragma once
// The choices metrics.md leaves to the user.

#include <map>
#include <optional>
#include <string>

namespace carepulse {

struct KpiSettings {
    int sentimentQuestion = 0;   // index: 0 = Q1
    double atRiskFraction = 0.75; // of the SLA
    // Per priority key: a fraction of the SLA, or a minimum elapsed time in seconds, that replaces the
    // default threshold.
    std::map<std::string, double> atRiskFractionByPriority;
    std::map<std::string, std::int64_t> atRiskSecondsByPriority;
};

} // namespace carepulse
