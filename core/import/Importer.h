#pragma once
// Imports files and folders into a store. Every file is checked before anything is written, so an
// unreadable or unrecognised file changes nothing; each file then lands in one transaction with its
// import-log row. Parsing runs on a reader thread while this thread writes.

#include "ImportReport.h"
#include "parse/RecordBatch.h"
#include "store/Store.h"

#include <functional>

namespace carepulse {

struct ImportPlan {
    struct Entry {
        QString path;
        FileDetection detection;
    };
    std::vector<Entry> files; // in load order: dimensions, cases, surveys, JSON
    QStringList errors;       // unreadable or unrecognised inputs, each naming its file
    bool ok() const { return errors.isEmpty(); }
};

class Importer {
public:
    // Return false to cancel; the file in progress is rolled back.
    using ProgressCallback = std::function<bool(const ImportProgress&)>;

    explicit Importer(Store& store) : m_store(store) {}

    // Expands folders (their files, sorted, hidden ones left out) and recognises each file.
    static ImportPlan plan(const QStringList& paths);

    std::vector<FileImportResult> run(const ImportPlan& plan, const ProgressCallback& progress = {});
    FileImportResult importFile(const ImportPlan::Entry& entry, const ProgressCallback& progress = {},
                                int fileIndex = 0, int fileCount = 1);
    // What importFile does once its file is open, for any reader: a table read from a MySQL server goes
    // through the same counting, quarantine and transaction. source names it in the log and the
    // quarantine; totalSize is the reader's end offset when known (for progress), else -1.
    FileImportResult importRecords(const QString& source, const FileDetection& detection, RecordReader& reader,
                                   std::int64_t totalSize, const ProgressCallback& progress = {}, int fileIndex = 0,
                                   int fileCount = 1);

    static constexpr std::size_t kBatchRecords = 32768;
    static constexpr std::size_t kQuarantineSamples = 20;

private:
    Store& m_store;
};

} // namespace carepulse
