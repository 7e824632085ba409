#include "CaseBook.h"

#include <algorithm>
#include <array>
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
    m_openAt.resize(size, kNever);
    m_closeAt.resize(size, kNever);
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
    const bool first = !hasEvents(i); // a case has a creation time exactly when it has state events
    m_created[i] = std::min(m_created[i], event.created);

    const StateEvent state{event.modified, m_statuses.isClosed(event.status)};
    // The latest event overall (by time, ties: closed wins) decides the case's attributes, whatever T is.
    const bool latest = first || !(state < lastEvent(i));
    addStateEvent(i, state);
    if (latest) {
        const std::array<const std::string*, static_cast<std::size_t>(Attribute::Count)> texts = {
            &event.callCenterId, &event.employeeKey, &event.category, &event.subCategory,
            &event.channel, &event.countryCode, &event.productCode};
        for (std::size_t a = 0; a < texts.size(); ++a) {
            // A case's later events usually repeat its members: skip the dictionary when the text is unchanged.
            std::uint32_t& id = m_attributes[a][i];
            if (first || m_dictionaries[a].text(id) != *texts[a])
                id = m_dictionaries[a].intern(*texts[a]);
        }
        m_priority[i] = priorityOf(m_attributes[static_cast<std::size_t>(Attribute::Category)][i],
                                   m_attributes[static_cast<std::size_t>(Attribute::SubCategory)][i]);
    }
    return i;
}

CaseBook::StateEvent CaseBook::lastEvent(std::uint32_t i) const
{
    if (m_closeAt[i] == kUnusual)
        return m_overflow.at(i).back();
    return m_closeAt[i] != kNever ? StateEvent{m_closeAt[i], true} : StateEvent{m_openAt[i], false};
}

std::vector<CaseBook::StateEvent> CaseBook::events(std::uint32_t i) const
{
    if (m_closeAt[i] == kUnusual)
        return m_overflow.at(i);
    std::vector<StateEvent> list;
    if (m_openAt[i] != kNever)
        list.push_back({m_openAt[i], false});
    if (m_closeAt[i] != kNever)
        list.push_back({m_closeAt[i], true});
    return list;
}

void CaseBook::addStateEvent(std::uint32_t i, StateEvent e)
{
    if (m_closeAt[i] == kUnusual) {
        std::vector<StateEvent>& list = m_overflow.at(i);
        const auto at = std::lower_bound(list.begin(), list.end(), e);
        if (at == list.end() || !(*at == e)) // the same state at the same moment changes nothing
            list.insert(at, e);
        return;
    }
    // A plain history so far: merged with the new event without allocating.
    std::array<StateEvent, 3> merged;
    std::size_t n = 0;
    if (m_openAt[i] != kNever)
        merged[n++] = {m_openAt[i], false};
    if (m_closeAt[i] != kNever)
        merged[n++] = {m_closeAt[i], true};
    const auto end = merged.begin() + static_cast<std::ptrdiff_t>(n);
    const auto at = std::lower_bound(merged.begin(), end, e);
    if (at != end && *at == e)
        return;
    std::move_backward(at, end, end + 1);
    *at = e;
    setStateEvents(i, std::span<const StateEvent>(merged.data(), n + 1));
}

void CaseBook::setStateEvents(std::uint32_t i, std::span<const StateEvent> events)
{
    const bool plain = events.size() < 2 || (events.size() == 2 && !events[0].closed && events[1].closed);
    m_openAt[i] = kNever;
    m_closeAt[i] = kNever;
    if (plain) {
        for (const StateEvent& e : events)
            (e.closed ? m_closeAt[i] : m_openAt[i]) = e.time;
        m_overflow.erase(i);
        return;
    }
    m_closeAt[i] = kUnusual;
    m_overflow[i].assign(events.begin(), events.end());
}

CaseBook::Columns::Columns(const CaseBook& book)
    : m_book(&book), m_created(book.m_created.data()), m_closeAt(book.m_closeAt.data()),
      m_priority(book.m_priority.data()), m_prioritySlaSeconds(book.m_prioritySlaSeconds.data())
{
    for (std::size_t a = 0; a < m_attributes.size(); ++a)
        m_attributes[a] = book.m_attributes[a].data();
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

void CaseBook::shrinkToFit()
{
    m_created.shrink_to_fit();
    m_openAt.shrink_to_fit();
    m_closeAt.shrink_to_fit();
    for (auto& column : m_attributes)
        column.shrink_to_fit();
    m_priority.shrink_to_fit();
}

std::size_t CaseBook::memoryBytes() const
{
    std::size_t bytes = m_created.capacity() * 8 + m_openAt.capacity() * 8 + m_closeAt.capacity() * 8
        + m_priority.capacity() * 2;
    for (const auto& column : m_attributes)
        bytes += column.capacity() * 4;
    bytes += m_index.size() * 24;
    bytes += m_overflow.size() * 64;
    return bytes;
}

} // namespace carepulse
