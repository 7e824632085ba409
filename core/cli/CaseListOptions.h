#pragma once
// The options that name one view of the SLA page's case list on the command line, for `breaches` and
// `export breaches`: --within (the breadcrumb's drill path; groups take it too), --search (the search
// box) and --sort (a column header, ascending or descending). With them the CLI writes the bytes the
// page exports for that view.

#include "report/Reports.h"

#include <QCommandLineParser>

namespace carepulse::cli {

void addCaseListOptions(QCommandLineParser& parser);
// Reads --within, --search and --sort into options; on a bad value prints why (naming it) and returns false.
bool parseCaseListOptions(const QString& command, const QCommandLineParser& parser, ReportOptions& options);
// Whether --search or --sort was given (they apply to the case list only).
bool caseListQueried(const QCommandLineParser& parser);
// "within=center=C-101,manager=900;search=Archer;sort=overdue_by_s:desc" (only what was given), for manifests.
std::string describeCaseListOptions(const ReportOptions& options);

} // namespace carepulse::cli
