#include "CaseRecords.h"
#include "parse/Tsv.h"

#include <algorithm>

namespace carepulse {

namespace {

using A = CaseBook::Attribute;

constexpr std::size_t at(A a)
{
    return static_cast<std::size_t>(a);
}

constexpr std::string_view kColumnNames[] = { "case_no", "priority", "level", "severity", "sla_hours", "created", "due",
    "closed_at", "elapsed_s", "overdue_by_s", "time_to_breach_s", "state", "sla_state", "call_center", "location",
    "employee", "manager", "category", "sub_category", "channel", "country", "product" };
static_assert(std::size(kColumnNames) == static_cast<std::size_t>(CaseColumn::Count));

} // namespace

std::string_view caseColumnName(CaseColumn column)
{
    const auto c = static_cast<std::size_t>(column);
    return c < std::size(kColumnNames) ? kColumnNames[c] : std::string_view();
}

std::optional<CaseColumn> caseColumnFromName(std::string_view name)
{
    const std::string lower = toLowerAscii(name);
    for (std::size_t c = 0; c < std::size(kColumnNames); ++c) {
        const std::string_view column = kColumnNames[c];
        if (lower == column || (column.ends_with("_s") && lower == column.substr(0, column.size() - 2)))
            return static_cast<CaseColumn>(c);
    }
    return std::nullopt;
}

std::vector<std::string> caseColumnNames()
{
    return { std::begin(kColumnNames), std::end(kColumnNames) };
}

bool isNumericColumn(CaseColumn c)
{
    switch (c) {
    case CaseColumn::SlaHours:
    case CaseColumn::Created:
    case CaseColumn::Due:
    case CaseColumn::ClosedAt:
    case CaseColumn::Elapsed:
    case CaseColumn::OverdueBy:
    case CaseColumn::TimeToBreach:
        return true;
    default:
        return false;
    }
}

void CaseRecords::append(const CaseBook& book, const CaseGrouper::CaseRow& row)
{
    const std::uint32_t i = row.caseIndex;
    CaseRecord r {};
    // The case index keeps numeric case numbers as their value (no string per row); text ones are copied.
    r.caseNo = book.caseIndexes().sortKey(i);
    if (!CaseIndex::isNumericKey(r.caseNo)) {
        r.caseNo = kTextCaseNo | textCaseNos.size();
        textCaseNos.push_back(book.caseNo(i));
    }
    r.created = book.created(i);
    r.closedAt = row.status.closed ? row.status.closedAt : CaseBook::kNever;
    r.caseIndex = i;
    for (std::size_t a = 0; a < at(A::Count); ++a)
        r.attributes[a] = book.attribute(i, static_cast<A>(a));
    r.priority = book.priority(i);
    r.sla = row.status.sla;
    rows.push_back(r);
}

std::string CaseRecords::caseNo(const CaseRecord& r) const
{
    if (r.caseNo & kTextCaseNo)
        return textCaseNos[static_cast<std::size_t>(r.caseNo & ~kTextCaseNo)];
    return std::to_string(r.caseNo);
}

const std::string& CaseRecords::text(const CaseRecord& r, CaseBook::Attribute a) const
{
    const std::uint32_t id = r.attributes[at(a)];
    const auto pick = [id](const std::vector<std::string>& v) -> const std::string& {
        return id < v.size() ? v[id] : LabelTables::unknown();
    };
    switch (a) {
    case A::CallCenter:
        return pick(labels->centre);
    case A::Employee:
        return pick(labels->employee);
    case A::Category:
        return pick(labels->category);
    case A::SubCategory:
        return pick(labels->subCategory);
    case A::Channel:
        return pick(labels->channel);
    case A::Country:
        return pick(labels->country);
    case A::Product:
        return pick(labels->product);
    case A::Count:
        break;
    }
    return LabelTables::unknown();
}

Timestamp CaseRecords::due(const CaseRecord& r) const
{
    const std::int64_t sla = slaSeconds(r);
    return sla < 0 ? CaseBook::kNever : r.created + sla;
}

std::int64_t CaseRecords::elapsed(const CaseRecord& r) const
{
    return (r.closedAt == CaseBook::kNever ? asOf : r.closedAt) - r.created;
}

std::optional<std::int64_t> CaseRecords::overdueBy(const CaseRecord& r) const
{
    if (r.sla != SlaState::Breached)
        return std::nullopt;
    return (r.closedAt == CaseBook::kNever ? asOf : r.closedAt) - due(r);
}

std::optional<std::int64_t> CaseRecords::timeToBreach(const CaseRecord& r) const
{
    if (r.closedAt != CaseBook::kNever || (r.sla != SlaState::AtRisk && r.sla != SlaState::OnTrack))
        return std::nullopt;
    return due(r) - asOf;
}

std::optional<std::int64_t> CaseRecords::number(const CaseRecord& r, CaseColumn c) const
{
    switch (c) {
    case CaseColumn::SlaHours: {
        const std::int64_t sla = slaSeconds(r);
        return sla < 0 ? std::nullopt : std::optional<std::int64_t>(sla);
    }
    case CaseColumn::Created:
        return r.created;
    case CaseColumn::Due: {
        const Timestamp d = due(r);
        return d == CaseBook::kNever ? std::nullopt : std::optional<std::int64_t>(d);
    }
    case CaseColumn::ClosedAt:
        return r.closedAt == CaseBook::kNever ? std::nullopt : std::optional<std::int64_t>(r.closedAt);
    case CaseColumn::Elapsed:
        return elapsed(r);
    case CaseColumn::OverdueBy:
        return overdueBy(r);
    case CaseColumn::TimeToBreach:
        return timeToBreach(r);
    default:
        return std::nullopt;
    }
}

std::string CaseRecords::shownText(const CaseRecord& r, CaseColumn column) const
{
    const PriorityInfo* p = labels->priority(r.priority);
    const auto pick = [](const std::vector<std::string>& v, std::uint32_t id) -> const std::string& {
        return id < v.size() ? v[id] : LabelTables::unknown();
    };
    const std::uint32_t centre = r.attributes[at(A::CallCenter)];
    const std::uint32_t employee = r.attributes[at(A::Employee)];
    const std::uint32_t category = r.attributes[at(A::Category)];
    switch (column) {
    case CaseColumn::CaseNo:
        return caseNo(r);
    case CaseColumn::Priority:
        return p ? p->key : "unknown";
    case CaseColumn::Level:
        return p && p->known ? p->level : std::string();
    case CaseColumn::Severity:
        return p && p->known ? p->severity : std::string();
    case CaseColumn::State:
        return r.closedAt == CaseBook::kNever ? "open" : "closed";
    case CaseColumn::SlaState:
        return slaStateName(r.sla);
    case CaseColumn::CallCenter:
        return pick(labels->centreName, centre);
    case CaseColumn::Location:
        return pick(labels->centreLocation, centre);
    case CaseColumn::Employee:
        return pick(labels->employeeName, employee);
    case CaseColumn::Manager:
        return pick(labels->managerName, employee);
    case CaseColumn::Category:
        return pick(labels->categoryName, category);
    case CaseColumn::SubCategory:
        return labels->subCategoryName(category, r.attributes[at(A::SubCategory)]);
    case CaseColumn::Channel:
        return text(r, A::Channel);
    case CaseColumn::Country:
        return pick(labels->countryName, r.attributes[at(A::Country)]);
    case CaseColumn::Product:
        return text(r, A::Product);
    default:
        return {};
    }
}

} // namespace carepulse
