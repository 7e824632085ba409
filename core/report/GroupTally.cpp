#include "GroupTally.h"

#include "kpi/KpiEngine.h"

#include <algorithm>
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
std::int64_t medianOf(std::span<std::int64_t> values)
{
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(nearestRankIndex(values.size(), 0.5));
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

} // namespace

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
            tally.cases[c] += n.cases;
            tally.open[c] += n.open;
            tally.breached[c] += n.breached;
            tally.breachedClosed[c] += n.breachedClosed;
            tally.atRisk[c] += n.atRisk;
            tally.met[c] += n.met;
            if (tally.sample[c] == GroupTally::kNoCase)
                tally.sample[c] = n.sample;
            slot[p][c] = total;
            total += static_cast<std::size_t>(n.breached);
        }
    }
    start[codes] = total;

    Column<std::int64_t> overdue;
    overdue.resize(total); // every slot is written once below
    const auto scatter = [&](std::size_t p) {
        const TallyPart& part = parts[p];
        std::vector<std::size_t>& next = slot[p];
        std::size_t wide = 0;
        for (std::size_t e = 0; e < part.overdueCount; ++e) {
            const OverdueEntry entry = part.overdue[e];
            overdue[next[entry.code]++] = entry.overdueBy != OverdueEntry::kWide ? entry.overdueBy : part.wide[wide++];
        }
    };
    // The codes' medians, in two runs of about the same number of times.
    const std::size_t middle = static_cast<std::size_t>(
        std::lower_bound(start.begin(), start.end() - 1, total / 2) - start.begin());
    const auto medians = [&](std::size_t from, std::size_t to) {
        for (std::size_t c = from; c < to; ++c) {
            if (start[c + 1] > start[c])
                tally.medianOverdue[c] = medianOf(std::span(overdue).subspan(start[c], start[c + 1] - start[c]));
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
    return tally;
}

} // namespace carepulse::detail
