#pragma once
// What importing one file did: the counts the CLI prints and the import log keeps.

#include "parse/FileKind.h"
#include "parse/ParseIssue.h"

#include <array>
#include <vector>

namespace carepulse {

struct FileImportResult {
    enum class Status : std::uint8_t { Ok, Skipped, Failed, Cancelled };

    QString path;
    FileKind kind = FileKind::Unrecognised;
    const DimensionSpec* dimension = nullptr;
    Status status = Status::Ok;
    QString message; // a notice (skipped) or the error (failed), naming the file

    std::int64_t recordsRead = 0;
    std::int64_t loaded = 0;     // new rows
    std::int64_t updated = 0;    // changed dimension rows
    std::int64_t duplicates = 0; // already in the store
    std::int64_t quarantined = 0;
    std::array<std::int64_t, kQuarantineReasonCount> quarantinedBy{};
    std::vector<QuarantineRecord> quarantineSamples; // the first few, for showing
    std::vector<ParseWarning> warnings;
    double seconds = 0;

    QString kindName() const { return fileKindName(kind, dimension); }
    static QString statusName(Status status);
};

struct ImportProgress {
    int fileIndex = 0;
    int fileCount = 0;
    QString path;
    std::int64_t bytesDone = 0;
    std::int64_t bytesTotal = -1;
    std::int64_t recordsRead = 0;
};

} // namespace carepulse
