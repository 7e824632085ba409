#include "CaseBook.h"

#include <algorithm>
#include <numeric>

namespace carepulse {

CaseBook::CaseBook(StatusClasses statuses, BookDimensions dimensions) : m_statuses(std::move(statuses))
{
    adoptDimensions(std::move(dimensions));
}

bool CaseBook::adoptDimensions(BookDimensions dimensions)
{
    const std::size_t priorities = dimensions.priorities.size();
    if (std::any_of(m_priority.begin(), m_priority.end(),
                    [priorities](std::uint16_t p) { return p != kUnknownPriority && p >= priorities; }))
        return false;
    m_dimensions = std::move(dimensions);
    m_prioritySlaSeconds.clear();
    for (const PriorityInfo& p : m_dimensions.priorities)
        m_prioritySlaSeconds.push_back(p.slaHours ? std::int64_t{*p.slaHours} * 3600 : -1);
    m_pairPriority.clear();
    m_managerCodes = {};
    return true;
}

void CaseBook::grow(std::size_t size)
{
    if (size <= m_created.size())
        return;
    m_created.resize(size, kNever);
    m_event0.resize(size, kNever);
    m_event1.resize(size, kNever);
    m_eventCount.resize(size, 0);
    m_closedBits.resize(size, 0);
    for (auto& column : m_attributes)
        column.resize(size, 0);
    m_priority.resize(size, kUnknownPriority);
}

std::uint16_t CaseBook::priorityOf(std::uint32_t categoryId, std::uint32_t subCategoryId)
{
    const auto key = std::make_pair(categoryId, subCategoryId);
    if (const auto it = m_pairPriority.find(key); it != m_pairPriority.end())
        return it->second;
    std::uint16_t priority = kUnknownPriority;
    const auto pair = m_dimensions.categoryPairs.find(
        {attributeText(Attribute::Category, categoryId), attributeText(Attribute::SubCategory, subCategoryId)});
    if (pair != m_dimensions.categoryPairs.end())
        priority = pair->second.priority;
    m_pairPriority.emplace(key, priority);
    return priority;
}

std::uint32_t CaseBook::apply(const CaseEvent& event)
{
    const std::uint32_t i = m_index.intern(event.caseNo);
    grow(m_index.size());
    ++m_eventsApplied;
    m_newestEvent = std::max(m_newestEvent, event.modified);
    m_created[i] = std::min(m_created[i], event.created);

    const StateEvent state{event.modified, m_statuses.isClosed(event.status)};
    // The latest event overall (by time, ties: closed wins) decides the case's attributes, whatever T is.
    const std::uint8_t before = m_eventCount[i];
    const bool latest = before == 0 || !(state < lastEvent(i));
    addStateEvent(i, state);
    if (latest) {
        const std::array<const std::string*, static_cast<std::size_t>(Attribute::Count)> texts = {
            &event.callCenterId, &event.employeeKey, &event.category, &event.subCategory,
            &event.channel, &event.countryCode, &event.productCode};
        for (std::size_t a = 0; a < texts.size(); ++a) {
            // A case's later events usually repeat its members: skip the dictionary when the text is unchanged.
            std::uint32_t& id = m_attributes[a][i];
            if (before == 0 || m_dictionaries[a].text(id) != *texts[a])
                id = m_dictionaries[a].intern(*texts[a]);
        }
        m_priority[i] = priorityOf(m_attributes[static_cast<std::size_t>(Attribute::Category)][i],
                                   m_attributes[static_cast<std::size_t>(Attribute::SubCategory)][i]);
    }
    return i;
}

CaseBook::StateEvent CaseBook::lastEvent(std::uint32_t i) const
{
    switch (m_eventCount[i]) {
    case 1: return {m_event0[i], (m_closedBits[i] & 1) != 0};
    case 2: return {m_event1[i], (m_closedBits[i] & 2) != 0};
    default: return m_overflow.at(i).back();
    }
}

std::vector<CaseBook::StateEvent> CaseBook::events(std::uint32_t i) const
{
    const std::uint8_t count = m_eventCount[i];
    if (count > 2)
        return m_overflow.at(i);
    std::vector<StateEvent> list;
    if (count >= 1)
        list.push_back({m_event0[i], (m_closedBits[i] & 1) != 0});
    if (count == 2)
        list.push_back({m_event1[i], (m_closedBits[i] & 2) != 0});
    return list;
}

void CaseBook::addStateEvent(std::uint32_t i, StateEvent e)
{
    const std::uint8_t count = m_eventCount[i];
    // The usual cases without allocating: a first event, and a second one after the first.
    if (count == 0) {
        m_eventCount[i] = 1;
        m_event0[i] = e.time;
        m_closedBits[i] = e.closed ? 1 : 0;
        return;
    }
    if (count == 1) {
        const StateEvent first{m_event0[i], (m_closedBits[i] & 1) != 0};
        if (first == e)
            return;
        const StateEvent& a = first < e ? first : e;
        const StateEvent& b = first < e ? e : first;
        m_eventCount[i] = 2;
        m_event0[i] = a.time;
        m_event1[i] = b.time;
        m_closedBits[i] = static_cast<std::uint8_t>((a.closed ? 1 : 0) | (b.closed ? 2 : 0));
        return;
    }
    std::vector<StateEvent> list = events(i);
    const auto at = std::lower_bound(list.begin(), list.end(), e);
    if (at != list.end() && *at == e)
        return; // the same state at the same moment: nothing changes
    list.insert(at, e);
    m_eventCount[i] = 3;
    m_overflow[i] = std::move(list);
}

CaseBook::State CaseBook::stateFromOverflow(std::uint32_t i, Timestamp asOf) const
{
    const std::vector<StateEvent>& list = m_overflow.at(i);
    // The latest event with time <= T; ties are ordered open before closed, so closed wins.
    const auto after = std::upper_bound(list.begin(), list.end(), StateEvent{asOf, true});
    if (after == list.begin())
        return {};
    const StateEvent& e = *(after - 1);
    return {e.closed, e.closed ? e.time : kNever};
}

const CaseBook::ManagerCodes& CaseBook::managerCodes() const
{
    ManagerCodes& codes = m_managerCodes;
    const Dictionary& employeeIds = dictionary(Attribute::Employee);
    for (auto id = static_cast<std::uint32_t>(codes.byEmployee.size()); id < employeeIds.size(); ++id) {
        const auto it = m_dimensions.employees.find(employeeIds.text(id));
        const std::string& manager = it == m_dimensions.employees.end() ? std::string() : it->second.second;
        const auto [at, added] = codes.codeOfKey.try_emplace(manager, static_cast<std::uint32_t>(codes.keys.size()));
        if (added) {
            codes.keys.push_back(manager);
            const auto named = m_dimensions.employees.find(manager);
            const bool known = !manager.empty() && named != m_dimensions.employees.end();
            codes.names.push_back(known ? named->second.first : std::string());
            codes.knownName.push_back(known);
        }
        codes.byEmployee.push_back(at->second);
    }
    if (codes.order.size() != codes.keys.size()) {
        codes.order.resize(codes.keys.size());
        std::iota(codes.order.begin(), codes.order.end(), 0U);
        std::sort(codes.order.begin(), codes.order.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return naturalLess(codes.keys[a], codes.keys[b]); });
    }
    return codes;
}

std::size_t CaseBook::memoryBytes() const
{
    std::size_t bytes = m_created.capacity() * 8 + m_event0.capacity() * 8 + m_event1.capacity() * 8
        + m_eventCount.capacity() + m_closedBits.capacity() + m_priority.capacity() * 2;
    for (const auto& column : m_attributes)
        bytes += column.capacity() * 4;
    bytes += m_index.size() * 24;
    bytes += m_overflow.size() * 64;
    return bytes;
}

} // namespace carepulse
