#pragma once
// Searching and sorting a case list: the SLA page's search box and sortable columns, and `carepulse-cli
// breaches` / `export breaches` --search and --sort. Both call this code, so the same view gives the same
// rows in the same order and byte-identical CSVs.

#include "CaseRecords.h"

#include <QString>

namespace carepulse {

struct CaseSort {
    CaseColumn column = CaseColumn::CaseNo;
    bool descending = false;
};

struct CaseListQuery {
    // Trimmed, then matched ignoring ASCII case on the names shown (centre, location, agent, manager,
    // category, sub-category, channel, country, product, priority, level, severity) and the case number.
    QString search;
    // Empty cells sort last in both directions; ties keep case-number order.
    CaseSort sort;

    // Case-number order, nothing searched: the rows stay as they are.
    bool keepsRows() const;
};

// The positions in records.rows (in case-number order) that match query.search, in query.sort's order.
std::vector<std::size_t> caseListOrder(const CaseRecords& records, const CaseListQuery& query);

// CaseGrouper::cases rows (in case-number order) searched and sorted by query: for the CLI's breach list.
CaseGrouper::CaseRows searchAndSort(
    const CaseBook& book, Timestamp asOf, CaseGrouper::CaseRows rows, const CaseListQuery& query);

// "overdue_by_s:desc", as --sort takes it.
std::string caseSortText(const CaseSort& sort);

} // namespace carepulse
