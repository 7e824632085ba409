#pragma once
// The SLA page's case list as an immutable value: one compact record per case (no strings), the as-of
// moment and the frozen label tables. Built on the books' thread by runCaseQuery (filtered there, searched
// and sorted by core's CaseListQuery, as the CLI does); the model formats a row only when the view asks.

#include "CaseState.h"
#include "report/CaseListQuery.h"
#include "report/Drilldown.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace carepulse {
struct Books;
}

namespace carepulse::ui {

struct CaseQuery {
    std::optional<Timestamp> asOf; // none: the data clock
    KpiSettings settings;
    CaseFilter filter;
    GroupPath path;
    CaseState state = CaseState::Breached;
    QString search;                // case-insensitive, on the case number and the names shown
    int sortColumn = -1;           // a CaseColumn; -1: case-number order (the CLI's)
    Qt::SortOrder order = Qt::AscendingOrder;

    // The search and the sort as core's CaseListQuery (what `carepulse-cli breaches --search --sort` runs).
    CaseListQuery listQuery() const;
};

// The records of core's CaseRecords (searched and sorted there), and how they relate to the set on screen.
struct CaseRowSet : CaseRecords {
    // How this set relates to the one the view showed when it was asked for (worked out on the books'
    // thread, so the GUI thread never walks a million rows to keep the selection): the previous set's
    // serial, whether the cases are the same in the same order, and else each previous row's new row.
    std::uint64_t serial = 0;
    std::uint64_t previousSerial = 0;
    bool sameCasesAsPrevious = false;
    std::vector<std::int32_t> previousToNew; // -1: the case left the list

    // The value behind a column: a number (qlonglong), text, or invalid when empty.
    QVariant raw(const CaseRecord& r, CaseColumn column) const;
};

// Runs on the books' thread. labels: the page's cache; previous: the set on screen, if any.
CaseRowSet runCaseQuery(const Books& books, const CaseQuery& query, LabelCache& labels,
    const std::shared_ptr<const CaseRowSet>& previous = {});
// The CSV of the same rows, in the same order, through core's caseRowsTable and CsvWriter: without a
// path, search or sort it is byte-identical to `carepulse-cli export breaches`, and with them to the same
// command with --within, --search and --sort.
std::string caseQueryCsv(const Books& books, const CaseQuery& query, LabelCache& labels);

// The CLI's state filter (--state) for a page state.
CaseGrouper::StateFilter grouperState(CaseState state);

} // namespace carepulse::ui
