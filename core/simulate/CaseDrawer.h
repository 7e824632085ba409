#pragma once
// Draws one generated case: its agent (and so its centre), category pair, channel, country, product, the
// occasional key that its dimension lacks, and how long it takes to resolve relative to its SLA. The
// history and the live stream draw cases the same way, so both use the same keys and shares.

#include "CaseMix.h"
#include "EmployeeGenerator.h"
#include "ProductGenerator.h"
#include "model/Timestamp.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace carepulse::simulate {

class Random;

struct SimCase {
    Timestamp created = 0;
    std::uint32_t closeAfter = 0; // seconds from creation to the Closed event, or kStillOpen
    std::uint32_t employeeKey = 0;
    std::uint32_t productCode = 0;
    std::uint16_t centre = 0;     // index into ReferenceData::centres, or kUnknownCentre
    std::uint16_t country = 0;    // CaseMix::countryCode
    std::uint8_t pair = 0;        // index into CaseMix::pairs()
    Channel channel = Channel::Call;

    static constexpr std::uint32_t kStillOpen = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::uint16_t kUnknownCentre = std::numeric_limits<std::uint16_t>::max();

    bool isClosed() const { return closeAfter != kStillOpen; }
    Timestamp closedAt() const { return created + closeAfter; }
};

class CaseDrawer {
public:
    // Each centre's lateness factor comes from `seed`, so it is the same in the history and the stream.
    CaseDrawer(const ReferenceData& reference, const CaseMix& mix, const EmployeeDirectory& employees,
               const ProductCatalog& products, std::uint64_t seed);

    // A case created at `created`; closeAfter holds its resolution time (whether it closes is the caller's
    // decision).
    SimCase draw(Timestamp created, Random& random) const;

    // Seconds from creation to resolution for a case with this SLA (-1: none), centre (an index, or
    // anything out of range for an unknown one) and channel.
    std::uint32_t resolution(int slaHours, std::size_t centre, Channel channel, Random& random) const;

    const CaseMix& mix() const { return m_mix; }

private:
    const CaseMix& m_mix;
    const EmployeeDirectory& m_employees;
    const ProductCatalog& m_products;
    std::size_t m_centreCount = 0;
    std::vector<double> m_centreLateFactor;
};

} // namespace carepulse::simulate
