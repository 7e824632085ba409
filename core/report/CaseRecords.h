#pragma once
// A case list as compact records (no strings: dictionary ids, times, the SLA state) plus the as-of moment
// and the frozen label tables that name them. The SLA page shows them; CaseListQuery searches and sorts
// them the same way for the page and for `carepulse-cli breaches --search/--sort`.

#include "Drilldown.h"
#include "LabelTables.h"
#include "kpi/CaseStatus.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carepulse {

// The case list's columns, in the page's order; each is named as in the case list's CSV header, except
// time_to_breach_s, which the page shows but the CSV does not hold.
enum class CaseColumn {
    CaseNo,
    Priority,
    Level,
    Severity,
    SlaHours,
    Created,
    Due,
    ClosedAt,
    Elapsed,
    OverdueBy,
    TimeToBreach,
    State,
    SlaState,
    CallCenter,
    Location,
    Employee,
    Manager,
    Category,
    SubCategory,
    Channel,
    Country,
    Product,
    Count
};

std::string_view caseColumnName(CaseColumn column); // "overdue_by_s"
// A column's name, or the name without its "_s" unit ("overdue_by"), any case.
std::optional<CaseColumn> caseColumnFromName(std::string_view name);
std::vector<std::string> caseColumnNames();
// Columns that hold a number of seconds or a moment (they sort as numbers; the others as the text shown).
bool isNumericColumn(CaseColumn column);

struct CaseRecord {
    std::uint64_t caseNo; // the number, or kTextCaseNo | index into CaseRecords::textCaseNos
    Timestamp created;
    Timestamp closedAt; // CaseBook::kNever when open at T
    std::uint32_t caseIndex;
    std::array<std::uint32_t, static_cast<std::size_t>(CaseBook::Attribute::Count)> attributes;
    std::uint16_t priority;
    SlaState sla;
};

struct CaseRecords {
    static constexpr std::uint64_t kTextCaseNo = 1ULL << 63;

    Timestamp asOf = 0;
    std::vector<CaseRecord> rows;
    std::vector<std::string> textCaseNos;
    std::shared_ptr<const LabelTables> labels;

    // Appends a row of CaseGrouper::cases (call on the books' thread).
    void append(const CaseBook& book, const CaseGrouper::CaseRow& row);

    std::string caseNo(const CaseRecord& r) const;
    const std::string& text(const CaseRecord& r, CaseBook::Attribute a) const;
    std::int64_t slaSeconds(const CaseRecord& r) const { return labels ? labels->sla(r.priority) : -1; }
    Timestamp due(const CaseRecord& r) const;
    std::int64_t elapsed(const CaseRecord& r) const;
    std::optional<std::int64_t> overdueBy(const CaseRecord& r) const;
    std::optional<std::int64_t> timeToBreach(const CaseRecord& r) const;
    // A numeric column's value; none when the cell is empty.
    std::optional<std::int64_t> number(const CaseRecord& r, CaseColumn column) const;
    // The text a text column shows (names, not keys: "Concentrix", not "C-101"); "" when empty.
    std::string shownText(const CaseRecord& r, CaseColumn column) const;
};

} // namespace carepulse
