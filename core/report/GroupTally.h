#pragma once
// The per-case pass of a grouping: each member's counts (metrics.md's group-row figures) and the median
// overdue time of its breached cases, counted in flat arrays by member code. Large books are split over
// two threads; the halves are merged in case order, so the result does not depend on the split.

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
    // The nearest-rank median of each code's breached cases' overdue times; 0 where none is breached.
    std::vector<std::int64_t> medianOverdue;

    std::size_t codes() const { return cases.size(); }
};

namespace detail {

// One member's counts in half a cache line: a case updates one line, not seven arrays, and the counts of
// twenty thousand managers (660 KB) stay in a core's level-2 cache. A part holds fewer than 2^32 cases.
struct alignas(32) CodeCounts {
    std::uint32_t cases = 0, open = 0, breached = 0, breachedClosed = 0, atRisk = 0, met = 0;
    std::uint32_t sample = GroupTally::kNoCase;
};
static_assert(sizeof(CodeCounts) == 32);

// A breached case's overdue time as the pass records it, in 8 bytes. A time past 68 years (an as-of
// moment far ahead) does not fit: it is kept aside in the part's wide list, in case order, and the entry
// holds kWide.
struct OverdueEntry {
    static constexpr std::int32_t kWide = -1;
    std::uint32_t code;
    std::int32_t overdueBy;
};

struct TallyPart {
    explicit TallyPart(std::size_t codes) : counts(codes) {}
    std::vector<CodeCounts> counts; // by member code
    // Sized for every case of the part and one more, left uninitialised: only the pages written are ever
    // touched. The first overdueCount entries are the breached cases'.
    Column<OverdueEntry> overdue;
    std::size_t overdueCount = 0;
    std::vector<std::int64_t> wide;
};

// Sums the parts' counts and finds each code's median overdue time (on two threads for two parts).
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
    // Without branches on the case's state: the states of neighbouring cases follow no pattern, so a
    // branch per state would be mispredicted about every other case.
    const auto tallyRange = [&](detail::TallyPart& part, std::uint32_t from, std::uint32_t to) {
        part.overdue.resize(std::size_t{to - from} + 1); // every entry is written before it is kept
        detail::OverdueEntry* out = part.overdue.data();
        const CaseBook::Columns columns = book.columns();
        for (std::uint32_t i = from; i < to; ++i) {
            if (columns.created(i) > T || !wanted(i))
                continue;
            const std::uint32_t code = codeOf(i);
            const CaseStatus s = evaluateCase(columns, i, T, thresholds);
            detail::CodeCounts& c = part.counts[code];
            if (c.sample == GroupTally::kNoCase)
                c.sample = i;
            const bool breached = s.sla == SlaState::Breached;
            ++c.cases;
            c.open += s.closed ? 0 : 1;
            c.breached += breached ? 1 : 0;
            c.breachedClosed += breached && s.closed ? 1 : 0;
            c.atRisk += s.sla == SlaState::AtRisk ? 1 : 0;
            c.met += s.sla == SlaState::Met ? 1 : 0;
            const bool narrow = s.overdueBy <= std::numeric_limits<std::int32_t>::max();
            *out = {code, narrow ? static_cast<std::int32_t>(s.overdueBy) : detail::OverdueEntry::kWide};
            out += breached ? 1 : 0;
            if (breached && !narrow) [[unlikely]]
                part.wide.push_back(s.overdueBy);
        }
        part.overdueCount = static_cast<std::size_t>(out - part.overdue.data());
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
