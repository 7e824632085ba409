#pragma once
// The store on a MySQL or MariaDB server: one shared data mart that many desktops read while one writer
// (an import or the live tail) adds to it. Same tables and semantics as the SQLite store.
//
// De-duplication, as in the SQLite store: every event carries its content identity, and an in-memory
// IdentitySet per event table says "already have it?" with a probe instead of a UNIQUE index (on InnoDB
// a unique index on the identity more than doubles bulk-import time). Writers take turns: a write
// transaction first locks the meta 'writer' row (SELECT ... FOR UPDATE), and under that lock the set
// loads the rows other writers added since it last looked (seq > last seen), so two CarePulse
// instances writing to one server never store the same event twice. Rolling back restores the set.
//
// Connection loss: connecting retries with backoff; a statement that finds the connection gone throws
// (naming the server and the statement) and the transaction is lost on the server, so nothing is
// acknowledged before COMMIT returns. The next unit of work (a transaction, a read) reconnects. Because
// applying an event twice changes nothing, re-sending a batch whose COMMIT outcome was unknown is safe.

#include "MysqlBulkInsert.h"
#include "MysqlDimensionWriter.h"
#include "store/Store.h"
#include "store/EventIdentities.h"

#include <algorithm>
#include <map>
#include <memory>

namespace carepulse::mysql {

class MysqlStore final : public Store {
public:
    explicit MysqlStore(const ConnectOptions& options);
    ~MysqlStore() override;

    QString location() const override { return m_db.name(); }
    int schemaVersion() const override;

    void beginTransaction() override;
    void commit() override;
    void rollback() override;

    std::int64_t addImportLog(const ImportLogEntry& entry) override;
    void updateImportLog(std::int64_t id, const ImportLogEntry& entry) override;
    InsertCounts insertCaseEvents(std::span<const CaseEvent> events, std::int64_t importId) override;
    InsertCounts insertSurveys(std::span<const SurveyEvent> surveys, std::int64_t importId) override;
    InsertCounts upsertDimensionRows(const DimensionSpec& spec, std::span<const DimensionRow> rows) override;
    std::int64_t insertQuarantine(
        std::span<const QuarantineRecord> records, const QString& source, std::int64_t importId) override;
    std::optional<SourceCheckpoint> checkpoint(const QString& source) override;
    void saveCheckpoint(const SourceCheckpoint& checkpoint) override;
    std::vector<TableCount> tableCounts() override;
    void forEachDimensionRow(const DimensionSpec& spec, const std::function<void(const DimensionRow&)>& visit) override;
    std::int64_t forEachCaseEventAfter(std::int64_t after, const std::function<void(const CaseEvent&)>& visit) override;
    std::int64_t forEachSurveyAfter(std::int64_t after, const std::function<void(const SurveyEvent&)>& visit) override;
    EventCounts eventCounts() override;
    std::optional<std::int64_t> identityAt(EventTable table, std::int64_t seq) override;
    void forEachQuarantined(const std::function<void(const QuarantineEntry&)>& visit) override;
    std::vector<CaseEvent> caseEvents(std::string_view caseNo) override;

    // Rows a replay after an arrival number fetches at a time (50,000 unless set; the tests page small).
    void setReplayPageRows(std::int64_t rows) { m_replayPage = std::max<std::int64_t>(rows, 1); }

    QString tlsCipher() const { return m_db.tlsCipher(); }
    QString serverVersion() const { return m_db.serverVersion(); }

private:
    void sync(EventIdentities& identities);
    // Takes the identities added by the current transaction back out of the sets (it did not land).
    void forgetTransaction();
    void requireTransaction() const;
    // Runs the first statement(s) of a unit of work; when the connection turns out to be gone (the server
    // restarted while we were idle), reconnects once and runs them again. Never inside a transaction.
    void withReconnect(const std::function<void()>& work);
    // Streams a query's rows, reconnecting first if the connection was lost while no row had been seen.
    void streamRows(std::string_view sql, const std::function<void(const ResultRow&)>& visit);
    template<typename Read>
    std::int64_t replayRows(std::string_view select, std::string_view table, unsigned int column, std::int64_t after,
                            const Read& read);
    // Before a write outside a transaction: a connection found lost earlier is opened again. Writes are
    // never re-run after a failure (part of them may have landed).
    void ensureConnected();
    void reconnect();
    DimensionWriter& dimensionWriter(const DimensionSpec& spec);

    mutable Connection m_db;
    bool m_inTransaction = false;
    std::int64_t m_replayPage = 50'000;
    EventIdentities m_caseIds { "case_event" };
    EventIdentities m_surveyIds { "survey" };
    BulkInsert m_insertCase;
    BulkInsert m_insertSurvey;
    BulkInsert m_insertQuarantine;
    std::map<std::string_view, std::unique_ptr<DimensionWriter>> m_dimensionWriters;
};

} // namespace carepulse::mysql
