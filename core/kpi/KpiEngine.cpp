#include "KpiEngine.h"

#include "KpiAccumulator.h"
#include "report/CaseFilter.h"

#include <algorithm>
#include <cmath>

namespace carepulse {

namespace {

void finishResolution(WindowFigures& w, std::vector<std::int64_t>& durations)
{
    if (durations.empty())
        return;
    long double sum = 0;
    for (std::int64_t d : durations)
        sum += static_cast<long double>(d);
    w.resolutionMean = static_cast<double>(sum / static_cast<long double>(durations.size()));
    for (const double q : {0.5, 0.9}) {
        const auto at = durations.begin() + static_cast<std::ptrdiff_t>(nearestRankIndex(durations.size(), q));
        std::nth_element(durations.begin(), at, durations.end());
        (q == 0.5 ? w.resolutionMedian : w.resolutionP90) = static_cast<double>(*at);
    }
}

} // namespace

std::size_t nearestRankIndex(std::size_t n, double q)
{
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(n)));
    return std::clamp<std::size_t>(rank, 1, n) - 1;
}

double roundPercent(double value)
{
    return std::round(value * 100.0) / 100.0;
}

std::optional<double> SlaFigures::compliancePct() const
{
    const std::int64_t denominator = met + breachedClosed;
    if (denominator == 0)
        return std::nullopt;
    return roundPercent(100.0 * static_cast<double>(met) / static_cast<double>(denominator));
}

std::optional<double> SurveyFigures::csatPct() const
{
    const std::int64_t denominator = positive + neutral + negative;
    if (denominator == 0)
        return std::nullopt;
    return roundPercent(100.0 * static_cast<double>(positive) / static_cast<double>(denominator));
}

Timestamp dataClock(const CaseBook& cases, const SurveyBook& surveys)
{
    const Timestamp t = std::max(cases.newestEventTime(), surveys.newestSurveyTime());
    return t == std::numeric_limits<Timestamp>::min() ? 0 : t;
}

std::int64_t atRiskThreshold(const KpiSettings& settings, const PriorityInfo& priority, std::int64_t slaSeconds)
{
    if (const auto it = settings.atRiskSecondsByPriority.find(priority.key); it != settings.atRiskSecondsByPriority.end())
        return it->second;
    double fraction = settings.atRiskFraction;
    if (const auto it = settings.atRiskFractionByPriority.find(priority.key); it != settings.atRiskFractionByPriority.end())
        fraction = it->second;
    return static_cast<std::int64_t>(std::ceil(fraction * static_cast<double>(slaSeconds)));
}

bool calendarWindowStarts(const BookDimensions& dimensions, Timestamp asOf, std::array<Timestamp, 3>& starts)
{
    std::int64_t day = asOf / kSecondsPerDay;
    if (asOf % kSecondsPerDay < 0)
        --day;
    starts[KpiSnapshot::Today] = day * kSecondsPerDay;
    if (const auto it = dimensions.fiscalPeriodStart.find(day); it != dimensions.fiscalPeriodStart.end()) {
        starts[KpiSnapshot::FiscalWeek] = it->second.first * kSecondsPerDay;
        starts[KpiSnapshot::FiscalMonth] = it->second.second * kSecondsPerDay;
        return true;
    }
    starts[KpiSnapshot::FiscalWeek] = (day - isoWeekday(asOf)) * kSecondsPerDay;
    const CivilDate date = civilFromDays(day);
    starts[KpiSnapshot::FiscalMonth] = daysFromCivil(date.year, date.month, 1) * kSecondsPerDay;
    return false;
}

KpiSnapshot computeKpis(const CaseBook& book, const SurveyBook& surveyBook, const KpiSettings& settings, Timestamp T,
                        const CaseFilterIndex* accepted)
{
    KpiSnapshot s;
    KpiAccumulator acc(s, book.dimensions(), settings, T);
    const auto caseCount = static_cast<std::uint32_t>(book.size());
    const CaseBook::Columns columns = book.columns();
    for (std::uint32_t i = 0; i < caseCount; ++i) {
        const Timestamp created = columns.created(i);
        if (created > T || (accepted && !accepted->accepts(i)))
            continue; // not yet created, only seen through a survey, or filtered out
        acc.addCase(created, columns.stateAt(i, T), columns.priority(i), columns.slaSeconds(i), +1);
    }
    for (std::size_t w = 0; w < KpiAccumulator::kWindowCount; ++w)
        finishResolution(acc.window(w), acc.added(w));
    acc.finishPriorities();

    // Surveys: each case's first survey, when it is <= T.
    const auto surveyCount = static_cast<std::uint32_t>(surveyBook.size());
    for (std::uint32_t i = 0; i < surveyCount; ++i) {
        const Timestamp at = surveyBook.time(i);
        if (at > T || (accepted && !accepted->accepts(i)))
            continue;
        acc.addSurvey(at, classifyAnswers(book.dimensions(), surveyBook.answers(i)), +1);
    }
    return s;
}

} // namespace carepulse
