#pragma once
// The global filters (call centre, channel, category, priority, country) as sets of allowed values;
// an empty set allows everything.

#include "book/CaseBook.h"

#include <set>
#include <string>

namespace carepulse {

struct CaseFilter {
    std::set<std::string> callCenters;
    std::set<std::string> channels;
    std::set<std::string> categories;
    std::set<std::string> priorities; // priority keys, "unknown" for cases without one
    std::set<std::string> countries;  // compared upper-case

    bool empty() const
    {
        return callCenters.empty() && channels.empty() && categories.empty() && priorities.empty() && countries.empty();
    }
    // "center=C-101,C-102;channel=Call" style description, for manifests.
    std::string describe() const;
};

// A filter resolved against one book: a yes/no per case in O(1).
class CaseFilterIndex {
public:
    CaseFilterIndex(const CaseBook& book, const CaseFilter& filter);
    bool accepts(std::uint32_t caseIndex) const { return m_all || acceptsValues(caseIndex); }

private:
    bool acceptsValues(std::uint32_t caseIndex) const;
    const CaseBook& m_book;
    bool m_all = true;
    std::array<std::vector<bool>, static_cast<std::size_t>(CaseBook::Attribute::Count)> m_allowed;
    std::array<bool, static_cast<std::size_t>(CaseBook::Attribute::Count)> m_active{};
    std::vector<bool> m_allowedPriority; // by priority index; last slot = unknown
    bool m_priorityActive = false;
};

} // namespace carepulse
