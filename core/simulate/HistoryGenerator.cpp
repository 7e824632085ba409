#include "HistoryGenerator.h"

#include "ArrivalModel.h"
#include "Random.h"

#include <algorithm>

namespace carepulse::simulate {

namespace {

// Exactly the course's share of cases closes, chosen at random among those whose resolution time
// ends by `end`; the others are the open backlog (waiting on the customer, escalated, forgotten).
std::size_t closeCases(std::vector<SimCase>& cases, Timestamp end, std::uint64_t seed)
{
    Random random(seed, StreamClosing);
    std::vector<std::uint64_t> candidates; // random rank << 32 | case index
    candidates.reserve(cases.size());
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const std::uint64_t rank = random.next() >> 32;
        if (cases[i].closedAt() <= end)
            candidates.push_back(rank << 32 | i);
    }
    const std::size_t wanted = static_cast<std::size_t>((cases.size() * kClosedPerMillion + 500000) / 1000000);
    const std::size_t closing = std::min(wanted, candidates.size());
    std::nth_element(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(closing), candidates.end());
    std::vector<bool> closes(cases.size(), false);
    for (std::size_t k = 0; k < closing; ++k)
        closes[candidates[k] & 0xffffffffU] = true;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (!closes[i])
            cases[i].closeAfter = SimCase::kStillOpen;
    }
    return closing;
}

} // namespace

bool closedLate(const SimCase& c, const CaseMix& mix)
{
    const CategoryPair& pair = mix.pairs()[c.pair];
    return c.isClosed() && pair.known && pair.slaHours >= 0
        && static_cast<std::int64_t>(c.closeAfter) > static_cast<std::int64_t>(pair.slaHours) * 3600;
}

CaseHistory generateCases(const HistoryOptions& options, const ReferenceData& reference, const CaseMix& mix,
                          const EmployeeDirectory& employees, const ProductCatalog& products)
{
    CaseHistory history;
    Random arrivals(options.seed, StreamArrivals);
    const std::vector<Timestamp> created = ArrivalModel(options.start, options.end).drawSorted(options.caseCount, arrivals);

    const CaseDrawer drawer(reference, mix, employees, products, options.seed);
    Random random(options.seed, StreamCaseAttributes);
    history.cases.resize(created.size());
    for (std::size_t i = 0; i < created.size(); ++i)
        history.cases[i] = drawer.draw(created[i], random);
    history.closedCount = closeCases(history.cases, options.end, options.seed);
    return history;
}

} // namespace carepulse::simulate
