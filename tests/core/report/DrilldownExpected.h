#pragma once
// The drill-down test's hand-computed expectations (tests/fixtures/report/drilldown/NOTES.md), as QTest
// data rows.

#include <QString>

// Columns asOf (asOf unless a row says otherwise), levels, expected: "key:name [+ key:name] | cases open breached at_risk met compliance median".
void addGroupRowsData(const QString& asOf);
// Columns caseNo, expected: "column=value" of the case list (`--state all`).
void addCaseColumnsData();
