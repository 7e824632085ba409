#pragma once
// What a generated case is about and how it arrived: an uneven mix of the real (category, sub-category)
// pairs, the three channels, and country codes (mostly the call centre's own country, with a tail of
// others, including codes that the country table lacks, as in the real data).

#include "ReferenceData.h"

#include "WeightedPicker.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace carepulse::simulate {

class Random;

enum class Channel : std::uint8_t { Call, Chat, Email };
std::string_view channelName(Channel channel);

class CaseMix {
public:
    explicit CaseMix(const ReferenceData& reference);

    // The category table's pairs first, then a few pairs deliberately missing from it.
    const std::vector<CategoryPair>& pairs() const { return m_pairs; }
    std::uint8_t pickKnownPair(Random& random) const;
    std::uint8_t pickUnknownPair(Random& random) const;

    Channel pickChannel(Random& random) const;

    std::uint16_t pickCountry(std::size_t centre, Random& random) const;
    const std::string& countryCode(std::uint16_t index) const { return m_countryCodes[index]; }

private:
    std::uint16_t countryIndex(const std::string& code);

    std::vector<CategoryPair> m_pairs;
    std::size_t m_knownPairCount = 0;
    WeightedPicker m_pairPicker;
    WeightedPicker m_channelPicker;

    std::vector<std::string> m_countryCodes;
    std::vector<std::uint16_t> m_homeCountry;   // per centre
    std::vector<std::uint16_t> m_majorMarkets;  // weighted by m_majorPicker
    WeightedPicker m_majorPicker;
    std::vector<std::uint16_t> m_longTail;      // uniform
};

} // namespace carepulse::simulate
