#include "Drilldown.h"
#include "parse/Tsv.h"

#include "GroupTally.h"
#include "kpi/KpiEngine.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace carepulse {

using A = CaseBook::Attribute;

namespace {

struct KeyName {
    GroupKey key;
    std::string_view name;
};
constexpr KeyName kKeyNames[] = {
    {GroupKey::CallCenter, "center"}, {GroupKey::CallCenter, "centre"}, {GroupKey::CallCenter, "call_center"},
    {GroupKey::Manager, "manager"},   {GroupKey::Employee, "employee"}, {GroupKey::Employee, "agent"},
    {GroupKey::Category, "category"}, {GroupKey::SubCategory, "sub-category"},
    {GroupKey::SubCategory, "sub_category"}, {GroupKey::SubCategory, "subcategory"},
    {GroupKey::Priority, "priority"}, {GroupKey::Channel, "channel"}, {GroupKey::Country, "country"},
};

std::optional<A> attributeOf(GroupKey key)
{
    switch (key) {
    case GroupKey::CallCenter: return A::CallCenter;
    case GroupKey::Employee: return A::Employee;
    case GroupKey::Category: return A::Category;
    case GroupKey::SubCategory: return A::SubCategory;
    case GroupKey::Channel: return A::Channel;
    case GroupKey::Manager:
    case GroupKey::Priority:
    case GroupKey::Country: break;
    }
    return std::nullopt;
}

std::int64_t nearestRankMedian(std::vector<std::int64_t>& values)
{
    const auto rank = static_cast<std::size_t>(std::ceil(0.5 * static_cast<double>(values.size())));
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(std::max<std::size_t>(rank, 1) - 1);
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

} // namespace

std::optional<GroupKey> groupKeyFromName(std::string_view name)
{
    for (const KeyName& k : kKeyNames) {
        if (k.name == name)
            return k.key;
    }
    return std::nullopt;
}

std::string groupKeyName(GroupKey key)
{
    for (const KeyName& k : kKeyNames) {
        if (k.key == key)
            return std::string(k.name);
    }
    return {};
}

std::vector<std::string> groupKeyNames()
{
    return {"center", "manager", "employee", "category", "sub-category", "priority", "channel", "country"};
}

CaseGrouper::CaseGrouper(const CaseBook& book, const KpiSettings& settings)
    : m_book(book), m_thresholds(book.dimensions(), settings), m_labels(book)
{
}

std::string CaseGrouper::memberKey(std::uint32_t i, GroupKey key) const
{
    if (const auto attribute = attributeOf(key))
        return m_labels.text(i, *attribute);
    switch (key) {
    case GroupKey::Manager: return m_labels.managerKey(i);
    case GroupKey::Priority: return m_labels.priorityKey(i);
    case GroupKey::Country: {
        return toUpperAscii(m_labels.text(i, A::Country));
    }
    default: return {};
    }
}

GroupMember CaseGrouper::member(std::uint32_t i, GroupKey key) const
{
    GroupMember m{memberKey(i, key), {}};
    switch (key) {
    case GroupKey::CallCenter: {
        const std::string name = m_labels.centreName(i);
        m.name = name == CaseLabels::unknown() ? name : name + ", " + m_labels.centreLocation(i);
        break;
    }
    case GroupKey::Manager: m.name = m.key.empty() ? CaseLabels::unknown() : m_labels.employeeNameByKey(m.key); break;
    case GroupKey::Employee: m.name = m_labels.employeeName(i); break;
    case GroupKey::Category: m.name = m_labels.categoryName(i); break;
    case GroupKey::SubCategory: m.name = m_labels.subCategoryName(i); break;
    case GroupKey::Priority: {
        const PriorityInfo* p = m_labels.priority(i);
        m.name = p && p->known ? p->level + " / " + p->severity : CaseLabels::unknown();
        break;
    }
    case GroupKey::Channel: m.name = m.key; break;
    case GroupKey::Country: m.name = m_labels.countryName(i); break;
    }
    return m;
}

CaseGrouper::MemberCodes CaseGrouper::memberCodes(GroupKey key) const
{
    MemberCodes codes;
    if (key == GroupKey::Priority) {
        codes.count = m_book.dimensions().priorities.size() + 1; // the last one: unknown
        return codes;
    }
    const A source = key == GroupKey::Manager ? A::Employee : key == GroupKey::Country ? A::Country : *attributeOf(key);
    codes.source = source;
    const Dictionary& dictionary = m_book.dictionary(source);
    if (key != GroupKey::Manager && key != GroupKey::Country) {
        codes.count = dictionary.size(); // the attribute's own ids
        return codes;
    }
    // Derived members (an employee's manager, a country's upper-case code): one code per distinct key, by
    // the attribute id it derives from, worked out once for the whole dictionary.
    codes.byId.resize(dictionary.size());
    if (key == GroupKey::Manager) {
        const CaseBook::ManagerCodes& managers = m_book.managerCodes(); // kept with the book
        codes.byId = managers.byEmployee;
        codes.count = managers.keys.size();
        return codes;
    }
    std::unordered_map<std::string, std::uint32_t> interned;
    for (std::uint32_t id = 0; id < dictionary.size(); ++id) {
        std::string member = toUpperAscii(dictionary.text(id));
        codes.byId[id] = interned.try_emplace(std::move(member), static_cast<std::uint32_t>(interned.size())).first->second;
    }
    codes.count = interned.size();
    return codes;
}

std::uint32_t CaseGrouper::MemberCodes::code(const CaseBook& book, std::uint32_t i) const
{
    if (!source) {
        const std::uint16_t p = book.priority(i);
        return p == CaseBook::kUnknownPriority ? static_cast<std::uint32_t>(count - 1) : p;
    }
    const std::uint32_t id = book.attribute(i, *source);
    return byId.empty() ? id : byId[id];
}

CaseGrouper::PathCodes::PathCodes(const CaseGrouper& grouper, const GroupPath& path)
{
    for (const auto& [key, value] : path) {
        Step step{grouper.memberCodes(key), {}};
        // The codes whose member key is the value: one case of each code tells its key.
        std::vector<bool> seen(step.codes.count, false);
        step.wanted.assign(step.codes.count, false);
        const CaseBook& book = grouper.m_book;
        for (std::uint32_t i = 0; i < book.size(); ++i) {
            const std::uint32_t code = step.codes.code(book, i);
            if (!seen[code]) {
                seen[code] = true;
                step.wanted[code] = grouper.memberKey(i, key) == value;
            }
        }
        m_steps.push_back(std::move(step));
    }
}

bool CaseGrouper::PathCodes::matches(const CaseBook& book, std::uint32_t i) const
{
    for (const Step& step : m_steps) {
        if (!step.wanted[step.codes.code(book, i)])
            return false;
    }
    return true;
}

std::vector<GroupRow> CaseGrouper::groupOneLevel(Timestamp T, GroupKey key, const CaseFilterIndex& accepted,
                                                 const GroupPath& within) const
{
    const MemberCodes codes = memberCodes(key);
    const PathCodes path(*this, within);
    GroupTally tally = tallyGroups(
        m_book, T, m_thresholds, codes.count, [&](std::uint32_t i) { return codes.code(m_book, i); },
        [&](std::uint32_t i) { return accepted.accepts(i) && path.matches(m_book, i); });
    std::vector<GroupRow> rows;
    for (std::size_t c = 0; c < tally.codes(); ++c) {
        if (tally.cases[c] == 0)
            continue;
        GroupRow row;
        row.members.push_back(member(tally.sample[c], key));
        row.cases = tally.cases[c];
        row.open = tally.open[c];
        row.breached = tally.breached[c];
        row.breachedClosed = tally.breachedClosed[c];
        row.atRisk = tally.atRisk[c];
        row.met = tally.met[c];
        const std::int64_t denominator = row.met + row.breachedClosed;
        if (denominator > 0)
            row.compliancePct = roundPercent(100.0 * static_cast<double>(row.met) / static_cast<double>(denominator));
        if (tally.overdueStart[c + 1] > tally.overdueStart[c]) {
            std::vector<std::int64_t> overdue(tally.overdue.begin() + static_cast<std::ptrdiff_t>(tally.overdueStart[c]),
                                              tally.overdue.begin() + static_cast<std::ptrdiff_t>(tally.overdueStart[c + 1]));
            row.medianOverdue = nearestRankMedian(overdue);
        }
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const GroupRow& a, const GroupRow& b) {
        return naturalLess(a.members.front().key, b.members.front().key);
    });
    return rows;
}

std::vector<GroupRow> CaseGrouper::group(Timestamp T, const std::vector<GroupKey>& levels, const CaseFilter& filter,
                                         const GroupPath& within) const
{
    const CaseFilterIndex accepted(m_book, filter);
    if (levels.size() == 1)
        return groupOneLevel(T, levels.front(), accepted, within);
    // Per level, a code per case: attribute ids where a dictionary encodes the member, otherwise the
    // member key interned in the grouper's cache, by the attribute id it derives from.
    std::array<LevelCodes, 2> plain;
    std::vector<LevelCodes*> codes;
    for (std::size_t l = 0; l < levels.size() && l < plain.size(); ++l) {
        const GroupKey key = levels[l];
        codes.push_back(key == GroupKey::Manager ? &m_derivedCodes[0] : key == GroupKey::Country ? &m_derivedCodes[1] : &plain[l]);
        codes.back()->key = key;
    }
    const auto codeOf = [&](LevelCodes& level, std::uint32_t i) -> std::uint32_t {
        if (level.key == GroupKey::Priority)
            return m_book.priority(i);
        const A source = level.key == GroupKey::Manager ? A::Employee
            : level.key == GroupKey::Country           ? A::Country
                                                        : *attributeOf(level.key);
        const std::uint32_t id = m_book.attribute(i, source);
        if (level.key != GroupKey::Manager && level.key != GroupKey::Country)
            return id;
        if (id >= level.byAttribute.size())
            level.byAttribute.resize(m_book.dictionary(source).size(), 0);
        std::uint32_t& cached = level.byAttribute[id];
        if (cached == 0) {
            const auto [it, added] = level.codes.try_emplace(memberKey(i, level.key), static_cast<std::uint32_t>(level.codes.size()));
            cached = it->second + 1;
        }
        return cached - 1;
    };

    struct Accumulator {
        std::uint32_t sample; // a case of the group, for its members' names
        GroupRow row;
        std::vector<std::int64_t> overdue;
    };
    // One level: codes are dense ids, so a vector finds the group; two levels: a hash map on the pair.
    std::vector<std::uint32_t> denseIndex; // code -> group + 1
    std::unordered_map<std::uint64_t, std::size_t> index;
    std::vector<Accumulator> groups;
    const PathCodes path(*this, within);
    const auto count = static_cast<std::uint32_t>(m_book.size());
    for (std::uint32_t i = 0; i < count; ++i) {
        if (m_book.created(i) > T || !accepted.accepts(i) || !path.matches(m_book, i))
            continue;
        std::size_t groupIndex = 0;
        if (codes.size() == 1) {
            const std::uint32_t code = codeOf(*codes.front(), i);
            if (code >= denseIndex.size())
                denseIndex.resize(static_cast<std::size_t>(code) + 1024, 0);
            if (denseIndex[code] == 0) {
                groups.push_back({i, {}, {}});
                denseIndex[code] = static_cast<std::uint32_t>(groups.size());
            }
            groupIndex = denseIndex[code] - 1;
        } else {
            std::uint64_t key = 0;
            for (LevelCodes* level : codes)
                key = (key << 32) | codeOf(*level, i);
            const auto [it, added] = index.try_emplace(key, groups.size());
            if (added)
                groups.push_back({i, {}, {}});
            groupIndex = it->second;
        }
        Accumulator& g = groups[groupIndex];
        const CaseStatus s = evaluateCase(m_book, i, T, m_thresholds);
        ++g.row.cases;
        g.row.open += s.closed ? 0 : 1;
        switch (s.sla) {
        case SlaState::Breached:
            ++g.row.breached;
            g.row.breachedClosed += s.closed ? 1 : 0;
            g.overdue.push_back(s.overdueBy);
            break;
        case SlaState::AtRisk: ++g.row.atRisk; break;
        case SlaState::Met: ++g.row.met; break;
        case SlaState::NoSla:
        case SlaState::OnTrack: break;
        }
    }

    std::vector<GroupRow> rows;
    rows.reserve(groups.size());
    for (Accumulator& g : groups) {
        for (GroupKey key : levels)
            g.row.members.push_back(member(g.sample, key));
        const std::int64_t denominator = g.row.met + g.row.breachedClosed;
        if (denominator > 0)
            g.row.compliancePct = roundPercent(100.0 * static_cast<double>(g.row.met) / static_cast<double>(denominator));
        if (!g.overdue.empty())
            g.row.medianOverdue = nearestRankMedian(g.overdue);
        rows.push_back(std::move(g.row));
    }
    std::sort(rows.begin(), rows.end(), [](const GroupRow& a, const GroupRow& b) {
        for (std::size_t l = 0; l < a.members.size(); ++l) {
            if (a.members[l].key != b.members[l].key)
                return naturalLess(a.members[l].key, b.members[l].key);
        }
        return false;
    });
    return rows;
}

// Case-number order without comparing rows: the rows' small numeric keys are sorted (16 bytes each, no
// lookups), the few non-numeric case numbers after them by text, and the rows are moved into place once.
std::vector<CaseGrouper::CaseRow> CaseGrouper::sortedByCaseNumber(std::vector<CaseRow> rows) const
{
    const CaseIndex& index = m_book.caseIndexes();
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed;
    keyed.reserve(rows.size());
    for (std::uint32_t r = 0; r < rows.size(); ++r)
        keyed.emplace_back(index.sortKey(rows[r].caseIndex), r);
    const auto texts = std::partition(keyed.begin(), keyed.end(), [](const auto& k) { return CaseIndex::isNumericKey(k.first); });
    if (texts == keyed.end() && std::is_sorted(keyed.begin(), keyed.end()))
        return rows; // numbered in the order they were first seen: the usual store
    std::sort(keyed.begin(), texts);
    std::sort(texts, keyed.end(), [&](const auto& a, const auto& b) {
        return index.less(rows[a.second].caseIndex, rows[b.second].caseIndex);
    });
    std::vector<CaseRow> sorted;
    sorted.reserve(rows.size());
    for (const auto& k : keyed)
        sorted.push_back(rows[k.second]);
    return sorted;
}

std::vector<CaseGrouper::CaseRow> CaseGrouper::cases(Timestamp T, StateFilter state, const CaseFilter& filter,
                                                     const GroupPath& within) const
{
    const CaseFilterIndex accepted(m_book, filter);
    const PathCodes path(*this, within);
    std::vector<CaseRow> rows;
    const auto count = static_cast<std::uint32_t>(m_book.size());
    for (std::uint32_t i = 0; i < count; ++i) {
        if (m_book.created(i) > T || !accepted.accepts(i) || !path.matches(m_book, i))
            continue;
        const CaseStatus s = evaluateCase(m_book, i, T, m_thresholds);
        const bool wanted = state == StateFilter::All || (state == StateFilter::Breached && s.sla == SlaState::Breached)
            || (state == StateFilter::AtRisk && s.sla == SlaState::AtRisk)
            || (state == StateFilter::BreachedOrAtRisk && (s.sla == SlaState::Breached || s.sla == SlaState::AtRisk))
            || (state == StateFilter::Open && !s.closed) || (state == StateFilter::Closed && s.closed);
        if (wanted)
            rows.push_back({i, s});
    }
    return sortedByCaseNumber(std::move(rows));
}

} // namespace carepulse
