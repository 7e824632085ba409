#include "GroupTally.h"

namespace carepulse::detail {

GroupTally mergeTallyParts(std::vector<TallyPart>& parts, std::size_t codes)
{
    GroupTally tally;
    TallyPart& first = parts.front();
    for (std::size_t p = 1; p < parts.size(); ++p) {
        const TallyPart& next = parts[p];
        for (std::size_t c = 0; c < codes; ++c) {
            first.cases[c] += next.cases[c];
            first.open[c] += next.open[c];
            first.breached[c] += next.breached[c];
            first.breachedClosed[c] += next.breachedClosed[c];
            first.atRisk[c] += next.atRisk[c];
            first.met[c] += next.met[c];
            if (first.sample[c] == GroupTally::kNoCase)
                first.sample[c] = next.sample[c]; // parts are in case order
        }
    }
    // Overdue times by code (a counting sort: each code's times stay in case order).
    tally.overdueStart.assign(codes + 1, 0);
    for (std::size_t c = 0; c < codes; ++c)
        tally.overdueStart[c + 1] = tally.overdueStart[c] + static_cast<std::size_t>(first.breached[c]);
    tally.overdue.resize(tally.overdueStart[codes]);
    std::vector<std::size_t> next(tally.overdueStart.begin(), tally.overdueStart.end() - 1);
    for (const TallyPart& part : parts) {
        for (const auto& [code, overdueBy] : part.overdue)
            tally.overdue[next[code]++] = overdueBy;
    }
    tally.cases = std::move(first.cases);
    tally.open = std::move(first.open);
    tally.breached = std::move(first.breached);
    tally.breachedClosed = std::move(first.breachedClosed);
    tally.atRisk = std::move(first.atRisk);
    tally.met = std::move(first.met);
    tally.sample = std::move(first.sample);
    return tally;
}

} // namespace carepulse::detail
