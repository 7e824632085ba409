#pragma once
// Human names for a case's dictionary-encoded members, from the dimensions; members missing from a
// dimension show as "Unknown" (data-formats.md).

#include "book/CaseBook.h"

#include <string>
#include <vector>

namespace carepulse {

class CaseLabels {
public:
    explicit CaseLabels(const CaseBook& book);

    std::string centreName(std::uint32_t i) const;     // "Concentrix"
    std::string centreLocation(std::uint32_t i) const; // "New york"
    std::string employeeName(std::uint32_t i) const;
    std::string managerKey(std::uint32_t i) const; // the employee's manager's emp_key
    std::string managerName(std::uint32_t i) const;
    std::string categoryName(std::uint32_t i) const;
    std::string subCategoryName(std::uint32_t i) const;
    std::string countryName(std::uint32_t i) const;
    std::string productName(std::uint32_t i) const;
    std::string priorityKey(std::uint32_t i) const; // "P3" or "unknown"
    const PriorityInfo* priority(std::uint32_t i) const;
    std::string text(std::uint32_t i, CaseBook::Attribute a) const { return m_book.attributeText(a, m_book.attribute(i, a)); }

    static std::string unknown() { return "Unknown"; }
    std::string employeeNameByKey(const std::string& key) const;

private:
    const CaseBook& m_book;
    std::unordered_map<std::string, std::string> m_categoryNames;
};

} // namespace carepulse
