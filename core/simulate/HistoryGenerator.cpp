#include "HistoryGenerator.h"

#include "ArrivalModel.h"
#include "Random.h"

#include <algorithm>

namespace carepulse::simulate {

namespace {

// About one case in 200 carries a key that its dimension lacks, as the real data does.
constexpr double kUnknownCentreShare = 0.0015;
constexpr double kUnknownPairShare = 0.0015;
constexpr double kUnknownEmployeeShare = 0.0015;
constexpr double kUnknownProductShare = 0.0005;

// The share of cases resolved after their SLA, before centre and channel effects.
constexpr double kLateShare = 0.14;
constexpr int kNominalSlaHours = 24; // pace for cases without an SLA

double channelLateFactor(Channel channel)
{
    switch (channel) {
    case Channel::Call:
        return 0.9;
    case Channel::Chat:
        return 0.95;
    case Channel::Email:
        return 1.35; // e-mail threads wait on the customer
    }
    return 1.0;
}

// Seconds from creation to resolution, relative to the SLA: most cases close well inside it, a late
// share closes after it with a long tail.
std::uint32_t resolutionSeconds(int slaHours, double lateProbability, Random& random)
{
    const double sla = (slaHours > 0 ? slaHours : kNominalSlaHours) * 3600.0;
    const double u = random.uniform();
    if (random.chance(lateProbability)) {
        const double overrun = u < 0.6 ? random.uniform(0.0, 0.5) : u < 0.88 ? random.uniform(0.5, 2.0)
                                                                                : random.uniform(2.0, 5.0);
        return static_cast<std::uint32_t>(sla + 1 + overrun * sla);
    }
    const double ratio = u < 0.4 ? random.uniform(0.02, 0.3) : u < 0.8 ? random.uniform(0.3, 0.7)
                                                                      : random.uniform(0.7, 1.0);
    return static_cast<std::uint32_t>(std::clamp(ratio * sla, 60.0, sla));
}

void applyUnknownKeys(SimCase& c, const CaseMix& mix, const EmployeeDirectory& employees,
                      const ProductCatalog& products, std::size_t centreCount, Random& random)
{
    double u = random.uniform();
    if ((u -= kUnknownCentreShare) < 0) {
        c.centre = SimCase::kUnknownCentre;
    } else if ((u -= kUnknownPairShare) < 0) {
        c.pair = mix.pickUnknownPair(random);
    } else if ((u -= kUnknownEmployeeShare) < 0) {
        c.employeeKey = employees.maxKey + 1 + random.below(100000);
        c.centre = static_cast<std::uint16_t>(random.below(static_cast<std::uint32_t>(centreCount)));
    } else if ((u -= kUnknownProductShare) < 0) {
        c.productCode = products.maxId + 1 + random.below(1000000);
    }
}

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

    // Some centres resolve late far more often than others: drill-downs should have something to find.
    Random centreRandom(options.seed, StreamCentres);
    std::vector<double> centreLateFactor(reference.centres.size());
    for (double& factor : centreLateFactor)
        factor = centreRandom.uniform(0.5, 1.5);

    Random random(options.seed, StreamCaseAttributes);
    const auto agentCount = static_cast<std::uint32_t>(employees.agents.size());
    history.cases.resize(created.size());
    for (std::size_t i = 0; i < created.size(); ++i) {
        SimCase& c = history.cases[i];
        const Agent& agent = employees.agents[random.below(agentCount)];
        c.created = created[i];
        c.employeeKey = agent.key;
        c.centre = agent.centre;
        c.pair = mix.pickKnownPair(random);
        c.channel = mix.pickChannel(random);
        c.country = mix.pickCountry(agent.centre, random);
        c.productCode = products.pickForCase(random);
        applyUnknownKeys(c, mix, employees, products, reference.centres.size(), random);
        const double lateProbability = kLateShare * centreLateFactor[agent.centre] * channelLateFactor(c.channel);
        c.closeAfter = resolutionSeconds(mix.pairs()[c.pair].slaHours, lateProbability, random);
    }
    history.closedCount = closeCases(history.cases, options.end, options.seed);
    return history;
}

} // namespace carepulse::simulate
