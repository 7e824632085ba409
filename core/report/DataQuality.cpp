#include "DataQuality.h"
#include "parse/Tsv.h"

#include <algorithm>
#include <map>

namespace carepulse {

namespace {

using A = CaseBook::Attribute;

} // namespace

std::string dataQualityKindName(DataQualityIssue::Kind kind)
{
    switch (kind) {
    case DataQualityIssue::Kind::UnknownCentre: return "unknown_call_center";
    case DataQualityIssue::Kind::UnknownCategoryPair: return "unknown_category_pair";
    case DataQualityIssue::Kind::UnknownCountry: return "unknown_country";
    case DataQualityIssue::Kind::UnknownEmployee: return "unknown_employee";
    case DataQualityIssue::Kind::UnknownProduct: return "unknown_product";
    case DataQualityIssue::Kind::MissingValue: return "missing_value";
    }
    return {};
}

std::vector<DataQualityIssue> dataQuality(const CaseBook& book)
{
    const BookDimensions& d = book.dimensions();
    constexpr std::size_t kAttributes = static_cast<std::size_t>(A::Count);
    std::array<std::vector<std::int64_t>, kAttributes> perId;
    for (std::size_t a = 0; a < kAttributes; ++a)
        perId[a].assign(book.dictionary(static_cast<A>(a)).size(), 0);
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::int64_t> pairs;
    const auto count = static_cast<std::uint32_t>(book.size());
    for (std::uint32_t i = 0; i < count; ++i) {
        if (!book.hasEvents(i))
            continue; // known only from a survey: no members at all
        for (std::size_t a = 0; a < kAttributes; ++a)
            ++perId[a][book.attribute(i, static_cast<A>(a))];
        if (book.priority(i) == CaseBook::kUnknownPriority)
            ++pairs[{book.attribute(i, A::Category), book.attribute(i, A::SubCategory)}];
    }

    std::vector<DataQualityIssue> issues;
    const auto check = [&](A a, DataQualityIssue::Kind kind, const char* attribute, auto known) {
        const std::vector<std::int64_t>& counts = perId[static_cast<std::size_t>(a)];
        for (std::uint32_t id = 0; id < counts.size(); ++id) {
            if (counts[id] == 0)
                continue;
            const std::string& value = book.attributeText(a, id);
            if (value.empty())
                issues.push_back({DataQualityIssue::Kind::MissingValue, attribute, std::string(), counts[id]});
            else if (!known(value))
                issues.push_back({kind, attribute, value, counts[id]});
        }
    };
    check(A::CallCenter, DataQualityIssue::Kind::UnknownCentre, "call_center_id",
          [&](const std::string& v) { return d.centres.contains(v); });
    check(A::Country, DataQualityIssue::Kind::UnknownCountry, "country_cd",
          [&](const std::string& v) { return d.countries.empty() || d.countries.contains(toUpperAscii(v)); });
    check(A::Employee, DataQualityIssue::Kind::UnknownEmployee, "created_employee_key",
          [&](const std::string& v) { return d.employees.empty() || d.employees.contains(v); });
    check(A::Product, DataQualityIssue::Kind::UnknownProduct, "product_code",
          [&](const std::string& v) { return d.products.empty() || d.products.contains(v); });
    for (const auto& [pair, cases] : pairs) {
        issues.push_back({DataQualityIssue::Kind::UnknownCategoryPair, "category/sub_category",
                          book.attributeText(A::Category, pair.first) + "/" + book.attributeText(A::SubCategory, pair.second),
                          cases});
    }
    std::sort(issues.begin(), issues.end(), [](const DataQualityIssue& a, const DataQualityIssue& b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.cases != b.cases)
            return a.cases > b.cases;
        return a.attribute != b.attribute ? a.attribute < b.attribute : a.value < b.value;
    });
    return issues;
}

} // namespace carepulse
