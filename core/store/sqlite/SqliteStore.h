#pragma once
// The embedded store: one SQLite file, WAL journal, prepared statements and large transactions.

#include "SqliteHandle.h"
#include "store/EventIdentities.h"
#include "store/Store.h"

#include <QScopeGuard>

#include <functional>
#include <map>
#include <memory>

namespace carepulse::sqlite {

class SqliteStore final : public Store {
public:
    explicit SqliteStore(const QString& path);
    ~SqliteStore() override;

    QString location() const override { return m_db.path(); }
    int schemaVersion() const override;

    void beginTransaction() override;
    void commit() override;
    void rollback() override;

    std::int64_t addImportLog(const ImportLogEntry& entry) override;
    void updateImportLog(std::int64_t id, const ImportLogEntry& entry) override;
    InsertCounts insertCaseEvents(std::span<const CaseEvent> events, std::int64_t importId) override;
    InsertCounts insertSurveys(std::span<const SurveyEvent> surveys, std::int64_t importId) override;
    InsertCounts upsertDimensionRows(const DimensionSpec& spec, std::span<const DimensionRow> rows) override;
    std::int64_t insertQuarantine(std::span<const QuarantineRecord> records, const QString& source,
                                  std::int64_t importId) override;
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

    Connection& connection() { return m_db; }

private:
    QScopeGuard<std::function<void()>> countThroughSmallCache();
    void sync(EventIdentities& identities);
    void requireTransaction() const;
    struct DimensionStatements {
        std::unique_ptr<Statement> insert; // INSERT OR IGNORE: 1 change when the key is new
        std::unique_ptr<Statement> update; // UPDATE ... WHERE key AND a value differs: 1 change when corrected
    };
    DimensionStatements& dimensionStatements(const DimensionSpec& spec);

    bool m_inTransaction = false;
    EventIdentities m_caseIds{"case_event"};
    EventIdentities m_surveyIds{"survey"};

    mutable Connection m_db;
    std::unique_ptr<Statement> m_insertCase;
    std::unique_ptr<Statement> m_insertSurvey;
    std::unique_ptr<Statement> m_insertQuarantine;
    std::map<std::string_view, DimensionStatements> m_dimensionStatements;
};

} // namespace carepulse::sqlite
