#include "CaseLabels.h"
#include "parse/Tsv.h"

#include <algorithm>

namespace carepulse {

using A = CaseBook::Attribute;

CaseLabels::CaseLabels(const CaseBook& book) : m_book(book)
{
    for (const auto& [pair, info] : book.dimensions().categoryPairs)
        m_categoryNames.emplace(pair.first, info.categoryDescription);
}

std::string CaseLabels::centreName(std::uint32_t i) const
{
    const auto& centres = m_book.dimensions().centres;
    const auto it = centres.find(text(i, A::CallCenter));
    return it == centres.end() ? unknown() : it->second[0];
}

std::string CaseLabels::centreLocation(std::uint32_t i) const
{
    const auto& centres = m_book.dimensions().centres;
    const auto it = centres.find(text(i, A::CallCenter));
    return it == centres.end() ? unknown() : it->second[1];
}

std::string CaseLabels::employeeNameByKey(const std::string& key) const
{
    const auto& employees = m_book.dimensions().employees;
    const auto it = employees.find(key);
    return it == employees.end() ? unknown() : it->second.first;
}

std::string CaseLabels::employeeName(std::uint32_t i) const
{
    return employeeNameByKey(text(i, A::Employee));
}

std::string CaseLabels::managerKey(std::uint32_t i) const
{
    const auto& employees = m_book.dimensions().employees;
    const auto it = employees.find(text(i, A::Employee));
    return it == employees.end() ? std::string() : it->second.second;
}

std::string CaseLabels::managerName(std::uint32_t i) const
{
    const std::string key = managerKey(i);
    return key.empty() ? unknown() : employeeNameByKey(key);
}

std::string CaseLabels::categoryName(std::uint32_t i) const
{
    const auto it = m_categoryNames.find(text(i, A::Category));
    return it == m_categoryNames.end() ? unknown() : it->second;
}

std::string CaseLabels::subCategoryName(std::uint32_t i) const
{
    const auto& pairs = m_book.dimensions().categoryPairs;
    const auto it = pairs.find({text(i, A::Category), text(i, A::SubCategory)});
    return it == pairs.end() ? unknown() : it->second.subCategoryDescription;
}

std::string CaseLabels::countryName(std::uint32_t i) const
{
    const std::string code = toUpperAscii(text(i, A::Country));
    const auto& countries = m_book.dimensions().countries;
    const auto it = countries.find(code);
    return it == countries.end() ? unknown() : it->second;
}

std::string CaseLabels::productName(std::uint32_t i) const
{
    const auto& products = m_book.dimensions().products;
    const auto it = products.find(text(i, A::Product));
    return it == products.end() ? unknown() : it->second;
}

const PriorityInfo* CaseLabels::priority(std::uint32_t i) const
{
    const std::uint16_t p = m_book.priority(i);
    return p == CaseBook::kUnknownPriority ? nullptr : &m_book.dimensions().priorities[p];
}

std::string CaseLabels::priorityKey(std::uint32_t i) const
{
    const PriorityInfo* p = priority(i);
    return p ? p->key : "unknown";
}

} // namespace carepulse
