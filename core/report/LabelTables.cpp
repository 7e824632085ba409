#include "LabelTables.h"
#include "parse/Tsv.h"

#include <algorithm>

namespace carepulse {

namespace {

using A = CaseBook::Attribute;

template<typename Map> std::string lookup(const Map& map, const std::string& key)
{
    const auto it = map.find(key);
    return it == map.end() ? LabelTables::unknown() : it->second;
}

// Appends the names of dictionary ids [from, size) of each attribute.
void extend(LabelTables& t, const CaseBook& book)
{
    const BookDimensions& d = book.dimensions();
    const Dictionary& centres = book.dictionary(A::CallCenter);
    for (std::uint32_t id = static_cast<std::uint32_t>(t.centre.size()); id < centres.size(); ++id) {
        const std::string& key = centres.text(id);
        const auto it = d.centres.find(key);
        t.centre.push_back(key);
        t.centreName.push_back(it == d.centres.end() ? LabelTables::unknown() : it->second[0]);
        t.centreLocation.push_back(it == d.centres.end() ? LabelTables::unknown() : it->second[1]);
    }
    const Dictionary& employees = book.dictionary(A::Employee);
    for (std::uint32_t id = static_cast<std::uint32_t>(t.employee.size()); id < employees.size(); ++id) {
        const std::string& key = employees.text(id);
        const auto it = d.employees.find(key);
        t.employee.push_back(key);
        t.employeeName.push_back(it == d.employees.end() ? LabelTables::unknown() : it->second.first);
        const std::string manager = it == d.employees.end() ? std::string() : it->second.second;
        t.managerKey.push_back(manager);
        if (manager.empty()) {
            t.managerName.push_back(LabelTables::unknown());
        } else {
            const auto m = d.employees.find(manager);
            t.managerName.push_back(m == d.employees.end() ? LabelTables::unknown() : m->second.first);
        }
    }
    std::map<std::string, std::string> categoryNames;
    for (const auto& [pair, info] : d.categoryPairs)
        categoryNames.emplace(pair.first, info.categoryDescription);
    const Dictionary& categories = book.dictionary(A::Category);
    for (std::uint32_t id = static_cast<std::uint32_t>(t.category.size()); id < categories.size(); ++id) {
        t.category.push_back(categories.text(id));
        t.categoryName.push_back(lookup(categoryNames, categories.text(id)));
    }
    const Dictionary& subCategories = book.dictionary(A::SubCategory);
    for (std::uint32_t id = static_cast<std::uint32_t>(t.subCategory.size()); id < subCategories.size(); ++id)
        t.subCategory.push_back(subCategories.text(id));
    const Dictionary& channels = book.dictionary(A::Channel);
    for (std::uint32_t id = static_cast<std::uint32_t>(t.channel.size()); id < channels.size(); ++id)
        t.channel.push_back(channels.text(id));
    const Dictionary& countries = book.dictionary(A::Country);
    for (std::uint32_t id = static_cast<std::uint32_t>(t.country.size()); id < countries.size(); ++id) {
        t.country.push_back(countries.text(id));
        t.countryName.push_back(lookup(d.countries, toUpperAscii(countries.text(id))));
    }
    const Dictionary& products = book.dictionary(A::Product);
    for (std::uint32_t id = static_cast<std::uint32_t>(t.product.size()); id < products.size(); ++id)
        t.product.push_back(products.text(id));
    if (t.subCategoryNames.empty()) {
        for (const auto& [pair, info] : d.categoryPairs)
            t.subCategoryNames.emplace(pair, info.subCategoryDescription);
    }
    t.priorities = d.priorities;
    t.slaSeconds.clear();
    for (const PriorityInfo& p : d.priorities)
        t.slaSeconds.push_back(p.slaHours ? static_cast<std::int64_t>(*p.slaHours) * 3600 : -1);
}

bool upToDate(const LabelTables& t, const CaseBook& book)
{
    return t.centre.size() == book.dictionary(A::CallCenter).size()
        && t.employee.size() == book.dictionary(A::Employee).size()
        && t.category.size() == book.dictionary(A::Category).size()
        && t.subCategory.size() == book.dictionary(A::SubCategory).size()
        && t.channel.size() == book.dictionary(A::Channel).size()
        && t.country.size() == book.dictionary(A::Country).size()
        && t.product.size() == book.dictionary(A::Product).size()
        && t.priorities.size() == book.dimensions().priorities.size();
}

} // namespace

const std::string& LabelTables::unknown()
{
    static const std::string text = "Unknown";
    return text;
}

const std::string& LabelTables::subCategoryName(std::uint32_t categoryId, std::uint32_t subCategoryId) const
{
    if (categoryId >= category.size() || subCategoryId >= subCategory.size())
        return unknown();
    const auto it = subCategoryNames.find({ category[categoryId], subCategory[subCategoryId] });
    return it == subCategoryNames.end() ? unknown() : it->second;
}

std::shared_ptr<const LabelTables> LabelCache::tables(const CaseBook& book)
{
    if (m_tables && m_book == &book && upToDate(*m_tables, book))
        return m_tables;
    auto next = m_tables && m_book == &book ? std::make_shared<LabelTables>(*m_tables) : std::make_shared<LabelTables>();
    extend(*next, book);
    m_book = &book;
    m_tables = std::move(next);
    return m_tables;
}

} // namespace carepulse
