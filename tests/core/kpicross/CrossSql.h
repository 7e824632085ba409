#pragma once
// The SQL of the KPI cross-check (see CrossSql.cpp).

#include <QByteArray>
#include <QString>

namespace carepulse::test {

// A sqlite3 shell script computing metrics.md's figures as of asOf ("YYYY-MM-DD HH:MM:SS"; empty: the data
// clock) over a store.
QByteArray crossCheckScript(const QString& asOf);
// The same for the breaches-by-manager group rows: "manager|cases|open|breached|at_risk|met|compliance|median".
QByteArray groupByManagerScript(const QString& asOf);
// The cases breached at T: "case_no|overdue_by_s".
QByteArray breachListScript(const QString& asOf);

// Scripts that print, as TSV with a header, extra case events and surveys derived from a store's contents.
QByteArray perturbCasesScript();
QByteArray perturbSurveysScript();

} // namespace carepulse::test
