#pragma once
// The data-quality report: members the cases use that their dimension does not know (call centres,
// category pairs, countries, employees, products), each with how many cases use it. Such cases still
// count everywhere; they show as "Unknown" (data-formats.md) and, for an unknown pair, have no SLA.

#include "book/CaseBook.h"

#include <string>
#include <vector>

namespace carepulse {

struct DataQualityIssue {
    enum class Kind : std::uint8_t { UnknownCentre, UnknownCategoryPair, UnknownCountry, UnknownEmployee, UnknownProduct,
        MissingValue };
    Kind kind;
    std::string attribute; // "call_center_id", "category/sub_category", "country_cd", ...
    std::string value;     // as the cases give it ("C-100", "CAT9/SCAT99", ...)
    std::int64_t cases = 0;
};

// Sorted by kind, then by descending case count, then by value.
std::vector<DataQualityIssue> dataQuality(const CaseBook& book);

std::string dataQualityKindName(DataQualityIssue::Kind kind);

} // namespace carepulse
