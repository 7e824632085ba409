#include "KpiIndex.h"

#include "KpiEngine.h"

#include <algorithm>

namespace carepulse {

namespace {

template<typename Stamp>
std::size_t countFirstAtOrBefore(const std::vector<Stamp>& stamps, std::int64_t t)
{
    return static_cast<std::size_t>(
        std::upper_bound(stamps.begin(), stamps.end(), t, [](std::int64_t v, const Stamp& s) { return v < s.first; })
        - stamps.begin());
}

template<typename Stamp>
void sortByFirst(std::vector<Stamp>& stamps)
{
    std::sort(stamps.begin(), stamps.end(), [](const Stamp& a, const Stamp& b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
}

constexpr std::size_t classSlot(std::size_t question, AnswerBands::Sentiment sentiment)
{
    return question * 4 + static_cast<std::size_t>(sentiment);
}

} // namespace

std::size_t KpiIndex::Slot::lateAmong(std::size_t n) const
{
    const std::size_t stride = n / kLateStride;
    std::size_t late = lateBefore[stride];
    for (std::size_t i = stride * kLateStride; i < n; ++i)
        late += std::int64_t{byClosed[i].first} - byClosed[i].second > slaSeconds;
    return late;
}

KpiIndex::KpiIndex(const CaseBook& cases, const SurveyBook& surveys)
{
    // Times are kept as 32-bit seconds from the earliest one (68 years either way).
    Timestamp base = std::numeric_limits<Timestamp>::max();
    for (std::uint32_t i = 0; i < cases.size(); ++i) {
        if (cases.hasEvents(i))
            base = std::min(base, cases.created(i));
    }
    for (std::uint32_t i = 0; i < surveys.size(); ++i)
        base = std::min(base, surveys.time(i));
    m_base = base == std::numeric_limits<Timestamp>::max() ? 0 : base;

    const auto& priorities = cases.dimensions().priorities;
    m_slots.resize(priorities.size() + 1);
    for (std::size_t p = 0; p < priorities.size(); ++p)
        m_slots[p].slaSeconds = cases.prioritySlaSeconds(static_cast<std::uint16_t>(p));

    m_caseCount = static_cast<std::uint32_t>(cases.size());
    m_caseIndexed.assign(m_caseCount, false);
    m_caseOneByOne.assign(m_caseCount, false);
    std::vector<Stamp> closings; // {closed, duration}
    for (std::uint32_t i = 0; i < m_caseCount; ++i) {
        if (!cases.hasEvents(i))
            continue; // counts nowhere until it has events (then it changes, and is visited one by one)
        const std::optional<Timestamp> close = cases.plainCloseTime(i);
        const std::optional<std::int32_t> created = offset(cases.created(i));
        const bool closes = close && *close != CaseBook::kNever;
        const std::optional<std::int32_t> closed = closes ? offset(*close) : std::optional<std::int32_t>(kOpen);
        if (!close || !created || !closed || (closes && *closed < *created)) {
            m_caseOneByOne[i] = true;
            m_casesOneByOne.push_back(i);
            continue;
        }
        const std::uint16_t priority = cases.priority(i);
        Slot& slot = m_slots[priority == CaseBook::kUnknownPriority ? priorities.size() : priority];
        slot.byCreated.push_back({*created, *closed});
        if (closes) {
            slot.byClosed.push_back({*closed, *created});
            closings.push_back({*closed, *closed - *created});
        }
        m_caseIndexed[i] = true;
    }
    for (Slot& slot : m_slots) {
        sortByFirst(slot.byCreated);
        sortByFirst(slot.byClosed);
        slot.lateBefore.assign(slot.byClosed.size() / kLateStride + 1, 0);
        if (slot.slaSeconds < 0)
            continue;
        std::uint32_t late = 0;
        for (std::size_t i = 0; i < slot.byClosed.size(); ++i) {
            late += std::int64_t{slot.byClosed[i].first} - slot.byClosed[i].second > slot.slaSeconds;
            if ((i + 1) % kLateStride == 0)
                slot.lateBefore[(i + 1) / kLateStride] = late;
        }
    }
    sortByFirst(closings);
    std::vector<std::int32_t> closeTimes(closings.size());
    std::vector<std::int32_t> durations(closings.size());
    for (std::size_t i = 0; i < closings.size(); ++i) {
        closeTimes[i] = closings[i].first;
        durations[i] = closings[i].second;
    }
    closings = {};
    m_closed.assign(std::move(closeTimes), std::move(durations));

    // The survey book grows ahead of use; a survey's index is always one of the case book's.
    m_surveyCount = static_cast<std::uint32_t>(std::min(surveys.size(), cases.size()));
    m_surveyIndexed.assign(m_surveyCount, false);
    m_surveyOneByOne.assign(m_surveyCount, false);
    for (std::uint32_t i = 0; i < m_surveyCount; ++i) {
        if (surveys.time(i) == SurveyBook::kNone)
            continue;
        const std::optional<std::int32_t> at = offset(surveys.time(i));
        if (!at) {
            m_surveyOneByOne[i] = true;
            m_surveysOneByOne.push_back(i);
            continue;
        }
        m_surveys.push_back({*at, packClasses(classifyAnswers(cases.dimensions(), surveys.answers(i)))});
        m_surveyIndexed[i] = true;
    }
    std::sort(m_surveys.begin(), m_surveys.end(),
              [](const IndexedSurvey& a, const IndexedSurvey& b) { return a.time < b.time; });
    m_classesBefore.assign(m_surveys.size() / kSurveyStride + 1, ClassCounts{});
    ClassCounts running{};
    for (std::size_t i = 0; i < m_surveys.size(); ++i) {
        if (i % kSurveyStride == 0)
            m_classesBefore[i / kSurveyStride] = running;
        const AnswerClasses classes = unpackClasses(m_surveys[i].classes);
        for (std::size_t q = 0; q < classes.size(); ++q)
            ++running[classSlot(q, classes[q])];
    }
    if (m_surveys.size() % kSurveyStride == 0)
        m_classesBefore.back() = running;
}

std::optional<std::int32_t> KpiIndex::offset(Timestamp t) const
{
    if (t == CaseBook::kNever)
        return std::nullopt;
    const Timestamp d = t - m_base;
    if (d <= std::numeric_limits<std::int32_t>::min() || d >= kOpen)
        return std::nullopt;
    return static_cast<std::int32_t>(d);
}

std::uint16_t KpiIndex::packClasses(const AnswerClasses& classes)
{
    std::uint16_t packed = 0;
    for (std::size_t q = 0; q < classes.size(); ++q)
        packed = static_cast<std::uint16_t>(packed | (static_cast<unsigned>(classes[q]) << (2 * q)));
    return packed;
}

AnswerClasses KpiIndex::unpackClasses(std::uint16_t packed)
{
    AnswerClasses classes{};
    for (std::size_t q = 0; q < classes.size(); ++q)
        classes[q] = static_cast<AnswerBands::Sentiment>((packed >> (2 * q)) & 3);
    return classes;
}

void KpiIndex::noteCaseChange(const CaseBook& cases, std::uint32_t i)
{
    if (i >= m_caseCount || m_caseOneByOne[i])
        return; // new since the build, or visited one by one already
    m_caseOneByOne[i] = true;
    m_casesOneByOne.push_back(i);
    if (!m_caseIndexed[i])
        return;
    // Unchanged since the build (every change comes through here first): its indexed state.
    const Timestamp close = *cases.plainCloseTime(i);
    m_casesTakenOut.push_back({*offset(cases.created(i)), close == CaseBook::kNever ? kOpen : *offset(close),
                               cases.priority(i)});
}

void KpiIndex::noteSurveyChange(const CaseBook& cases, const SurveyBook& surveys, std::uint32_t i)
{
    if (i >= m_surveyCount || m_surveyOneByOne[i])
        return;
    m_surveyOneByOne[i] = true;
    m_surveysOneByOne.push_back(i);
    if (m_surveyIndexed[i])
        m_surveysTakenOut.push_back(
            {*offset(surveys.time(i)), packClasses(classifyAnswers(cases.dimensions(), surveys.answers(i)))});
}

std::uint32_t KpiIndex::surveyEnd(const CaseBook& cases, const SurveyBook& surveys) const
{
    return static_cast<std::uint32_t>(std::max<std::size_t>(m_surveyCount, std::min(surveys.size(), cases.size())));
}

std::size_t KpiIndex::oneByOne(const CaseBook& cases, const SurveyBook& surveys) const
{
    return m_casesOneByOne.size() + (cases.size() - m_caseCount) + m_surveysOneByOne.size()
        + (surveyEnd(cases, surveys) - m_surveyCount);
}

bool KpiIndex::worthRebuilding(const CaseBook& cases, const SurveyBook& surveys) const
{
    // Visiting a quarter of a million cases costs a few milliseconds; a rebuild costs a pass and a sort.
    return oneByOne(cases, surveys) > std::max<std::size_t>(262144, (m_caseCount + m_surveyCount) / 4);
}

KpiSnapshot KpiIndex::compute(const CaseBook& cases, const SurveyBook& surveys, const KpiSettings& settings,
                              Timestamp asOf) const
{
    KpiSnapshot s;
    KpiAccumulator acc(s, cases.dimensions(), settings, asOf);
    const std::int64_t t = asOf - m_base;
    addIndexedCases(acc, t);
    addCasesOneByOne(acc, cases);
    finishResolution(acc, t);
    acc.finishPriorities();
    addIndexedSurveys(acc, t);
    addSurveysOneByOne(acc, cases, surveys);
    return s;
}

void KpiIndex::addIndexedCases(KpiAccumulator& acc, std::int64_t t) const
{
    KpiSnapshot& s = acc.snapshot();
    for (std::size_t k = 0; k < m_slots.size(); ++k) {
        const Slot& slot = m_slots[k];
        const auto createdBy = [&](std::int64_t x) { return countFirstAtOrBefore(slot.byCreated, x); };
        const auto closedBy = [&](std::int64_t x) { return countFirstAtOrBefore(slot.byClosed, x); };
        const std::size_t total = createdBy(t);
        const std::size_t closed = closedBy(t);
        PriorityFigures& pf = acc.priority(k);
        pf.total += static_cast<std::int64_t>(total);
        pf.closed += static_cast<std::int64_t>(closed);
        pf.open += static_cast<std::int64_t>(total - closed);
        s.total += static_cast<std::int64_t>(total);
        s.closed += static_cast<std::int64_t>(closed);
        s.open += static_cast<std::int64_t>(total - closed);
        for (std::size_t w = 0; w < KpiAccumulator::kWindowCount; ++w)
            acc.window(w).opened += static_cast<std::int64_t>(total - createdBy(std::min(acc.after(w) - m_base, t)));
        if (slot.slaSeconds < 0)
            continue;
        s.sla.withSla += static_cast<std::int64_t>(total);
        const std::size_t late = slot.lateAmong(closed);
        s.sla.breachedClosed += static_cast<std::int64_t>(late);
        s.sla.met += static_cast<std::int64_t>(closed - late);
        // Open past the SLA: created before the edge and not closed by t. Those closed before the edge were
        // created before it too; of those closed since, count the ones created before it.
        const std::int64_t edge = t - slot.slaSeconds;
        const std::size_t createdBefore = createdBy(edge - 1);
        const std::size_t closedBefore = closedBy(edge - 1);
        std::size_t closedSince = 0;
        for (std::size_t i = closedBefore; i < closed; ++i)
            closedSince += slot.byClosed[i].second < edge;
        s.sla.breachedOpen += static_cast<std::int64_t>(createdBefore - closedBefore - closedSince);
        // At risk: created between the edge and t - threshold, still open at t.
        const std::size_t riskEnd = createdBy(std::min(t - acc.threshold(k), t));
        std::int64_t atRisk = 0;
        for (std::size_t i = createdBefore; i < riskEnd; ++i)
            atRisk += slot.byCreated[i].second == kOpen || slot.byCreated[i].second > t;
        s.sla.atRisk += atRisk;
    }
    const std::size_t closedByT = m_closed.countAtOrBefore(t);
    for (std::size_t w = 0; w < KpiAccumulator::kWindowCount; ++w)
        acc.window(w).closed +=
            static_cast<std::int64_t>(closedByT - m_closed.countAtOrBefore(std::min(acc.after(w) - m_base, t)));
}

void KpiIndex::addCasesOneByOne(KpiAccumulator& acc, const CaseBook& cases) const
{
    const Timestamp T = acc.asOf();
    for (const IndexedCase& old : m_casesTakenOut) {
        const Timestamp created = m_base + old.created;
        if (created > T)
            continue;
        const Timestamp closedAt = old.closed == kOpen ? CaseBook::kNever : m_base + old.closed;
        const CaseBook::State state = closedAt <= T ? CaseBook::State{true, closedAt} : CaseBook::State{};
        acc.addCase(created, state, old.priority, cases.prioritySlaSeconds(old.priority), -1);
    }
    const auto visit = [&](std::uint32_t i) {
        const Timestamp created = cases.created(i);
        if (created <= T)
            acc.addCase(created, cases.stateAt(i, T), cases.priority(i), cases.slaSeconds(i), +1);
    };
    for (const std::uint32_t i : m_casesOneByOne)
        visit(i);
    for (auto i = m_caseCount; i < cases.size(); ++i)
        visit(i);
}

void KpiIndex::finishResolution(KpiAccumulator& acc, std::int64_t t) const
{
    const std::size_t to = m_closed.countAtOrBefore(t);
    for (std::size_t w = 0; w < KpiAccumulator::kWindowCount; ++w) {
        const std::size_t from = m_closed.countAtOrBefore(std::min(acc.after(w) - m_base, t));
        std::vector<std::int64_t>& added = acc.added(w);
        std::vector<std::int64_t>& removed = acc.removed(w);
        const std::size_t n = to - from + added.size() - removed.size();
        if (n == 0)
            continue;
        std::sort(added.begin(), added.end());
        std::sort(removed.begin(), removed.end());
        long double sum = m_closed.sum(from, to);
        for (const std::int64_t d : added)
            sum += static_cast<long double>(d);
        for (const std::int64_t d : removed)
            sum -= static_cast<long double>(d);
        WindowFigures& figures = acc.window(w);
        figures.resolutionMean = static_cast<double>(sum / static_cast<long double>(n));
        figures.resolutionMedian = static_cast<double>(m_closed.select(from, to, added, removed, nearestRankIndex(n, 0.5)));
        figures.resolutionP90 = static_cast<double>(m_closed.select(from, to, added, removed, nearestRankIndex(n, 0.9)));
    }
}

KpiIndex::ClassCounts KpiIndex::classCountsBefore(std::size_t n) const
{
    const std::size_t stride = n / kSurveyStride;
    ClassCounts counts = m_classesBefore[stride];
    for (std::size_t i = stride * kSurveyStride; i < n; ++i) {
        const AnswerClasses classes = unpackClasses(m_surveys[i].classes);
        for (std::size_t q = 0; q < classes.size(); ++q)
            ++counts[classSlot(q, classes[q])];
    }
    return counts;
}

void KpiIndex::addIndexedSurveys(KpiAccumulator& acc, std::int64_t t) const
{
    KpiSnapshot& s = acc.snapshot();
    const auto countBy = [&](std::int64_t x) {
        return static_cast<std::size_t>(
            std::upper_bound(m_surveys.begin(), m_surveys.end(), x,
                             [](std::int64_t v, const IndexedSurvey& survey) { return v < survey.time; })
            - m_surveys.begin());
    };
    const std::size_t q = static_cast<std::size_t>(acc.sentimentQuestion());
    const std::size_t n = countBy(t);
    const ClassCounts counts = classCountsBefore(n);
    using S = AnswerBands::Sentiment;
    s.surveys.total += static_cast<std::int64_t>(n);
    s.surveys.positive += counts[classSlot(q, S::Positive)];
    s.surveys.neutral += counts[classSlot(q, S::Neutral)];
    s.surveys.negative += counts[classSlot(q, S::Negative)];
    for (std::size_t question = 0; question < s.questions.size(); ++question) {
        s.questions[question].positive += counts[classSlot(question, S::Positive)];
        s.questions[question].neutral += counts[classSlot(question, S::Neutral)];
        s.questions[question].negative += counts[classSlot(question, S::Negative)];
        s.questions[question].unanswered += counts[classSlot(question, S::None)];
    }
    for (std::size_t w = 0; w < KpiAccumulator::kWindowCount; ++w) {
        const std::size_t from = countBy(std::min(acc.after(w) - m_base, t));
        const ClassCounts before = classCountsBefore(from);
        WindowFigures& figures = acc.window(w);
        figures.surveys += static_cast<std::int64_t>(n - from);
        figures.positive += counts[classSlot(q, S::Positive)] - before[classSlot(q, S::Positive)];
        figures.neutral += counts[classSlot(q, S::Neutral)] - before[classSlot(q, S::Neutral)];
        figures.negative += counts[classSlot(q, S::Negative)] - before[classSlot(q, S::Negative)];
    }
}

void KpiIndex::addSurveysOneByOne(KpiAccumulator& acc, const CaseBook& cases, const SurveyBook& surveys) const
{
    const Timestamp T = acc.asOf();
    for (const IndexedSurvey& old : m_surveysTakenOut) {
        if (m_base + old.time <= T)
            acc.addSurvey(m_base + old.time, unpackClasses(old.classes), -1);
    }
    const auto visit = [&](std::uint32_t i) {
        const Timestamp at = surveys.time(i);
        if (at <= T)
            acc.addSurvey(at, classifyAnswers(cases.dimensions(), surveys.answers(i)), +1);
    };
    for (const std::uint32_t i : m_surveysOneByOne)
        visit(i);
    for (auto i = m_surveyCount; i < surveyEnd(cases, surveys); ++i)
        visit(i);
}

std::size_t KpiIndex::memoryBytes() const
{
    std::size_t bytes = m_closed.memoryBytes() + m_surveys.capacity() * sizeof(IndexedSurvey)
        + m_classesBefore.capacity() * sizeof(ClassCounts) + (m_caseIndexed.capacity() + m_caseOneByOne.capacity()
        + m_surveyIndexed.capacity() + m_surveyOneByOne.capacity()) / 8 + m_casesOneByOne.capacity() * 4
        + m_casesTakenOut.capacity() * sizeof(IndexedCase) + m_surveysOneByOne.capacity() * 4
        + m_surveysTakenOut.capacity() * sizeof(IndexedSurvey);
    for (const Slot& slot : m_slots)
        bytes += (slot.byCreated.capacity() + slot.byClosed.capacity()) * sizeof(Stamp) + slot.lateBefore.capacity() * 4;
    return bytes;
}

} // namespace carepulse
