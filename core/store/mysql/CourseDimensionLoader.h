#pragma once
// `carepulse-cli mysql load-dimensions`: creates the eight course dimension tables on a server and loads
// the dimension files into them in bulk, through the same parsers as a file import. Each file is read
// from the given folder when it is there, else from the real files bundled with CarePulse (all but
// employee and product, which are not public); a table without a file is created empty.

#include "MysqlUrl.h"
#include "model/Dimensions.h"
#include "parse/ParseIssue.h"

#include <QStringList>

#include <vector>

namespace carepulse::mysql {

struct DimensionLoadResult {
    const DimensionSpec* spec = nullptr;
    QString table;
    QString source; // the file, a ":/futurecart/..." resource, or empty when there is none
    std::int64_t read = 0;
    std::int64_t loaded = 0;
    std::int64_t updated = 0;
    std::int64_t duplicates = 0;
    std::int64_t quarantined = 0;
    std::vector<QuarantineRecord> quarantineSamples;
    std::vector<ParseWarning> warnings;
    QString error; // the table's load failed and was rolled back
    double seconds = 0;
};

struct DimensionLoadReport {
    QString server; // mysql://user@host:port/db
    QString tls; // the TLS cipher, empty when the connection is not encrypted
    QStringList inputErrors; // unreadable files or missing columns: nothing was loaded
    QString serverError; // the server could not be reached or failed outside a table's load
    std::vector<DimensionLoadResult> tables;
};

DimensionLoadReport loadCourseDimensions(const ConnectOptions& options, const QString& folder);

} // namespace carepulse::mysql
