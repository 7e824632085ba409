#include "GroupTally.h"

namespace carepulse::detail {

GroupTally mergeTallyParts(const std::vector<TallyPart>& parts, std::size_t codes)
{
    GroupTally tally;
    for (auto* column : {&tally.cases, &tally.open, &tally.breached, &tally.breachedClosed, &tally.atRisk, &tally.met})
        column->assign(codes, 0);
    tally.sample.assign(codes, GroupTally::kNoCase);
    for (const TallyPart& part : parts) { // in case order
        for (std::size_t c = 0; c < codes; ++c) {
            const CodeCounts& n = part.counts[c];
            tally.cases[c] += n.cases;
            tally.open[c] += n.open;
            tally.breached[c] += n.breached;
            tally.breachedClosed[c] += n.breachedClosed;
            tally.atRisk[c] += n.atRisk;
            tally.met[c] += n.met;
            if (tally.sample[c] == GroupTally::kNoCase)
                tally.sample[c] = n.sample;
        }
    }
    // Overdue times by code (a counting sort: each code's times stay in case order).
    tally.overdueStart.assign(codes + 1, 0);
    for (std::size_t c = 0; c < codes; ++c)
        tally.overdueStart[c + 1] = tally.overdueStart[c] + static_cast<std::size_t>(tally.breached[c]);
    tally.overdue.resize(tally.overdueStart[codes]);
    std::vector<std::size_t> next(tally.overdueStart.begin(), tally.overdueStart.end() - 1);
    for (const TallyPart& part : parts) {
        for (const auto& [code, overdueBy] : part.overdue)
            tally.overdue[next[code]++] = overdueBy;
    }
    return tally;
}

} // namespace carepulse::detail
