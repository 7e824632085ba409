#include "KpiAccumulator.h"

#include "KpiEngine.h"

#include <algorithm>

namespace carepulse {

namespace {

constexpr std::array<Timestamp, KpiSnapshot::RollingCount> kRollingSeconds = {3600, 24 * 3600, 7 * 24 * 3600,
                                                                              30 * 24 * 3600};

using DurationLists = std::array<std::vector<std::int64_t>, KpiAccumulator::kWindowCount>;

DurationLists& clearedScratch(DurationLists& lists)
{
    for (auto& list : lists)
        list.clear();
    return lists;
}

DurationLists& addedScratch()
{
    thread_local DurationLists lists;
    return clearedScratch(lists);
}

DurationLists& removedScratch()
{
    thread_local DurationLists lists;
    return clearedScratch(lists);
}

} // namespace

AnswerClasses classifyAnswers(const BookDimensions& dimensions, const SurveyAnswers& answers)
{
    AnswerClasses classes{};
    for (std::size_t q = 0; q < classes.size(); ++q)
        classes[q] = dimensions.questions[q].classify(answers[q]);
    return classes;
}

KpiAccumulator::KpiAccumulator(KpiSnapshot& s, const BookDimensions& dimensions, const KpiSettings& settings,
                               Timestamp asOf)
    : m_snapshot(s)
    , m_dimensions(dimensions)
    , m_unknown(dimensions.priorities.size())
    , m_perPriority(dimensions.priorities.size() + 1)
    , m_threshold(dimensions.priorities.size() + 1, 0)
    , m_sentimentQuestion(std::clamp(settings.sentimentQuestion, 0, kSurveyQuestionCount - 1))
    , m_added(addedScratch())
    , m_removed(removedScratch())
{
    s.asOf = asOf;
    s.fiscalCalendar = calendarWindowStarts(dimensions, asOf, s.calendarStart);
    for (std::size_t p = 0; p < dimensions.priorities.size(); ++p) {
        const PriorityInfo& priority = dimensions.priorities[p];
        if (priority.slaHours)
            m_threshold[p] = atRiskThreshold(settings, priority, std::int64_t{*priority.slaHours} * 3600);
    }
    for (std::size_t w = 0; w < KpiSnapshot::RollingCount; ++w) {
        m_after[w] = asOf - kRollingSeconds[w];
        m_windows[w] = &s.rolling[w];
    }
    for (std::size_t w = 0; w < KpiSnapshot::CalendarCount; ++w) {
        m_after[KpiSnapshot::RollingCount + w] = s.calendarStart[w] - 1; // >= start, on whole seconds
        m_windows[KpiSnapshot::RollingCount + w] = &s.calendar[w];
    }
}

void KpiAccumulator::addCase(Timestamp created, CaseBook::State state, std::uint16_t priority, std::int64_t sla,
                             int sign)
{
    KpiSnapshot& s = m_snapshot;
    const Timestamp T = s.asOf;
    s.total += sign;
    PriorityFigures& pf = m_perPriority[slot(priority)];
    pf.total += sign;
    if (state.closed) {
        s.closed += sign;
        pf.closed += sign;
    } else {
        s.open += sign;
        pf.open += sign;
    }
    auto& durations = sign > 0 ? m_added : m_removed;
    for (std::size_t w = 0; w < kWindowCount; ++w) {
        WindowFigures& figures = window(w);
        if (created > m_after[w])
            figures.opened += sign;
        if (state.closed && state.closedAt > m_after[w]) {
            figures.closed += sign;
            durations[w].push_back(state.closedAt - created);
        }
    }
    if (sla < 0)
        return;
    s.sla.withSla += sign;
    if (state.closed) {
        if (state.closedAt - created > sla)
            s.sla.breachedClosed += sign;
        else
            s.sla.met += sign;
    } else if (T - created > sla) {
        s.sla.breachedOpen += sign;
    } else if (T - created >= m_threshold[priority]) {
        s.sla.atRisk += sign;
    }
}

void KpiAccumulator::addSurvey(Timestamp at, const AnswerClasses& classes, int sign)
{
    KpiSnapshot& s = m_snapshot;
    const AnswerBands::Sentiment sentiment = classes[static_cast<std::size_t>(m_sentimentQuestion)];
    const std::int64_t positive = sentiment == AnswerBands::Sentiment::Positive ? sign : 0;
    const std::int64_t neutral = sentiment == AnswerBands::Sentiment::Neutral ? sign : 0;
    const std::int64_t negative = sentiment == AnswerBands::Sentiment::Negative ? sign : 0;
    s.surveys.total += sign;
    s.surveys.positive += positive;
    s.surveys.neutral += neutral;
    s.surveys.negative += negative;
    for (std::size_t q = 0; q < classes.size(); ++q) {
        switch (classes[q]) {
        case AnswerBands::Sentiment::Positive: s.questions[q].positive += sign; break;
        case AnswerBands::Sentiment::Neutral: s.questions[q].neutral += sign; break;
        case AnswerBands::Sentiment::Negative: s.questions[q].negative += sign; break;
        case AnswerBands::Sentiment::None: s.questions[q].unanswered += sign; break;
        }
    }
    for (std::size_t w = 0; w < kWindowCount; ++w) {
        if (at > m_after[w]) {
            WindowFigures& figures = window(w);
            figures.surveys += sign;
            figures.positive += positive;
            figures.neutral += neutral;
            figures.negative += negative;
        }
    }
}

void KpiAccumulator::finishPriorities()
{
    const auto& priorities = m_dimensions.priorities;
    for (std::size_t p = 0; p < m_perPriority.size(); ++p) {
        PriorityFigures& pf = m_perPriority[p];
        if (pf.total == 0)
            continue;
        if (p == m_unknown) {
            pf.key = "unknown";
        } else {
            pf.key = priorities[p].key;
            if (priorities[p].known) {
                pf.level = priorities[p].level;
                pf.severity = priorities[p].severity;
                pf.slaHours = priorities[p].slaHours;
            }
        }
        m_snapshot.byPriority.push_back(std::move(pf));
    }
    std::stable_sort(m_snapshot.byPriority.begin(), m_snapshot.byPriority.end(),
                     [](const PriorityFigures& a, const PriorityFigures& b) {
                         const bool au = a.key == "unknown" && !a.level;
                         const bool bu = b.key == "unknown" && !b.level;
                         if (au != bu)
                             return bu;
                         return naturalLess(a.key, b.key);
                     });
}

} // namespace carepulse
