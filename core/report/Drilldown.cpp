#include "Drilldown.h"
#include "parse/Tsv.h"

#include "GroupTally.h"
#include "kpi/KpiEngine.h"

#include <algorithm>
#include <span>
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
    std::vector<std::uint32_t> byId;
    if (key == GroupKey::Manager) {
        const CaseBook::ManagerCodes& managers = m_book.managerCodes(); // kept with the book
        byId = managers.byEmployee;
        codes.keys = managers.keys;
    } else {
        std::unordered_map<std::string, std::uint32_t> interned;
        byId.resize(dictionary.size());
        for (std::uint32_t id = 0; id < dictionary.size(); ++id) {
            std::string member = toUpperAscii(dictionary.text(id));
            const auto [at, added] = interned.try_emplace(member, static_cast<std::uint32_t>(codes.keys.size()));
            if (added)
                codes.keys.push_back(std::move(member));
            byId[id] = at->second;
        }
    }
    codes.count = codes.keys.size();
    if (codes.count <= std::size_t{std::numeric_limits<std::uint16_t>::max()} + 1 && !byId.empty())
        codes.narrowById.assign(byId.begin(), byId.end());
    else
        codes.byId = std::move(byId);
    return codes;
}

std::string CaseGrouper::MemberCodes::key(const CaseBook& book, std::uint32_t code) const
{
    if (!source)
        return code + 1 == count ? std::string("unknown") : book.dimensions().priorities[code].key;
    return keys.empty() ? book.attributeText(*source, code) : keys[code];
}

CaseGrouper::Selection::Selection(const CaseGrouper& grouper, const CaseFilter& filter, const GroupPath& path)
    : m_book(grouper.m_book), m_accepted(grouper.m_book, filter)
{
    for (const auto& [key, value] : path) {
        Step step{grouper.memberCodes(key), {}};
        // The codes whose member key is the value.
        step.wanted.resize(step.codes.count);
        for (std::uint32_t code = 0; code < step.codes.count; ++code)
            step.wanted[code] = step.codes.key(m_book, code) == value;
        m_steps.push_back(std::move(step));
    }
}

bool CaseGrouper::Selection::onPath(std::uint32_t i) const
{
    for (const Step& step : m_steps) {
        if (!step.wanted[step.codes.code(m_book, i)])
            return false;
    }
    return true;
}

namespace {

// metrics.md's group-row figures of member code c.
void addFigures(GroupRow& row, const GroupTally& tally, std::size_t c)
{
    row.cases = tally.cases[c];
    row.open = tally.open[c];
    row.breached = tally.breached[c];
    row.breachedClosed = tally.breachedClosed[c];
    row.atRisk = tally.atRisk[c];
    row.met = tally.met[c];
    const std::int64_t denominator = row.met + row.breachedClosed;
    if (denominator > 0)
        row.compliancePct = roundPercent(100.0 * static_cast<double>(row.met) / static_cast<double>(denominator));
    if (row.breached > 0)
        row.medianOverdue = tally.medianOverdue[c];
}

} // namespace

std::vector<GroupRow> CaseGrouper::groupOneLevel(Timestamp T, GroupKey key, const Selection& selected) const
{
    const MemberCodes codes = memberCodes(key);
    const GroupTally tally = tallyGroups(
        m_book, T, m_thresholds, codes.count, [&](std::uint32_t i) { return codes.code(m_book, i); }, selected);
    const std::vector<std::uint32_t> present = codesInKeyOrder(key, codes, tally.cases);
    const CaseBook::ManagerCodes* managers = key == GroupKey::Manager ? &m_book.managerCodes() : nullptr;
    std::vector<GroupRow> rows(present.size());
    for (std::size_t r = 0; r < present.size(); ++r) {
        const std::uint32_t c = present[r];
        if (managers) // named once with the book's manager codes
            rows[r].members.push_back({managers->keys[c], managers->knownName[c] ? managers->names[c] : CaseLabels::unknown()});
        else
            rows[r].members.push_back(member(tally.sample[c], key));
        addFigures(rows[r], tally, c);
    }
    return rows;
}

std::vector<GroupRow> CaseGrouper::groupTwoLevels(Timestamp T, const std::array<GroupKey, 2>& levels,
                                                  const Selection& selected) const
{
    const std::array<MemberCodes, 2> codes{memberCodes(levels[0]), memberCodes(levels[1])};
    const std::size_t seconds = codes[1].count;
    const auto pairOf = [&](std::uint32_t i) {
        return static_cast<std::uint64_t>(codes[0].code(m_book, i)) * seconds + codes[1].code(m_book, i);
    };
    GroupTally tally;
    if (codes[0].count * seconds <= m_flatPairLimit) {
        // Few enough pairs (centre x manager: half a million): the pair is the code.
        tally = tallyGroups(
            m_book, T, m_thresholds, codes[0].count * seconds,
            [&](std::uint32_t i) { return static_cast<std::uint32_t>(pairOf(i)); }, selected);
    } else {
        // Otherwise the pairs that occur are numbered first, in the order they are met.
        constexpr std::uint32_t kNotCounted = GroupTally::kNoCase;
        Column<std::uint32_t> pairCode;
        pairCode.resize(m_book.size());
        std::unordered_map<std::uint64_t, std::uint32_t> numbered;
        for (std::uint32_t i = 0; i < m_book.size(); ++i) {
            if (m_book.created(i) > T || !selected(i)) {
                pairCode[i] = kNotCounted;
                continue;
            }
            pairCode[i] = numbered.try_emplace(pairOf(i), static_cast<std::uint32_t>(numbered.size())).first->second;
        }
        tally = tallyGroups(
            m_book, T, m_thresholds, numbered.size(), [&](std::uint32_t i) { return pairCode[i]; },
            [&](std::uint32_t i) { return pairCode[i] != kNotCounted; });
    }
    std::vector<GroupRow> rows;
    for (std::size_t c = 0; c < tally.codes(); ++c) {
        if (tally.cases[c] == 0)
            continue;
        GroupRow row;
        for (GroupKey key : levels)
            row.members.push_back(member(tally.sample[c], key));
        addFigures(row, tally, c);
        rows.push_back(std::move(row));
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

std::vector<std::uint32_t> CaseGrouper::codesInKeyOrder(GroupKey key, const MemberCodes& codes,
                                                        const std::vector<std::int64_t>& cases) const
{
    std::vector<std::uint32_t> present;
    if (key == GroupKey::Manager) { // sorted once with the book's manager codes
        for (const std::uint32_t c : m_book.managerCodes().order) {
            if (cases[c] > 0)
                present.push_back(c);
        }
        return present;
    }
    std::vector<std::string> keys(codes.count);
    for (std::uint32_t c = 0; c < codes.count; ++c) {
        if (cases[c] > 0) {
            present.push_back(c);
            keys[c] = codes.key(m_book, c);
        }
    }
    std::sort(present.begin(), present.end(), [&](std::uint32_t a, std::uint32_t b) { return naturalLess(keys[a], keys[b]); });
    return present;
}

std::vector<GroupRow> CaseGrouper::group(Timestamp T, const std::vector<GroupKey>& levels, const CaseFilter& filter,
                                         const GroupPath& within) const
{
    const Selection selected(*this, filter, within);
    if (levels.empty())
        return {};
    if (levels.size() == 1)
        return groupOneLevel(T, levels.front(), selected);
    return groupTwoLevels(T, {levels[0], levels[1]}, selected);
}

// Case-number order without comparing rows: the rows' small numeric keys are sorted (16 bytes each, no
// lookups), the few non-numeric case numbers after them by text, and the rows are moved into place once.
CaseGrouper::CaseRows CaseGrouper::sortedByCaseNumber(CaseRows rows) const
{
    const CaseIndex& index = m_book.caseIndexes();
    // Usually the cases were numbered in the order they were first seen: nothing to do, nothing to build.
    const auto inOrder = [&] {
        for (std::size_t r = 1; r < rows.size(); ++r) {
            const std::uint64_t key = index.sortKey(rows[r].caseIndex);
            if (!CaseIndex::isNumericKey(key) || key < index.sortKey(rows[r - 1].caseIndex))
                return false;
        }
        return rows.empty() || CaseIndex::isNumericKey(index.sortKey(rows.front().caseIndex));
    };
    if (inOrder())
        return rows;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed;
    keyed.reserve(rows.size());
    for (std::uint32_t r = 0; r < rows.size(); ++r)
        keyed.emplace_back(index.sortKey(rows[r].caseIndex), r);
    const auto texts = std::partition(keyed.begin(), keyed.end(), [](const auto& k) { return CaseIndex::isNumericKey(k.first); });
    std::sort(keyed.begin(), texts);
    std::sort(texts, keyed.end(), [&](const auto& a, const auto& b) {
        return index.less(rows[a.second].caseIndex, rows[b.second].caseIndex);
    });
    CaseRows sorted;
    sorted.reserve(rows.size());
    for (const auto& k : keyed)
        sorted.push_back(rows[k.second]);
    return sorted;
}

CaseGrouper::CaseRows CaseGrouper::cases(Timestamp T, StateFilter state, const CaseFilter& filter,
                                                     const GroupPath& within) const
{
    const Selection selected(*this, filter, within);
    CaseRows rows;
    const auto count = static_cast<std::uint32_t>(m_book.size());
    rows.reserve(count); // address space only: the pages are touched as rows are added
    const CaseBook::Columns columns = m_book.columns();
    for (std::uint32_t i = 0; i < count; ++i) {
        if (columns.created(i) > T || !selected(i))
            continue;
        const CaseStatus s = evaluateCase(columns, i, T, m_thresholds);
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
