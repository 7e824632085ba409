#pragma once
// `carepulse-cli import --from mysql://...`: the course tables found on a server (CourseTables.h), read
// into the store through the Importer, so counts, quarantine and idempotency are those of a file import.

#include "MysqlUrl.h"
#include "import/Importer.h"

#include <QStringList>

#include <string>
#include <vector>

namespace carepulse::mysql {

struct CourseTable {
    QString name; // as the server spells it
    QString source; // mysql://host:port/db/table: names it in the log and the quarantine
    FileDetection detection; // cases, surveys or a dimension; error when required columns are missing
    std::vector<std::string> columns; // the table's columns, in order
};

struct MysqlImportPlan {
    ConnectOptions options;
    std::vector<CourseTable> tables; // in load order: dimensions, cases, surveys
    QStringList errors; // each names the server or the table
    bool ok() const { return errors.isEmpty(); }
};

// Connects and finds the course tables; problems come back as errors (nothing is imported then).
MysqlImportPlan planMysqlImport(const QString& url);

// Imports every table of the plan, each in one transaction, as Importer::run does for files.
std::vector<FileImportResult> importFromMysql(
    Importer& importer, const MysqlImportPlan& plan, const Importer::ProgressCallback& progress = {});

} // namespace carepulse::mysql
