#pragma once
// Time series for the trends page and the trends report: opened and closed per hour and per day,
// backlog per hour (as of each hour's end), CSAT and SLA compliance per day, arrivals by hour of day
// and weekday, over the days ending at T.

#include "CaseFilter.h"
#include "book/SurveyBook.h"
#include "kpi/KpiSettings.h"

#include <array>
#include <optional>
#include <vector>

namespace carepulse {

struct Trends {
    Timestamp asOf = 0;
    Timestamp firstHour = 0; // start of the first hourly bucket
    std::vector<std::int64_t> openedPerHour;
    std::vector<std::int64_t> closedPerHour;
    std::vector<std::int64_t> backlogPerHour; // open cases at min(hour end, T)
    Timestamp firstDay = 0;
    std::vector<std::int64_t> openedPerDay;
    std::vector<std::int64_t> closedPerDay;
    std::vector<std::int64_t> positivePerDay, ratedPerDay; // CSAT = positive / rated (first surveys)
    std::vector<std::int64_t> metPerDay, breachedPerDay;   // closed that day, with an SLA
    std::array<std::array<std::int64_t, 24>, 7> arrivals{}; // [ISO weekday, Monday = 0][hour]

    std::optional<double> csatPct(std::size_t day) const;
    std::optional<double> compliancePct(std::size_t day) const;
};

Trends computeTrends(const CaseBook& cases, const SurveyBook& surveys, const KpiSettings& settings, Timestamp asOf,
                     int days, const CaseFilter& filter = {});

} // namespace carepulse
