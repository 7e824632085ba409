#pragma once
// A frozen copy of the names the case list shows, indexed by the books' dictionary ids. Built on the
// books' thread and then only read, so the desktop's GUI thread formats case rows on demand without
// touching the books (which live events change), and searching and sorting a case list (CaseListQuery)
// compare each name once. The dictionaries only grow, so a newer copy extends an older one.

#include "book/CaseBook.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace carepulse {

struct LabelTables {
    using A = CaseBook::Attribute;

    // By attribute dictionary id.
    std::vector<std::string> centre, centreName, centreLocation;
    std::vector<std::string> employee, employeeName, managerKey, managerName;
    std::vector<std::string> category, categoryName;
    std::vector<std::string> subCategory;
    std::vector<std::string> channel;
    std::vector<std::string> country, countryName;
    std::vector<std::string> product;
    // (category id, sub-category text) -> description.
    std::map<std::pair<std::string, std::string>, std::string> subCategoryNames;
    std::vector<PriorityInfo> priorities; // by priority index
    std::vector<std::int64_t> slaSeconds; // by priority index; -1 = no SLA

    const std::string& subCategoryName(std::uint32_t categoryId, std::uint32_t subCategoryId) const;
    const PriorityInfo* priority(std::uint16_t index) const
    {
        return index < priorities.size() ? &priorities[index] : nullptr;
    }
    std::int64_t sla(std::uint16_t index) const { return index < slaSeconds.size() ? slaSeconds[index] : -1; }

    static const std::string& unknown();
};

// Keeps the newest tables for one book. Use on the books' thread only.
class LabelCache {
public:
    std::shared_ptr<const LabelTables> tables(const CaseBook& book);

private:
    const CaseBook* m_book = nullptr;
    std::shared_ptr<const LabelTables> m_tables;
};

} // namespace carepulse
