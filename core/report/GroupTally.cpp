#include "GroupTally.h"

#include "kpi/KpiEngine.h"

#include <algorithm>
#include <bit>
#include <span>

namespace carepulse::detail {

namespace {

// Runs first and second at once when asked (on this thread and one more), else one after the other.
template<typename First, typename Second>
void runBoth(bool together, const First& first, const Second& second)
{
    if (!together) {
        first();
        second();
        return;
    }
    std::thread other(second);
    first();
    other.join();
}

// The nearest-rank median of values (reordered in place).
template<typename Value>
std::int64_t medianOf(std::span<Value> values)
{
    return selectNth(values, nearestRankIndex(values.size(), 0.5));
}

// Moves the parts' overdue times to their codes' slots (next[p][c]: where part p's next time of code c
// goes; start[c]: where code c's times begin) as Value, then finds each code's median, on two threads
// for two parts.
template<typename Value>
void findMedians(const std::vector<TallyPart>& parts, std::vector<std::vector<std::size_t>>& next,
                 const std::vector<std::size_t>& start, GroupTally& tally)
{
    const std::size_t codes = start.size() - 1;
    const std::size_t total = start[codes];
    ScratchColumn<Value> overdue(total); // every slot is written once below
    const auto scatter = [&](std::size_t p) {
        const TallyPart& part = parts[p];
        std::vector<std::size_t>& slot = next[p];
        std::size_t wide = 0;
        for (std::size_t e = 0; e < part.overdueCount; ++e) {
            const OverdueEntry entry = part.overdue[e];
            overdue[slot[entry.code]++] = static_cast<Value>(
                entry.overdueBy != OverdueEntry::kWide ? entry.overdueBy : part.wide[wide++]);
        }
    };
    // The codes' medians, in two runs of about the same number of times.
    const std::size_t middle = static_cast<std::size_t>(
        std::lower_bound(start.begin(), start.end() - 1, total / 2) - start.begin());
    const auto medians = [&](std::size_t from, std::size_t to) {
        for (std::size_t c = from; c < to; ++c) {
            if (start[c + 1] > start[c])
                tally.medianOverdue[c] = medianOf(std::span(overdue.data() + start[c], start[c + 1] - start[c]));
        }
    };
    const bool together = parts.size() == 2;
    if (together) {
        runBoth(true, [&] { scatter(0); }, [&] { scatter(1); });
    } else {
        for (std::size_t p = 0; p < parts.size(); ++p)
            scatter(p);
    }
    runBoth(together, [&] { medians(0, middle); }, [&] { medians(middle, codes); });
}

} // namespace

void TallyPart::spill(std::uint32_t code)
{
    if (spilled.empty())
        spilled.resize(counts.size());
    CodeCounts& c = counts[code];
    CodeTotals& t = spilled[code];
    t.cases += c.cases;
    t.open += c.open;
    t.breached += c.breached;
    t.breachedClosed += c.breachedClosed;
    t.atRisk += c.atRisk;
    t.met += c.met;
    c = {0, 0, 0, 0, 0, 0, c.sample};
}

// Quickselect with a partition that does not branch on the values, which are in no order: the partition of
// std::nth_element mispredicts about every other comparison. Many equal values, or unlucky pivots, would
// make it quadratic, so after a few more rounds than a balanced run takes it hands over to nth_element.
template<typename Value>
Value selectNth(std::span<Value> values, std::size_t k)
{
    Value* a = values.data();
    std::size_t lo = 0;
    std::size_t hi = values.size();
    for (int roundsLeft = 2 * std::bit_width(values.size()) + 4; hi - lo > 16 && roundsLeft > 0; --roundsLeft) {
        // The median of three as the pivot, moved to the end.
        const std::size_t mid = lo + (hi - lo) / 2;
        Value x = a[lo], y = a[mid], z = a[hi - 1];
        const Value pivot = std::max(std::min(x, y), std::min(std::max(x, y), z));
        const std::size_t at = pivot == x ? lo : pivot == y ? mid : hi - 1;
        std::swap(a[at], a[hi - 1]);
        // a[lo, i) < pivot <= a[i, j): each value is swapped in, and i moves past it only if smaller.
        std::size_t i = lo;
        for (std::size_t j = lo; j < hi - 1; ++j) {
            const Value v = a[j];
            a[j] = a[i];
            a[i] = v;
            i += v < pivot ? 1 : 0;
        }
        std::swap(a[i], a[hi - 1]);
        if (k == i)
            return a[i];
        if (k < i)
            hi = i;
        else
            lo = i + 1;
    }
    std::nth_element(a + lo, a + k, a + hi);
    return a[k];
}

template std::int32_t selectNth(std::span<std::int32_t> values, std::size_t k);
template std::int64_t selectNth(std::span<std::int64_t> values, std::size_t k);

GroupTally mergeTallyParts(const std::vector<TallyPart>& parts, std::size_t codes)
{
    GroupTally tally;
    for (auto* column : {&tally.cases, &tally.open, &tally.breached, &tally.breachedClosed, &tally.atRisk, &tally.met,
                         &tally.medianOverdue})
        column->assign(codes, 0);
    tally.sample.assign(codes, GroupTally::kNoCase);
    // Each part's overdue times go to their code's slots, after the earlier parts': slot[p][c] is where
    // part p's next time of code c goes.
    std::vector<std::vector<std::size_t>> slot(parts.size(), std::vector<std::size_t>(codes));
    std::size_t total = 0;
    std::vector<std::size_t> start(codes + 1, 0);
    for (std::size_t c = 0; c < codes; ++c) {
        start[c] = total;
        for (std::size_t p = 0; p < parts.size(); ++p) { // in case order
            const CodeCounts& n = parts[p].counts[c];
            const CodeTotals spilled = parts[p].spilled.empty() ? CodeTotals{} : parts[p].spilled[c];
            tally.cases[c] += n.cases + spilled.cases;
            tally.open[c] += n.open + spilled.open;
            tally.breached[c] += n.breached + spilled.breached;
            tally.breachedClosed[c] += n.breachedClosed + spilled.breachedClosed;
            tally.atRisk[c] += n.atRisk + spilled.atRisk;
            tally.met[c] += n.met + spilled.met;
            if (tally.sample[c] == GroupTally::kNoCase)
                tally.sample[c] = n.sample;
            slot[p][c] = total;
            total += static_cast<std::size_t>(n.breached + spilled.breached);
        }
    }
    start[codes] = total;

    // The times fit 32 bits unless a part kept one aside (an as-of moment decades ahead): then 64.
    const bool wide = std::any_of(parts.begin(), parts.end(), [](const TallyPart& p) { return !p.wide.empty(); });
    if (wide)
        findMedians<std::int64_t>(parts, slot, start, tally);
    else
        findMedians<std::int32_t>(parts, slot, start, tally);
    return tally;
}

} // namespace carepulse::detail
