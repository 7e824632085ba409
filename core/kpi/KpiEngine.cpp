#include "KpiEngine.h"

#include "report/CaseFilter.h"

#include <algorithm>
#include <cmath>

namespace carepulse {

namespace {

constexpr std::array<Timestamp, KpiSnapshot::RollingCount> kRollingSeconds = {3600, 24 * 3600, 7 * 24 * 3600,
                                                                              30 * 24 * 3600};

// Nearest-rank percentile: the ceil(q n)-th smallest (1-based).
double nearestRank(std::vector<std::int64_t>& values, double q)
{
    const auto n = values.size();
    auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(n)));
    rank = std::clamp<std::size_t>(rank, 1, n);
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(rank - 1), values.end());
    return static_cast<double>(values[rank - 1]);
}

void finishResolution(WindowFigures& w, std::vector<std::int64_t>& durations)
{
    if (durations.empty())
        return;
    long double sum = 0;
    for (std::int64_t d : durations)
        sum += static_cast<long double>(d);
    w.resolutionMean = static_cast<double>(sum / static_cast<long double>(durations.size()));
    w.resolutionMedian = nearestRank(durations, 0.5);
    w.resolutionP90 = nearestRank(durations, 0.9);
}

void countSentiment(WindowFigures& w, AnswerBands::Sentiment s)
{
    ++w.surveys;
    w.positive += s == AnswerBands::Sentiment::Positive;
    w.neutral += s == AnswerBands::Sentiment::Neutral;
    w.negative += s == AnswerBands::Sentiment::Negative;
}

} // namespace

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
    s.asOf = T;
    s.fiscalCalendar = calendarWindowStarts(book.dimensions(), T, s.calendarStart);

    const auto& priorities = book.dimensions().priorities;
    // Per priority (and one more slot for "unknown"): counts, SLA seconds and at-risk thresholds.
    const std::size_t unknown = priorities.size();
    std::vector<PriorityFigures> perPriority(priorities.size() + 1);
    std::vector<std::int64_t> threshold(priorities.size(), 0);
    for (std::size_t p = 0; p < priorities.size(); ++p) {
        if (priorities[p].slaHours)
            threshold[p] = atRiskThreshold(settings, priorities[p], std::int64_t{*priorities[p].slaHours} * 3600);
    }

    std::array<Timestamp, KpiSnapshot::RollingCount> rollingAfter{};
    for (std::size_t w = 0; w < rollingAfter.size(); ++w)
        rollingAfter[w] = T - kRollingSeconds[w];
    // Scratch space kept per thread from one snapshot to the next: a snapshot a second would otherwise
    // allocate (and page-fault in) millions of durations every time.
    thread_local std::array<std::vector<std::int64_t>, KpiSnapshot::RollingCount> rollingDurations;
    thread_local std::array<std::vector<std::int64_t>, KpiSnapshot::CalendarCount> calendarDurations;
    for (auto& d : rollingDurations)
        d.clear();
    for (auto& d : calendarDurations)
        d.clear();

    const auto caseCount = static_cast<std::uint32_t>(book.size());
    for (std::uint32_t i = 0; i < caseCount; ++i) {
        const Timestamp created = book.created(i);
        if (created > T || (accepted && !accepted->accepts(i)))
            continue; // not yet created, only seen through a survey, or filtered out
        ++s.total;
        const CaseBook::State state = book.stateAt(i, T);
        const std::uint16_t p = book.priority(i);
        PriorityFigures& pf = perPriority[p == CaseBook::kUnknownPriority ? unknown : p];
        ++pf.total;
        if (state.closed) {
            ++s.closed;
            ++pf.closed;
        } else {
            ++s.open;
            ++pf.open;
        }
        for (std::size_t w = 0; w < rollingAfter.size(); ++w) {
            if (created > rollingAfter[w])
                ++s.rolling[w].opened;
            if (state.closed && state.closedAt > rollingAfter[w]) {
                ++s.rolling[w].closed;
                rollingDurations[w].push_back(state.closedAt - created);
            }
        }
        for (std::size_t w = 0; w < s.calendarStart.size(); ++w) {
            if (created >= s.calendarStart[w])
                ++s.calendar[w].opened;
            if (state.closed && state.closedAt >= s.calendarStart[w]) {
                ++s.calendar[w].closed;
                calendarDurations[w].push_back(state.closedAt - created);
            }
        }
        const std::int64_t sla = book.slaSeconds(i);
        if (sla < 0)
            continue;
        ++s.sla.withSla;
        if (state.closed) {
            if (state.closedAt - created > sla)
                ++s.sla.breachedClosed;
            else
                ++s.sla.met;
        } else if (T - created > sla) {
            ++s.sla.breachedOpen;
        } else if (T - created >= threshold[p]) {
            ++s.sla.atRisk;
        }
    }
    for (std::size_t w = 0; w < rollingDurations.size(); ++w)
        finishResolution(s.rolling[w], rollingDurations[w]);
    for (std::size_t w = 0; w < calendarDurations.size(); ++w)
        finishResolution(s.calendar[w], calendarDurations[w]);

    for (std::size_t p = 0; p <= priorities.size(); ++p) {
        PriorityFigures& pf = perPriority[p];
        if (pf.total == 0)
            continue;
        if (p == unknown) {
            pf.key = "unknown";
        } else {
            pf.key = priorities[p].key;
            if (priorities[p].known) {
                pf.level = priorities[p].level;
                pf.severity = priorities[p].severity;
                pf.slaHours = priorities[p].slaHours;
            }
        }
        s.byPriority.push_back(std::move(pf));
    }
    std::stable_sort(s.byPriority.begin(), s.byPriority.end(), [](const PriorityFigures& a, const PriorityFigures& b) {
        const bool au = a.key == "unknown" && !a.level;
        const bool bu = b.key == "unknown" && !b.level;
        if (au != bu)
            return bu;
        return naturalLess(a.key, b.key);
    });

    // Surveys: each case's first survey, when it is <= T.
    const auto& questions = book.dimensions().questions;
    const auto sentimentQuestion = static_cast<std::size_t>(std::clamp(settings.sentimentQuestion, 0, 4));
    const auto surveyCount = static_cast<std::uint32_t>(surveyBook.size());
    for (std::uint32_t i = 0; i < surveyCount; ++i) {
        const Timestamp at = surveyBook.time(i);
        if (at > T || (accepted && !accepted->accepts(i)))
            continue;
        const SurveyAnswers& answers = surveyBook.answers(i);
        const AnswerBands::Sentiment sentiment = questions[sentimentQuestion].classify(answers[sentimentQuestion]);
        ++s.surveys.total;
        s.surveys.positive += sentiment == AnswerBands::Sentiment::Positive;
        s.surveys.neutral += sentiment == AnswerBands::Sentiment::Neutral;
        s.surveys.negative += sentiment == AnswerBands::Sentiment::Negative;
        for (std::size_t q = 0; q < questions.size(); ++q) {
            switch (questions[q].classify(answers[q])) {
            case AnswerBands::Sentiment::Positive: ++s.questions[q].positive; break;
            case AnswerBands::Sentiment::Neutral: ++s.questions[q].neutral; break;
            case AnswerBands::Sentiment::Negative: ++s.questions[q].negative; break;
            case AnswerBands::Sentiment::None: ++s.questions[q].unanswered; break;
            }
        }
        for (std::size_t w = 0; w < rollingAfter.size(); ++w) {
            if (at > rollingAfter[w])
                countSentiment(s.rolling[w], sentiment);
        }
        for (std::size_t w = 0; w < s.calendarStart.size(); ++w) {
            if (at >= s.calendarStart[w])
                countSentiment(s.calendar[w], sentiment);
        }
    }
    return s;
}

} // namespace carepulse
