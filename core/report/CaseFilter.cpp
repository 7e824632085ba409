#include "CaseFilter.h"

#include "parse/Tsv.h"

#include <algorithm>

namespace carepulse {

std::string CaseFilter::describe() const
{
    std::string text;
    const auto add = [&](const char* name, const std::set<std::string>& values) {
        if (values.empty())
            return;
        text += (text.empty() ? "" : ";") + std::string(name) + '=';
        bool first = true;
        for (const std::string& v : values) {
            text += (first ? "" : ",") + v;
            first = false;
        }
    };
    add("center", callCenters);
    add("channel", channels);
    add("category", categories);
    add("priority", priorities);
    add("country", countries);
    return text;
}

CaseFilterIndex::CaseFilterIndex(const CaseBook& book, const CaseFilter& filter) : m_book(book), m_all(filter.empty())
{
    using A = CaseBook::Attribute;
    const auto activate = [&](A attribute, const std::set<std::string>& values, bool upper) {
        if (values.empty())
            return;
        const auto a = static_cast<std::size_t>(attribute);
        const Dictionary& dictionary = book.dictionary(attribute);
        m_active[a] = true;
        m_allowed[a].assign(dictionary.size(), false);
        for (std::uint32_t id = 0; id < dictionary.size(); ++id) {
            const std::string& text = dictionary.text(id);
            m_allowed[a][id] = values.count(upper ? toUpperAscii(text) : text) > 0;
        }
    };
    activate(A::CallCenter, filter.callCenters, false);
    activate(A::Channel, filter.channels, false);
    activate(A::Category, filter.categories, false);
    std::set<std::string> countries;
    for (const std::string& c : filter.countries)
        countries.insert(toUpperAscii(c));
    activate(A::Country, countries, true);
    if (!filter.priorities.empty()) {
        const auto& priorities = book.dimensions().priorities;
        m_priorityActive = true;
        m_allowedPriority.assign(priorities.size() + 1, false);
        for (std::size_t p = 0; p < priorities.size(); ++p)
            m_allowedPriority[p] = filter.priorities.count(priorities[p].key) > 0;
        m_allowedPriority[priorities.size()] = filter.priorities.count("unknown") > 0;
    }
}

bool CaseFilterIndex::acceptsValues(std::uint32_t i) const
{
    for (std::size_t a = 0; a < m_active.size(); ++a) {
        if (m_active[a]) {
            const std::uint32_t id = m_book.attribute(i, static_cast<CaseBook::Attribute>(a));
            if (id >= m_allowed[a].size() || !m_allowed[a][id])
                return false;
        }
    }
    if (m_priorityActive) {
        const std::uint16_t p = m_book.priority(i);
        const std::size_t slot = p == CaseBook::kUnknownPriority ? m_allowedPriority.size() - 1 : p;
        if (!m_allowedPriority[slot])
            return false;
    }
    return true;
}

} // namespace carepulse
