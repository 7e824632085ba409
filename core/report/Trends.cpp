#include "Trends.h"

#include "kpi/CaseStatus.h"
#include "kpi/KpiEngine.h"

#include <algorithm>

namespace carepulse {

namespace {

constexpr Timestamp kHour = 3600;

Timestamp floorTo(Timestamp t, Timestamp unit)
{
    Timestamp q = t / unit;
    if (t % unit < 0)
        --q;
    return q * unit;
}

std::optional<double> percent(std::int64_t part, std::int64_t whole)
{
    if (whole == 0)
        return std::nullopt;
    return roundPercent(100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

} // namespace

std::optional<double> Trends::csatPct(std::size_t day) const
{
    return percent(positivePerDay[day], ratedPerDay[day]);
}

std::optional<double> Trends::compliancePct(std::size_t day) const
{
    return percent(metPerDay[day], metPerDay[day] + breachedPerDay[day]);
}

Trends computeTrends(const CaseBook& book, const SurveyBook& surveys, const KpiSettings& settings, Timestamp T, int days,
                     const CaseFilter& filter)
{
    Trends t;
    t.asOf = T;
    days = std::max(days, 1);
    const Timestamp from = T - static_cast<Timestamp>(days) * kSecondsPerDay;
    t.firstHour = floorTo(from, kHour);
    const auto hours = static_cast<std::size_t>((floorTo(T, kHour) - t.firstHour) / kHour + 1);
    t.firstDay = floorTo(from, kSecondsPerDay);
    const auto dayCount = static_cast<std::size_t>((floorTo(T, kSecondsPerDay) - t.firstDay) / kSecondsPerDay + 1);
    t.openedPerHour.assign(hours, 0);
    t.closedPerHour.assign(hours, 0);
    t.openedPerDay.assign(dayCount, 0);
    t.closedPerDay.assign(dayCount, 0);
    t.positivePerDay.assign(dayCount, 0);
    t.ratedPerDay.assign(dayCount, 0);
    t.metPerDay.assign(dayCount, 0);
    t.breachedPerDay.assign(dayCount, 0);
    std::vector<std::int64_t> backlogDelta(hours + 1, 0);

    // The moment each hour's backlog is measured: the hour's last second, or T for the current hour.
    const auto measuredAt = [&](std::size_t h) { return std::min(t.firstHour + static_cast<Timestamp>(h + 1) * kHour - 1, T); };
    // The first bucket whose measuring moment is >= m.
    const auto firstBucketAtOrAfter = [&](Timestamp m) -> std::size_t {
        if (m <= measuredAt(0))
            return 0;
        const auto h = static_cast<std::size_t>((m - t.firstHour) / kHour);
        return std::min(h, hours);
    };
    const auto addOpenInterval = [&](Timestamp a, Timestamp b) { // open during [a, b)
        const std::size_t first = firstBucketAtOrAfter(a);
        const std::size_t end = b == CaseBook::kNever ? hours : firstBucketAtOrAfter(b);
        if (first < end) {
            ++backlogDelta[first];
            --backlogDelta[end];
        }
    };

    const CaseFilterIndex accepted(book, filter);
    const AtRiskThresholds thresholds(book.dimensions(), settings);
    const auto count = static_cast<std::uint32_t>(book.size());
    for (std::uint32_t i = 0; i < count; ++i) {
        const Timestamp created = book.created(i);
        if (created > T || !accepted.accepts(i))
            continue;
        if (created >= t.firstHour) {
            ++t.openedPerHour[static_cast<std::size_t>((created - t.firstHour) / kHour)];
            ++t.arrivals[static_cast<std::size_t>(isoWeekday(created))][static_cast<std::size_t>(created % kSecondsPerDay / kHour)];
        }
        if (created >= t.firstDay)
            ++t.openedPerDay[static_cast<std::size_t>((created - t.firstDay) / kSecondsPerDay)];
        const CaseStatus s = evaluateCase(book, i, T, thresholds);
        if (s.closed && s.closedAt >= t.firstHour)
            ++t.closedPerHour[static_cast<std::size_t>((s.closedAt - t.firstHour) / kHour)];
        if (s.closed && s.closedAt >= t.firstDay) {
            const auto day = static_cast<std::size_t>((s.closedAt - t.firstDay) / kSecondsPerDay);
            ++t.closedPerDay[day];
            t.metPerDay[day] += s.sla == SlaState::Met;
            t.breachedPerDay[day] += s.sla == SlaState::Breached;
        }
        // Open intervals up to T, from the case's state events.
        Timestamp openSince = created;
        bool open = true;
        for (const CaseBook::StateEvent& e : book.events(i)) {
            if (e.time > T)
                break;
            if (e.closed && open) {
                addOpenInterval(openSince, std::max(e.time, created));
                open = false;
            } else if (!e.closed && !open) {
                openSince = e.time;
                open = true;
            }
        }
        if (open)
            addOpenInterval(openSince, CaseBook::kNever);
    }
    t.backlogPerHour.assign(hours, 0);
    std::int64_t running = 0;
    for (std::size_t h = 0; h < hours; ++h) {
        running += backlogDelta[h];
        t.backlogPerHour[h] = running;
    }

    const auto& questions = book.dimensions().questions;
    const auto q = static_cast<std::size_t>(std::clamp(settings.sentimentQuestion, 0, 4));
    const auto surveyCount = static_cast<std::uint32_t>(surveys.size());
    for (std::uint32_t i = 0; i < surveyCount; ++i) {
        const Timestamp at = surveys.time(i);
        if (at > T || at < t.firstDay)
            continue;
        if (!filter.empty() && (i >= book.size() || !book.hasEvents(i) || !accepted.accepts(i)))
            continue;
        const auto day = static_cast<std::size_t>((at - t.firstDay) / kSecondsPerDay);
        const AnswerBands::Sentiment sentiment = questions[q].classify(surveys.answers(i)[q]);
        if (sentiment != AnswerBands::Sentiment::None) {
            ++t.ratedPerDay[day];
            t.positivePerDay[day] += sentiment == AnswerBands::Sentiment::Positive;
        }
    }
    return t;
}

} // namespace carepulse
