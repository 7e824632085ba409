#pragma once
// The store interface. SQLite is the embedded default; a MySQL backend implements the same interface.
// Errors throw StoreError with a message that names the store and the failing statement.

#include "model/Dimensions.h"
#include "model/Events.h"
#include "parse/ParseIssue.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace carepulse {

class StoreError : public std::runtime_error {
public:
    explicit StoreError(const QString& message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

struct InsertCounts {
    std::int64_t inserted = 0;   // new rows
    std::int64_t updated = 0;    // existing rows whose values changed (dimensions only)
    std::int64_t duplicates = 0; // rows already present, unchanged
};

struct TableCount {
    QString table;
    QString description;
    std::int64_t rows = 0;
};

// One file's import as the import log records it.
struct ImportLogEntry {
    QString source;
    QString fileKind;
    std::int64_t recordsRead = 0;
    std::int64_t loaded = 0;
    std::int64_t duplicates = 0;
    std::int64_t quarantined = 0;
    QString status; // "ok", "skipped", "failed"
    QString message;
};

// Where a live source has got to, saved in the same transaction as the batch it follows.
struct SourceCheckpoint {
    QString source;       // "file:/path", "dir:/path", "tcp:127.0.0.1:5000"
    QString fileIdentity; // e.g. "dev:inode" of the file being followed
    std::int64_t offset = 0;
    QString state;        // source-specific (a folder's processed-file list, ...)
};

class Store {
public:
    virtual ~Store() = default;

    virtual QString location() const = 0;
    virtual int schemaVersion() const = 0;

    // Everything between begin and commit lands together or not at all.
    virtual void beginTransaction() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;

    // Inserts the import's log row (inside the current transaction) and returns its id.
    virtual std::int64_t addImportLog(const ImportLogEntry& entry) = 0;
    virtual void updateImportLog(std::int64_t id, const ImportLogEntry& entry) = 0;

    virtual InsertCounts insertCaseEvents(std::span<const CaseEvent> events, std::int64_t importId) = 0;
    virtual InsertCounts insertSurveys(std::span<const SurveyEvent> surveys, std::int64_t importId) = 0;
    virtual InsertCounts upsertDimensionRows(const DimensionSpec& spec, std::span<const DimensionRow> rows) = 0;
    // Returns how many were new (the same bad record quarantined twice is kept once).
    virtual std::int64_t insertQuarantine(std::span<const QuarantineRecord> records, const QString& source,
                                          std::int64_t importId) = 0;

    virtual std::optional<SourceCheckpoint> checkpoint(const QString& source) = 0;
    // Inside the current transaction, so the checkpoint lands with the batch it follows.
    virtual void saveCheckpoint(const SourceCheckpoint& checkpoint) = 0;

    // Row counts of every data table, for "what is in the store".
    virtual std::vector<TableCount> tableCounts() = 0;

    // Reading back, in arrival order (to build the in-memory books). A dimension row's values are in its
    // spec's column order; a null value (NA) has its bit set in nullMask.
    virtual void forEachDimensionRow(const DimensionSpec& spec, const std::function<void(const DimensionRow&)>& visit) = 0;
    void forEachCaseEvent(const std::function<void(const CaseEvent&)>& visit) { forEachCaseEventAfter(0, visit); }
    void forEachSurvey(const std::function<void(const SurveyEvent&)>& visit) { forEachSurveyAfter(0, visit); }
    // Only the events whose arrival number is above after (what the books' image lacks); each returns the
    // last arrival number visited, or after when there was none.
    virtual std::int64_t forEachCaseEventAfter(std::int64_t after, const std::function<void(const CaseEvent&)>& visit) = 0;
    virtual std::int64_t forEachSurveyAfter(std::int64_t after, const std::function<void(const SurveyEvent&)>& visit) = 0;
    // How many case events and surveys the store holds.
    struct EventCounts {
        std::int64_t caseEvents = 0;
        std::int64_t surveys = 0;
    };
    virtual EventCounts eventCounts() = 0;
    // The stored identity (eventIdentity) of the case event or survey with this arrival number, if any:
    // an image of the books checks with it that the store is still the one it was made from.
    enum class EventTable : std::uint8_t { CaseEvents, Surveys };
    virtual std::optional<std::int64_t> identityAt(EventTable table, std::int64_t seq) = 0;
    struct QuarantineEntry {
        QString source;
        QuarantineRecord record;
    };
    virtual void forEachQuarantined(const std::function<void(const QuarantineEntry&)>& visit) = 0;

    // Every recorded event of one case, in the order the books apply them: by last-modified time, then
    // arrival order. An index on case_no keeps this a lookup, not a scan.
    virtual std::vector<CaseEvent> caseEvents(std::string_view caseNo) = 0;
};

// Opens (creating and migrating as needed) the store at location: a file path for SQLite, or
// mysql://USER@HOST:PORT/DB[?ssl-mode=...] for a MySQL or MariaDB server.
std::unique_ptr<Store> openStore(const QString& location);

} // namespace carepulse
