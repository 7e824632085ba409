#pragma once
// The per-case pass of a one-level grouping: each member's counts (metrics.md's group-row figures) and
// its breached cases' overdue times, counted in flat arrays by member code. Large books are split over two
// threads; the halves are merged in case order, so the result does not depend on the split.

#include "book/Column.h"
#include "kpi/CaseStatus.h"

#include <cstdint>
#include <limits>
#include <thread>
#include <vector>

namespace carepulse {

struct GroupTally {
    static constexpr std::uint32_t kNoCase = std::numeric_limits<std::uint32_t>::max();

    std::vector<std::int64_t> cases, open, breached, breachedClosed, atRisk, met; // by member code
    std::vector<std::uint32_t> sample; // the first case of each code, for its members' names
    // Breached cases' overdue times, grouped by code: code c's are [overdueStart[c], overdueStart[c + 1]).
    Column<std::int64_t> overdue;
    std::vector<std::size_t> overdueStart;

    std::size_t codes() const { return cases.size(); }
};

namespace detail {

// One member's counts in one cache line: a case updates one line, not seven arrays.
struct alignas(64) CodeCounts {
    std::int64_t cases = 0, open = 0, breached = 0, breachedClosed = 0, atRisk = 0, met = 0;
    std::uint32_t sample = GroupTally::kNoCase;
};

struct TallyPart {
    explicit TallyPart(std::size_t codes) : counts(codes) {}
    std::vector<CodeCounts> counts; // by member code
    // code, overdue by. Reserved for every case of the part: only the pages written are ever touched,
    // and the buffer never grows by copying.
    Column<std::pair<std::uint32_t, std::int64_t>> overdue;
};

GroupTally mergeTallyParts(const std::vector<TallyPart>& parts, std::size_t codes);

} // namespace detail

// codeOf(i) gives case i's member code (< codes); wanted(i) whether the case counts at all (created by T,
// through the filters and the drill-down path). Both are called from two threads at once.
// Books larger than splitAbove cases are tallied in two halves at once.
template<typename CodeOf, typename Wanted>
GroupTally tallyGroups(const CaseBook& book, Timestamp T, const AtRiskThresholds& thresholds, std::size_t codes,
                       const CodeOf& codeOf, const Wanted& wanted, std::uint32_t splitAbove = 1'000'000)
{
    const auto count = static_cast<std::uint32_t>(book.size());
    const auto tallyRange = [&](detail::TallyPart& part, std::uint32_t from, std::uint32_t to) {
        part.overdue.reserve(to - from);
        for (std::uint32_t i = from; i < to; ++i) {
            if (book.created(i) > T || !wanted(i))
                continue;
            const std::uint32_t code = codeOf(i);
            const CaseStatus s = evaluateCase(book, i, T, thresholds);
            detail::CodeCounts& c = part.counts[code];
            if (c.sample == GroupTally::kNoCase)
                c.sample = i;
            ++c.cases;
            c.open += s.closed ? 0 : 1;
            switch (s.sla) {
            case SlaState::Breached:
                ++c.breached;
                c.breachedClosed += s.closed ? 1 : 0;
                part.overdue.emplace_back(code, s.overdueBy);
                break;
            case SlaState::AtRisk: ++c.atRisk; break;
            case SlaState::Met: ++c.met; break;
            case SlaState::NoSla:
            case SlaState::OnTrack: break;
            }
        }
    };
    std::vector<detail::TallyPart> parts;
    if (count <= splitAbove || std::thread::hardware_concurrency() < 2) {
        parts.emplace_back(codes);
        tallyRange(parts[0], 0, count);
    } else {
        parts.emplace_back(codes);
        parts.emplace_back(codes);
        std::thread second([&] { tallyRange(parts[1], count / 2, count); });
        tallyRange(parts[0], 0, count / 2);
        second.join();
    }
    return detail::mergeTallyParts(parts, codes);
}

} // namespace carepulse
