#pragma once
// The real FutureCart dimensions the simulator builds on, read from the bundled resources
// (`:/futurecart/...`): call centres, (category, sub-category) pairs with their SLA, country codes, and
// the 1,000 real seed cases whose employees and products the generated dimensions should contain.

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace carepulse::simulate {

struct CallCentre {
    std::string id;      // "C-101"
    std::string country; // ISO-2, upper case
};

struct CategoryPair {
    std::string category;    // "CAT4"
    std::string subCategory; // "SCAT17"
    int slaHours = -1;       // -1: no SLA (priority SLA "NA", or a pair missing from the table)
    bool known = true;       // false: deliberately not in the category table
};

struct SeedCase {
    std::uint32_t employeeKey = 0;
    std::size_t centre = 0; // index into ReferenceData::centres
    std::uint32_t productCode = 0;
    std::string country;    // upper case
};

struct ReferenceData {
    std::vector<CallCentre> centres;
    std::vector<CategoryPair> pairs;        // the category table's pairs, in file order
    std::vector<std::string> countryCodes;  // the country table's alpha_2 codes, upper case
    std::vector<SeedCase> seedCases;

    // Reads the bundled resources; on failure returns nothing and sets *error.
    static std::optional<ReferenceData> loadBundled(QString* error);
};

// The six real dimension files, copied byte-for-byte into every generated data set.
const std::vector<QString>& bundledDimensionFileNames();
QString bundledResourcePath(const QString& fileName);

} // namespace carepulse::simulate
