#pragma once
// Computes a KpiSnapshot from the case and survey books in one pass over the cases and one over the
// surveys, for any as-of moment.

#include "KpiSettings.h"
#include "KpiSnapshot.h"
#include "book/CaseBook.h"
#include "book/SurveyBook.h"

namespace carepulse {

// The data clock: the newest event time in the books (cases' last_modified and surveys alike).
Timestamp dataClock(const CaseBook& cases, const SurveyBook& surveys);

class CaseFilterIndex;

// Every figure of metrics.md as of asOf. With accepted, only the cases it accepts count (the global
// filters), and only the surveys of those cases.
KpiSnapshot computeKpis(const CaseBook& cases, const SurveyBook& surveys, const KpiSettings& settings, Timestamp asOf,
                        const CaseFilterIndex* accepted = nullptr);

// Nearest rank (metrics.md's median and p90): the 0-based position of the ceil(q n)-th smallest of n values.
std::size_t nearestRankIndex(std::size_t n, double q);

// The at-risk threshold (elapsed seconds) for a case of the given priority with the given SLA.
std::int64_t atRiskThreshold(const KpiSettings& settings, const PriorityInfo& priority, std::int64_t slaSeconds);

// The start of T's calendar windows: today, the fiscal week and fiscal month from the calendar dimension,
// or ISO week and civil month when the calendar has no row for T's date. Returns whether it was fiscal.
bool calendarWindowStarts(const BookDimensions& dimensions, Timestamp asOf, std::array<Timestamp, 3>& starts);

} // namespace carepulse
