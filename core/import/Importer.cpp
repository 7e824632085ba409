#include "Importer.h"

#include "ReaderFactory.h"
#include "util/BoundedQueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <exception>
#include <thread>

namespace carepulse {

namespace {

int loadOrder(const FileDetection& d)
{
    switch (d.kind) {
    case FileKind::Dimension: return 0;
    case FileKind::CaseTsv: return 1;
    case FileKind::SurveyTsv: return 2;
    default: return 3;
    }
}

void addEntry(ImportPlan& plan, const QString& given)
{
    // One spelling per file, so the same bad record imported twice by another path is kept once.
    const QString canonical = QFileInfo(given).canonicalFilePath();
    const QString path = canonical.isEmpty() ? given : canonical;
    ImportPlan::Entry entry{path, detectFileKind(path)};
    if (!entry.detection.importable())
        plan.errors << entry.detection.error;
    plan.files.push_back(std::move(entry));
}

// What the reader thread hands the writer: a parsed batch, or the error that stopped parsing.
struct ParsedBatch {
    RecordBatch batch;
    QString error;
};

} // namespace

QString FileImportResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::Skipped: return QStringLiteral("skipped");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

ImportPlan Importer::plan(const QStringList& paths)
{
    ImportPlan plan;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            plan.errors << QCoreApplication::translate("Importer", "%1: no such file or folder").arg(path);
        } else if (info.isDir()) {
            const QStringList names = QDir(path).entryList(QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDir::Name);
            if (names.isEmpty())
                plan.errors << QCoreApplication::translate("Importer", "%1: the folder has no files to import").arg(path);
            for (const QString& name : names)
                addEntry(plan, QDir(path).filePath(name));
        } else {
            addEntry(plan, path);
        }
    }
    std::stable_sort(plan.files.begin(), plan.files.end(), [](const ImportPlan::Entry& a, const ImportPlan::Entry& b) {
        return loadOrder(a.detection) < loadOrder(b.detection);
    });
    return plan;
}

std::vector<FileImportResult> Importer::run(const ImportPlan& plan, const ProgressCallback& progress)
{
    std::vector<FileImportResult> results;
    const int count = static_cast<int>(plan.files.size());
    for (int i = 0; i < count; ++i) {
        results.push_back(importFile(plan.files[static_cast<std::size_t>(i)], progress, i, count));
        if (results.back().status == FileImportResult::Status::Cancelled)
            break;
    }
    return results;
}

FileImportResult Importer::importFile(const ImportPlan::Entry& entry, const ProgressCallback& progress, int fileIndex,
                                      int fileCount)
{
    FileImportResult result;
    result.path = entry.path;
    result.kind = entry.detection.kind;
    result.dimension = entry.detection.dimension;
    if (!entry.detection.importable()) {
        result.status = FileImportResult::Status::Failed;
        result.message = entry.detection.error;
        return result;
    }
    if (entry.detection.kind == FileKind::SeedCases) {
        result.status = FileImportResult::Status::Skipped;
        result.message = QCoreApplication::translate("Importer", "%1: the real-time simulator's seed cases (no timestamps), not history: skipped. "
                            "Replay them as live events with 'carepulse-cli simulate stream --seed-cases %1'.")
                             .arg(entry.path);
        return result;
    }

    FileByteSource source(entry.path);
    if (!source.isOpen()) {
        result.status = FileImportResult::Status::Failed;
        result.message = QCoreApplication::translate("Importer", "%1: cannot be read: %2").arg(entry.path, source.errorString());
        return result;
    }
    std::unique_ptr<RecordReader> reader = makeRecordReader(entry.detection, source);
    return importRecords(entry.path, entry.detection, *reader, source.size(), progress, fileIndex, fileCount);
}

FileImportResult Importer::importRecords(const QString& sourceName, const FileDetection& detection, RecordReader& reader,
                                         std::int64_t totalSize, const ProgressCallback& progress, int fileIndex,
                                         int fileCount)
{
    QElapsedTimer timer;
    timer.start();
    FileImportResult result;
    result.path = sourceName;
    result.kind = detection.kind;
    result.dimension = detection.dimension;

    // The reader thread parses ahead while this thread writes.
    BoundedQueue<ParsedBatch> queue(3);
    std::thread parser([&] {
        try {
            for (;;) {
                ParsedBatch parsed;
                if (!reader.readBatch(parsed.batch, kBatchRecords) || !queue.push(std::move(parsed)))
                    break;
            }
        } catch (const std::exception& e) {
            queue.push({{}, QString::fromUtf8(e.what())});
        }
        queue.close();
    });

    ImportLogEntry log{sourceName, result.kindName(), 0, 0, 0, 0, QStringLiteral("running"), {}};
    bool inTransaction = false;
    try {
        m_store.beginTransaction();
        inTransaction = true;
        const std::int64_t importId = m_store.addImportLog(log);
        while (auto parsed = queue.pop()) {
            if (!parsed->error.isEmpty())
                throw StoreError(QCoreApplication::translate("Importer", "%1: read error: %2").arg(sourceName, parsed->error));
            RecordBatch& batch = parsed->batch;
            InsertCounts counts;
            if (result.dimension) {
                counts = m_store.upsertDimensionRows(*result.dimension, batch.dimensionRows);
            } else {
                const InsertCounts c = m_store.insertCaseEvents(batch.cases, importId);
                const InsertCounts s = m_store.insertSurveys(batch.surveys, importId);
                counts = {c.inserted + s.inserted, 0, c.duplicates + s.duplicates};
            }
            m_store.insertQuarantine(batch.quarantined, sourceName, importId);
            result.recordsRead += batch.recordsRead;
            result.loaded += counts.inserted;
            result.updated += counts.updated;
            result.duplicates += counts.duplicates;
            result.quarantined += static_cast<std::int64_t>(batch.quarantined.size());
            for (QuarantineRecord& q : batch.quarantined) {
                ++result.quarantinedBy[static_cast<std::size_t>(q.reason)];
                if (result.quarantineSamples.size() < kQuarantineSamples)
                    result.quarantineSamples.push_back(std::move(q));
            }
            for (ParseWarning& w : batch.warnings)
                result.warnings.push_back(std::move(w));
            if (progress && !progress({fileIndex, fileCount, sourceName, batch.endOffset, totalSize, result.recordsRead})) {
                result.status = FileImportResult::Status::Cancelled;
                result.message = QCoreApplication::translate("Importer", "%1: cancelled; nothing from this file was kept").arg(sourceName);
                break;
            }
        }
        queue.close();
        parser.join();
        if (result.status == FileImportResult::Status::Cancelled) {
            m_store.rollback();
        } else {
            log.recordsRead = result.recordsRead;
            log.loaded = result.loaded + result.updated;
            log.duplicates = result.duplicates;
            log.quarantined = result.quarantined;
            log.status = QStringLiteral("ok");
            m_store.updateImportLog(importId, log);
            m_store.commit();
        }
    } catch (const std::exception& e) {
        queue.close();
        if (parser.joinable())
            parser.join();
        if (inTransaction) {
            try {
                m_store.rollback();
            } catch (const std::exception&) {
                // The original error is the one worth reporting.
            }
        }
        result.status = FileImportResult::Status::Failed;
        const auto* storeError = dynamic_cast<const StoreError*>(&e);
        result.message = storeError ? storeError->message() : QString::fromUtf8(e.what());
        result.loaded = result.updated = result.duplicates = 0;
    }
    result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace carepulse
