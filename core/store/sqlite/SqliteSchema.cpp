#include "SqliteSchema.h"

#include "store/Store.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace carepulse::sqlite {

namespace {

std::string_view sqlType(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::SlaHours: return "INTEGER";
    case ColumnType::Text:
    case ColumnType::Date:
    case ColumnType::Range: break;
    }
    return "TEXT";
}

// Version 1: dimensions, every case event and survey (each with its content identity, so applying an
// event twice changes nothing), the quarantine, the import log and live-source checkpoints.
// Identities are not indexed: a unique index means a random-order insert per event, which halves bulk
// import speed; the store keeps them unique with an in-memory set synchronised inside each write
// transaction (see SqliteStore).
void createVersion1(Connection& db)
{
    for (const DimensionSpec& spec : dimensionSpecs())
        db.exec(dimensionTableSql(spec));
    db.exec(R"sql(
CREATE TABLE case_event (
    seq INTEGER PRIMARY KEY,           -- arrival order
    id INTEGER NOT NULL,               -- eventIdentity(): a hash of every field, unique (kept so by the store)
    case_no TEXT NOT NULL,
    create_ts INTEGER NOT NULL,        -- naive wall-clock seconds since 1970-01-01 00:00:00
    modified_ts INTEGER NOT NULL,
    status TEXT NOT NULL,
    created_employee_key TEXT NOT NULL,
    call_center_id TEXT NOT NULL,
    category TEXT NOT NULL,
    sub_category TEXT NOT NULL,
    communication_mode TEXT NOT NULL,
    country_cd TEXT NOT NULL,
    product_code TEXT NOT NULL,
    import_id INTEGER
);
CREATE TABLE survey (
    seq INTEGER PRIMARY KEY,           -- arrival order
    id INTEGER NOT NULL,               -- eventIdentity(): (survey_id, case_no, survey_timestamp), unique
    survey_id TEXT NOT NULL,
    case_no TEXT NOT NULL,
    survey_ts INTEGER NOT NULL,
    q1 INTEGER, q2 INTEGER, q3 INTEGER, q4 TEXT, q5 INTEGER,
    import_id INTEGER
);
CREATE TABLE quarantine (
    id INTEGER PRIMARY KEY,            -- hash of (source, offset, raw): the same bad record is kept once
    import_id INTEGER,
    source TEXT NOT NULL,
    line INTEGER,
    byte_offset INTEGER,
    record_kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    field TEXT,
    detail TEXT,
    raw TEXT
);
CREATE TABLE import_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    imported_at TEXT NOT NULL,
    source TEXT NOT NULL,
    file_kind TEXT NOT NULL,
    records_read INTEGER NOT NULL,
    loaded INTEGER NOT NULL,
    duplicates INTEGER NOT NULL,
    quarantined INTEGER NOT NULL,
    status TEXT NOT NULL,
    message TEXT
);
CREATE TABLE source_checkpoint (
    source TEXT PRIMARY KEY,
    file_identity TEXT,
    byte_offset INTEGER,
    state TEXT,
    updated_at TEXT
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
)sql");
}

// Version 2: an index for one case's events (the desktop's case page reads them by case number). It
// ends in modified_ts and, implicitly, the rowid seq: the events come out in the books' order unsorted.
// Case numbers arrive roughly in order, so unlike the identities it costs a bulk import little.
void addCaseNumberIndex(Connection& db)
{
    db.exec("CREATE INDEX IF NOT EXISTS case_event_case_no ON case_event (case_no, modified_ts)");
}

const std::vector<std::function<void(Connection&)>>& migrations()
{
    static const std::vector<std::function<void(Connection&)>> steps = {createVersion1, addCaseNumberIndex};
    return steps;
}

} // namespace

std::string dimensionTableSql(const DimensionSpec& spec)
{
    std::string sql = "CREATE TABLE " + std::string(spec.table) + " (";
    for (const DimensionColumn& column : spec.columns)
        sql += '"' + std::string(column.name) + "\" " + std::string(sqlType(column.type)) + ", ";
    sql += "PRIMARY KEY (";
    for (int i = 0; i < spec.keyColumnCount; ++i)
        sql += (i ? ", \"" : "\"") + std::string(spec.columns[static_cast<std::size_t>(i)].name) + '"';
    // Clustered by key: one B-tree instead of a table plus a key index.
    return sql + ")) WITHOUT ROWID";
}

int schemaVersion(Connection& db)
{
    Statement query(db, "PRAGMA user_version");
    return query.step() ? static_cast<int>(query.columnInt(0)) : 0;
}

void migrate(Connection& db)
{
    const int current = schemaVersion(db);
    if (current > kSchemaVersion) {
        throw StoreError(QCoreApplication::translate("Store", "%1: the store has schema version %2, newer than this "
                                                     "CarePulse understands (%3); upgrade CarePulse")
                             .arg(db.path()).arg(current).arg(kSchemaVersion));
    }
    for (int version = current; version < kSchemaVersion; ++version) {
        db.exec("BEGIN IMMEDIATE");
        try {
            // Another connection may have migrated while this one waited for the lock: read again.
            if (schemaVersion(db) > version) {
                db.exec("COMMIT");
                continue;
            }
            migrations()[static_cast<std::size_t>(version)](db);
            db.exec("PRAGMA user_version = " + std::to_string(version + 1));
            db.exec("COMMIT");
        } catch (...) {
            db.exec("ROLLBACK");
            throw;
        }
    }
}

} // namespace carepulse::sqlite
