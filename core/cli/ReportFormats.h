#pragma once
// A report table as CSV, JSON (an array of objects; empty cells are null) or an aligned text table.

#include "report/Reports.h"

#include <QString>

namespace carepulse::cli {

std::string formatTable(const ReportTable& table, const QString& format);
bool isTableFormat(const QString& format);

} // namespace carepulse::cli
