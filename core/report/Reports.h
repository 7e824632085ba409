#pragma once
// The reports `carepulse-cli export` writes and every page's export button uses: one CSV writer, so the
// same inputs and options give byte-identical files.

#include "CaseFilter.h"
#include "CaseListQuery.h"
#include "Drilldown.h"
#include "kpi/KpiSettings.h"

#include <optional>
#include <string>
#include <vector>

namespace carepulse {

struct Books;
class Store;

enum class ReportKind : std::uint8_t { Kpi, ByPriority, Breaches, Groups, Trends, SurveyQuestions, Quarantine };

std::optional<ReportKind> reportKindFromName(std::string_view name);
std::string reportKindName(ReportKind kind);
std::vector<std::string> reportKindNames();

struct ReportOptions {
    Timestamp asOf = 0;
    KpiSettings settings;
    CaseFilter filter;
    std::vector<GroupKey> groupBy;                                           // groups
    CaseGrouper::StateFilter state = CaseGrouper::StateFilter::Breached;     // breaches
    GroupPath within;                                                        // breaches, groups: a drill path
    CaseListQuery caseList;                                                  // breaches: search and sort
    int trendDays = 14;                                                      // trends
};

struct ReportTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::string toCsv() const;
};

// Store is needed only for the quarantine report.
ReportTable buildReport(ReportKind kind, const Books& books, Store* store, const ReportOptions& options);

// The breach list's and the group list's tables, for the CLI's other formats and the desktop's models.
ReportTable caseRowsTable(const CaseGrouper& grouper, const CaseGrouper::CaseRows& rows);
ReportTable groupRowsTable(const std::vector<GroupKey>& levels, const std::vector<GroupRow>& rows);

// A store fingerprint: changes whenever the store's contents change.
std::string storeFingerprint(Store& store);

} // namespace carepulse
