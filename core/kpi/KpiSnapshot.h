#pragma once
// Every figure of metrics.md as of one moment: an immutable value.

#include "model/Timestamp.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace carepulse {

struct WindowFigures {
    std::int64_t opened = 0;
    std::int64_t closed = 0;
    std::int64_t surveys = 0;
    std::int64_t positive = 0;
    std::int64_t neutral = 0;
    std::int64_t negative = 0;
    std::optional<double> resolutionMean;
    std::optional<double> resolutionMedian;
    std::optional<double> resolutionP90;
};

struct PriorityFigures {
    std::string key; // "P1", or "unknown"
    std::optional<std::string> level;
    std::optional<std::string> severity;
    std::optional<int> slaHours;
    std::int64_t total = 0;
    std::int64_t open = 0;
    std::int64_t closed = 0;
};

struct SlaFigures {
    std::int64_t withSla = 0;
    std::int64_t met = 0;
    std::int64_t breachedOpen = 0;
    std::int64_t breachedClosed = 0;
    std::int64_t atRisk = 0;
    std::int64_t breached() const { return breachedOpen + breachedClosed; }
    std::optional<double> compliancePct() const;
};

struct SurveyFigures {
    std::int64_t total = 0;
    std::int64_t positive = 0;
    std::int64_t neutral = 0;
    std::int64_t negative = 0;
    std::optional<double> csatPct() const;
};

struct QuestionFigures {
    std::int64_t positive = 0;
    std::int64_t neutral = 0;
    std::int64_t negative = 0;
    std::int64_t unanswered = 0;
};

struct KpiSnapshot {
    enum Rolling { Hour, Day, Week, Month, RollingCount };
    enum Calendar { Today, FiscalWeek, FiscalMonth, CalendarCount };

    Timestamp asOf = 0;
    std::uint64_t generation = 0;
    std::int64_t total = 0;
    std::int64_t open = 0;
    std::int64_t closed = 0;
    std::array<WindowFigures, RollingCount> rolling;
    std::array<WindowFigures, CalendarCount> calendar;
    std::array<Timestamp, CalendarCount> calendarStart{};
    bool fiscalCalendar = false; // false: ISO weeks and civil months (no calendar row for T's date)
    std::vector<PriorityFigures> byPriority;
    SlaFigures sla;
    SurveyFigures surveys;
    std::array<QuestionFigures, 5> questions;
};

// Rounds a percentage to two decimals, as the JSON shows it.
double roundPercent(double value);

} // namespace carepulse
