#include "CaseDrawer.h"

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

} // namespace

CaseDrawer::CaseDrawer(const ReferenceData& reference, const CaseMix& mix, const EmployeeDirectory& employees,
                       const ProductCatalog& products, std::uint64_t seed)
    : m_mix(mix)
    , m_employees(employees)
    , m_products(products)
    , m_centreCount(reference.centres.size())
    , m_centreLateFactor(reference.centres.size())
{
    // Some centres resolve late far more often than others: drill-downs should have something to find.
    Random centreRandom(seed, StreamCentres);
    for (double& factor : m_centreLateFactor)
        factor = centreRandom.uniform(0.5, 1.5);
}

SimCase CaseDrawer::draw(Timestamp created, Random& random) const
{
    SimCase c;
    const auto agentCount = static_cast<std::uint32_t>(m_employees.agents.size());
    const Agent& agent = m_employees.agents[random.below(agentCount)];
    c.created = created;
    c.employeeKey = agent.key;
    c.centre = agent.centre;
    c.pair = m_mix.pickKnownPair(random);
    c.channel = m_mix.pickChannel(random);
    c.country = m_mix.pickCountry(agent.centre, random);
    c.productCode = m_products.pickForCase(random);
    applyUnknownKeys(c, m_mix, m_employees, m_products, m_centreCount, random);
    // The agent's centre, not c.centre: an unknown centre code does not change how the agent works.
    c.closeAfter = resolution(m_mix.pairs()[c.pair].slaHours, agent.centre, c.channel, random);
    return c;
}

std::uint32_t CaseDrawer::resolution(int slaHours, std::size_t centre, Channel channel, Random& random) const
{
    const double centreFactor = centre < m_centreLateFactor.size() ? m_centreLateFactor[centre] : 1.0;
    const double lateProbability = kLateShare * centreFactor * channelLateFactor(channel);
    return resolutionSeconds(slaHours, lateProbability, random);
}

} // namespace carepulse::simulate
