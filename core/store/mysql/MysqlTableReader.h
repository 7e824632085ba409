#pragma once
// Reads one course table from a MySQL server as the file readers read a TSV file: rows stream in
// (mysql_use_result, on a connection of its own because the Importer reads on its parser thread) and
// go through the same validation (buildCaseEvent, buildSurveyEvent, readDimensionValue), so a bad row is
// quarantined for the same reason. A quarantined row's line is its row number + 1 (as if the table had
// the file's header line) and its offset the row number; its raw text is the row's values joined by TAB.

#include "MysqlConnection.h"
#include "MysqlImportSource.h"
#include "parse/EventFields.h"
#include "parse/RecordBatch.h"

#include <optional>

namespace carepulse::mysql {

class MysqlTableReader final : public RecordReader {
public:
    MysqlTableReader(const ConnectOptions& options, const CourseTable& table);
    ~MysqlTableReader() override;
    MysqlTableReader(const MysqlTableReader&) = delete;
    MysqlTableReader& operator=(const MysqlTableReader&) = delete;

    bool readBatch(RecordBatch& batch, std::size_t maxRecords) override;

private:
    void start(RecordBatch& batch);
    void readEvent(const ResultRow& row, RecordBatch& batch);
    void readDimension(const ResultRow& row, RecordBatch& batch);
    void quarantine(const ResultRow& row, QuarantineRecord& q, RecordBatch& batch) const;

    const CourseTable& m_table;
    Connection m_db;
    MYSQL_RES* m_result = nullptr;
    bool m_started = false;
    bool m_finished = false;
    std::int64_t m_rows = 0;
    RecordKind m_kind = RecordKind::Case;
    std::vector<std::optional<EventField>> m_eventFields; // table column -> event field
    std::vector<std::optional<unsigned int>> m_dimensionColumns; // spec column -> table column
    EventFieldValues m_values;
};

} // namespace carepulse::mysql
