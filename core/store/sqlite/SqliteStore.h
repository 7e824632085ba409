#pragma once
// The embedded store: one SQLite file, WAL journal, prepared statements and large transactions.

#include "SqliteHandle.h"
#include "store/Store.h"

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
    std::vector<TableCount> tableCounts() override;

    Connection& connection() { return m_db; }

private:
    Statement& dimensionStatement(const DimensionSpec& spec);

    mutable Connection m_db;
    std::unique_ptr<Statement> m_insertCase;
    std::unique_ptr<Statement> m_insertSurvey;
    std::unique_ptr<Statement> m_insertQuarantine;
    std::map<std::string_view, std::unique_ptr<Statement>> m_upsertDimension;
};

} // namespace carepulse::sqlite
