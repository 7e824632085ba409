#include "CaseMix.h"

#include "Random.h"

#include <algorithm>
#include <array>

namespace carepulse::simulate {

namespace {

using namespace std::string_view_literals;

struct SubCategoryWeight {
    std::string_view subCategory;
    double weight;
};

// Orders and billing dominate complaints; store incidents are rare. Pairs not listed weigh 1.
constexpr std::array kSubCategoryWeights = {
    SubCategoryWeight{"SCAT1"sv, 3},  SubCategoryWeight{"SCAT2"sv, 2},   SubCategoryWeight{"SCAT3"sv, 1},
    SubCategoryWeight{"SCAT4"sv, 2},  SubCategoryWeight{"SCAT5"sv, 4},   SubCategoryWeight{"SCAT6"sv, 2},
    SubCategoryWeight{"SCAT7"sv, 6},  SubCategoryWeight{"SCAT8"sv, 3},   SubCategoryWeight{"SCAT9"sv, 1},
    SubCategoryWeight{"SCAT10"sv, 2}, SubCategoryWeight{"SCAT11"sv, 4},  SubCategoryWeight{"SCAT12"sv, 3},
    SubCategoryWeight{"SCAT13"sv, 5}, SubCategoryWeight{"SCAT14"sv, 3},  SubCategoryWeight{"SCAT15"sv, 6},
    SubCategoryWeight{"SCAT16"sv, 1}, SubCategoryWeight{"SCAT17"sv, 14}, SubCategoryWeight{"SCAT18"sv, 5},
    SubCategoryWeight{"SCAT19"sv, 8}, SubCategoryWeight{"SCAT20"sv, 2},  SubCategoryWeight{"SCAT21"sv, 6},
    SubCategoryWeight{"SCAT22"sv, 1}, SubCategoryWeight{"SCAT23"sv, 1},  SubCategoryWeight{"SCAT24"sv, 2},
    SubCategoryWeight{"SCAT25"sv, 0.5}, SubCategoryWeight{"SCAT26"sv, 3}, SubCategoryWeight{"SCAT27"sv, 6},
};

double subCategoryWeight(std::string_view subCategory)
{
    for (const SubCategoryWeight& w : kSubCategoryWeights) {
        if (w.subCategory == subCategory)
            return w.weight;
    }
    return 1.0;
}

struct MarketWeight {
    std::string_view code;
    double weight;
};

// Customers abroad: FutureCart's big markets, plus PR, HK and TW, which the country table lacks.
constexpr std::array kMajorMarkets = {
    MarketWeight{"US"sv, 10}, MarketWeight{"IN"sv, 10}, MarketWeight{"GB"sv, 6}, MarketWeight{"CA"sv, 6},
    MarketWeight{"PH"sv, 4},  MarketWeight{"AU"sv, 4},  MarketWeight{"AE"sv, 3}, MarketWeight{"SG"sv, 3},
    MarketWeight{"DE"sv, 2},  MarketWeight{"FR"sv, 2},  MarketWeight{"MX"sv, 2}, MarketWeight{"BR"sv, 2},
    MarketWeight{"ZA"sv, 1.5}, MarketWeight{"NZ"sv, 1}, MarketWeight{"IE"sv, 1}, MarketWeight{"MY"sv, 1},
    MarketWeight{"JP"sv, 1},  MarketWeight{"NL"sv, 1},  MarketWeight{"SA"sv, 1}, MarketWeight{"NG"sv, 1},
    MarketWeight{"KE"sv, 1},  MarketWeight{"PR"sv, 1.5}, MarketWeight{"HK"sv, 1.5}, MarketWeight{"TW"sv, 1},
};

constexpr double kHomeCountryShare = 0.80;
constexpr double kMajorMarketShare = 0.12; // the remaining 8% is the long tail

} // namespace

std::string_view channelName(Channel channel)
{
    switch (channel) {
    case Channel::Call:
        return "Call";
    case Channel::Chat:
        return "Chat";
    case Channel::Email:
        return "Email";
    }
    return "Call";
}

CaseMix::CaseMix(const ReferenceData& reference)
    : m_pairs(reference.pairs)
    , m_knownPairCount(reference.pairs.size())
    , m_channelPicker(std::vector<double>{52, 31, 17})
{
    std::vector<double> weights;
    for (const CategoryPair& pair : m_pairs)
        weights.push_back(subCategoryWeight(pair.subCategory));
    m_pairPicker.assign(weights);

    // Unknown pairs: a real category with another category's sub-category, and a category that does not
    // exist at all (as if the case tool had been updated before the dimension table).
    auto inTable = [&](const std::string& category, const std::string& subCategory) {
        return std::any_of(reference.pairs.begin(), reference.pairs.end(), [&](const CategoryPair& p) {
            return p.category == category && p.subCategory == subCategory;
        });
    };
    for (std::size_t i = 0; i < m_knownPairCount && m_pairs.size() < m_knownPairCount + 2; i += 5) {
        const CategoryPair& a = reference.pairs[i];
        const CategoryPair& b = reference.pairs[m_knownPairCount - 1 - i];
        if (!inTable(a.category, b.subCategory))
            m_pairs.push_back({a.category, b.subCategory, -1, false});
    }
    m_pairs.push_back({"CAT7", "SCAT28", -1, false});

    for (const CallCentre& centre : reference.centres)
        m_homeCountry.push_back(countryIndex(centre.country));
    std::vector<double> marketWeights;
    for (const MarketWeight& market : kMajorMarkets) {
        m_majorMarkets.push_back(countryIndex(std::string(market.code)));
        marketWeights.push_back(market.weight);
    }
    m_majorPicker.assign(marketWeights);
    // The long tail follows the real seed cases' countries (a quarter of them are missing from the
    // country table), or the table itself when there is no seed.
    if (!reference.seedCases.empty()) {
        for (const SeedCase& seed : reference.seedCases)
            m_longTail.push_back(countryIndex(seed.country));
    } else {
        for (const std::string& code : reference.countryCodes)
            m_longTail.push_back(countryIndex(code));
    }
}

std::uint16_t CaseMix::countryIndex(const std::string& code)
{
    const auto it = std::find(m_countryCodes.begin(), m_countryCodes.end(), code);
    if (it != m_countryCodes.end())
        return static_cast<std::uint16_t>(it - m_countryCodes.begin());
    m_countryCodes.push_back(code);
    return static_cast<std::uint16_t>(m_countryCodes.size() - 1);
}

std::uint8_t CaseMix::pickKnownPair(Random& random) const
{
    return static_cast<std::uint8_t>(m_pairPicker.pick(random));
}

std::uint8_t CaseMix::pickUnknownPair(Random& random) const
{
    const auto unknown = static_cast<std::uint32_t>(m_pairs.size() - m_knownPairCount);
    return static_cast<std::uint8_t>(m_knownPairCount + random.below(unknown));
}

Channel CaseMix::pickChannel(Random& random) const
{
    return static_cast<Channel>(m_channelPicker.pick(random));
}

std::uint16_t CaseMix::pickCountry(std::size_t centre, Random& random) const
{
    const double u = random.uniform();
    if (u < kHomeCountryShare)
        return m_homeCountry[centre];
    if (u < kHomeCountryShare + kMajorMarketShare)
        return m_majorMarkets[m_majorPicker.pick(random)];
    return m_longTail[random.below(static_cast<std::uint32_t>(m_longTail.size()))];
}

} // namespace carepulse::simulate
