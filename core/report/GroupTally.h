#pragma once
// The per-case pass of a grouping: each member's counts (metrics.md's group-row figures) and the median
// overdue time of its breached cases, counted in flat arrays by member code. Large books are split over
// two threads; the halves are merged in case order, so the result does not depend on the split.

#include "book/ScratchColumn.h"
#include "kpi/CaseStatus.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <span>
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

// One member's counts in a quarter of a cache line: a case updates one line, not seven arrays, and the
// counts of twenty thousand managers (330 KB) stay in a core's level-2 cache beside the employee-to-manager
// table. The 16-bit counts are added to the part's spilled totals before they overflow.
struct alignas(16) CodeCounts {
    static constexpr std::uint16_t kSpillAt = std::numeric_limits<std::uint16_t>::max();
    std::uint16_t cases = 0, open = 0, breached = 0, breachedClosed = 0, atRisk = 0, met = 0;
    std::uint32_t sample = GroupTally::kNoCase;
};
static_assert(sizeof(CodeCounts) == 16);

struct CodeTotals {
    std::int64_t cases = 0, open = 0, breached = 0, breachedClosed = 0, atRisk = 0, met = 0;
};

// A breached case's overdue time as the pass records it, in 8 bytes. A time past 68 years (an as-of
// moment far ahead) does not fit: it is kept aside in the part's wide list, in case order, and the entry
// holds kWide.
struct OverdueEntry {
    static constexpr std::int32_t kWide = -1;
    std::uint32_t code;
    std::int32_t overdueBy;
};

struct TallyPart {
    TallyPart(std::size_t codes, std::size_t cases) : counts(codes), overdue(cases + 1) {}
    std::vector<CodeCounts> counts; // by member code
    std::vector<CodeTotals> spilled; // by member code, once a count has been spilled
    void spill(std::uint32_t code);
    // Room for every case of the part and one more, left uninitialised. The first overdueCount entries
    // are the breached cases'.
    ScratchColumn<OverdueEntry> overdue;
    std::size_t overdueCount = 0;
    std::vector<std::int64_t> wide;
};

// The value that would be at index k (< size) if values were sorted; values are reordered. For 32- and
// 64-bit values.
template<typename Value>
Value selectNth(std::span<Value> values, std::size_t k);

// Sums the parts' counts and finds each code's median overdue time (on two threads for two parts).
GroupTally mergeTallyParts(const std::vector<TallyPart>& parts, std::size_t codes);

} // namespace detail

// codeOf(i) gives case i's member code (< codes); wanted(i) whether the case counts at all (created by T,
// through the filters and the drill-down path). codeOf is asked for every case, wanted or not, and its
// answer used only for the wanted ones. Both are called from two threads at once.
// Books larger than splitAbove cases are tallied in two halves at once.
template<typename CodeOf, typename Wanted>
GroupTally tallyGroups(const CaseBook& book, Timestamp T, const AtRiskThresholds& thresholds, std::size_t codes,
                       const CodeOf& codeOf, const Wanted& wanted, std::uint32_t splitAbove = 1'000'000)
{
    const auto count = static_cast<std::uint32_t>(book.size());
    const SlaFlagRules rules(book, thresholds);
    const auto tallyRange = [&](detail::TallyPart& part, std::uint32_t from, std::uint32_t to) {
        detail::OverdueEntry* out = part.overdue.data();
        const CaseBook::Columns columns = book.columns();
        // A block's member codes are looked up first, in a loop of independent loads the processor runs
        // many of at once (they miss the cache: an employee's manager, say, among 293,000 employees), and
        // the members' counts are fetched ahead of the counting.
        constexpr std::uint32_t kBlock = 512;
        std::array<std::uint32_t, kBlock> blockCodes;
        for (std::uint32_t block = from; block < to; block += kBlock) {
            const std::uint32_t size = std::min(kBlock, to - block);
            for (std::uint32_t j = 0; j < size; ++j) {
                const std::uint32_t code = codeOf(block + j);
                blockCodes[j] = code;
                if (code < codes) // an unwanted case's code may be any number
                    __builtin_prefetch(part.counts.data() + code, 1);
            }
            // Without branches on the case's state: they would be mispredicted often.
            for (std::uint32_t j = 0; j < size; ++j) {
                const std::uint32_t i = block + j;
                if (columns.created(i) > T || !wanted(i))
                    continue;
                const std::uint32_t code = blockCodes[j];
                const SlaFlags f = rules(columns, i, T);
                detail::CodeCounts& c = part.counts[code];
                if (c.sample == GroupTally::kNoCase)
                    c.sample = i;
                ++c.cases;
                c.open += !f.closed;
                c.breached += f.breached;
                c.breachedClosed += f.breached & f.closed;
                c.atRisk += f.atRisk;
                c.met += f.met;
                if (c.cases == detail::CodeCounts::kSpillAt) [[unlikely]]
                    part.spill(code);
                const bool narrow = f.overdueBy <= std::numeric_limits<std::int32_t>::max();
                *out = {code, narrow ? static_cast<std::int32_t>(f.overdueBy) : detail::OverdueEntry::kWide};
                out += f.breached;
                if (f.breached && !narrow) [[unlikely]]
                    part.wide.push_back(f.overdueBy);
            }
        }
        part.overdueCount = static_cast<std::size_t>(out - part.overdue.data());
    };
    std::vector<detail::TallyPart> parts;
    if (count <= splitAbove || std::thread::hardware_concurrency() < 2) {
        parts.emplace_back(codes, count);
        tallyRange(parts[0], 0, count);
    } else {
        parts.emplace_back(codes, count / 2);
        parts.emplace_back(codes, count - count / 2);
        std::thread second([&] { tallyRange(parts[1], count / 2, count); });
        tallyRange(parts[0], 0, count / 2);
        second.join();
    }
    return detail::mergeTallyParts(parts, codes);
}

} // namespace carepulse
