#pragma once
// The SLA page's case list as an immutable value: one compact record per case (no strings), the as-of
// moment and the frozen label tables. Built on the books' thread by runCaseQuery (filtered, searched and
// sorted there); the model formats a row only when the view asks for it.

#include "CaseState.h"
#include "LabelTables.h"
#include "kpi/CaseStatus.h"
#include "report/Drilldown.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace carepulse {
struct Books;
}

namespace carepulse::ui {

enum class CaseColumn {
    CaseNo, Priority, Level, Severity, SlaHours, Created, Due, ClosedAt, Elapsed, OverdueBy, TimeToBreach, State,
    SlaState, CallCenter, Location, Employee, Manager, Category, SubCategory, Channel, Country, Product, Count
};

struct CaseQuery {
    std::optional<Timestamp> asOf; // none: the data clock
    KpiSettings settings;
    CaseFilter filter;
    GroupPath path;
    CaseState state = CaseState::Breached;
    QString search;                // case-insensitive, on the case number and the names shown
    int sortColumn = -1;           // -1: case-number order (the CLI's)
    Qt::SortOrder order = Qt::AscendingOrder;
};

struct CaseRecord {
    std::uint64_t caseNo;  // the number, or kTextCaseNo | index into CaseRowSet::textCaseNos
    Timestamp created;
    Timestamp closedAt;    // CaseBook::kNever when open at T
    std::uint32_t caseIndex;
    std::array<std::uint32_t, static_cast<std::size_t>(CaseBook::Attribute::Count)> attributes;
    std::uint16_t priority;
    SlaState sla;
};

struct CaseRowSet {
    static constexpr std::uint64_t kTextCaseNo = 1ULL << 63;

    Timestamp asOf = 0;
    std::vector<CaseRecord> rows;
    std::vector<std::string> textCaseNos;
    std::shared_ptr<const LabelTables> labels;

    // How this set relates to the one the view showed when it was asked for (worked out on the books'
    // thread, so the GUI thread never walks a million rows to keep the selection): the previous set's
    // serial, whether the cases are the same in the same order, and else each previous row's new row.
    std::uint64_t serial = 0;
    std::uint64_t previousSerial = 0;
    bool sameCasesAsPrevious = false;
    std::vector<std::int32_t> previousToNew; // -1: the case left the list

    std::string caseNo(const CaseRecord& r) const;
    const std::string& text(const CaseRecord& r, CaseBook::Attribute a) const;
    std::int64_t slaSeconds(const CaseRecord& r) const { return labels ? labels->sla(r.priority) : -1; }
    Timestamp due(const CaseRecord& r) const;
    std::int64_t elapsed(const CaseRecord& r) const;
    std::optional<std::int64_t> overdueBy(const CaseRecord& r) const;
    std::optional<std::int64_t> timeToBreach(const CaseRecord& r) const;
    // The value behind a column: a number (qlonglong), text, or invalid when empty.
    QVariant raw(const CaseRecord& r, CaseColumn column) const;
};

// Runs on the books' thread. labels: the page's cache; previous: the set on screen, if any.
CaseRowSet runCaseQuery(const Books& books, const CaseQuery& query, LabelCache& labels,
    const std::shared_ptr<const CaseRowSet>& previous = {});
// The CSV of the same rows, in the same order, through core's caseRowsTable and CsvWriter: without a
// path, search or sort it is byte-identical to `carepulse-cli export breaches`.
std::string caseQueryCsv(const Books& books, const CaseQuery& query, LabelCache& labels);

// The CLI's state filter for a page state (Open and Closed filter All further).
CaseGrouper::StateFilter grouperState(CaseState state);

} // namespace carepulse::ui
