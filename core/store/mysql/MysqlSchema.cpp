#include "MysqlSchema.h"

#include "MysqlStatement.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace carepulse::mysql {

namespace {

constexpr std::string_view kVersionKey = "schema_version";
constexpr std::string_view kWriterKey = "writer";
constexpr int kMigrationLockSeconds = 60;

std::string_view columnType(ColumnType type, bool key)
{
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::SlaHours:
        return "BIGINT";
    case ColumnType::Date:
        return "DATE";
    case ColumnType::Range:
        return "VARCHAR(40)"; // two whole numbers of at most 18 digits and a dash
    case ColumnType::Text:
        break;
    }
    // Keys must be indexable; other text holds whatever a record may carry (up to 1 MiB).
    return key ? "VARCHAR(255)" : "MEDIUMTEXT";
}

// Version 1: the same tables as the SQLite store, with MySQL types. Event identities are not indexed:
// on InnoDB a UNIQUE index on them more than doubles the time of a bulk import (measured: 14.8 s instead
// of 6.6 s for data set S's 808,264 case events), so the store keeps them unique with an in-memory set
// synchronised under the write lock, as the SQLite store does (see MysqlStore). Timestamps are DATETIME
// (naive wall-clock, like the data); strings that a record may carry are MEDIUMTEXT so that nothing a
// parser accepts is refused here.
void createVersion1(Connection& db, const std::string& collation)
{
    const std::string options = tableOptions(collation);
    for (const DimensionSpec& spec : dimensionSpecs())
        db.exec(dimensionTableSql(spec, spec.table, collation));
    db.exec(R"sql(CREATE TABLE IF NOT EXISTS case_event (
    seq BIGINT NOT NULL AUTO_INCREMENT,         -- arrival order
    id BIGINT NOT NULL,                         -- eventIdentity(): a hash of every field, unique (kept so by the store)
    case_no MEDIUMTEXT NOT NULL,
    create_ts DATETIME NOT NULL,
    modified_ts DATETIME NOT NULL,
    status MEDIUMTEXT NOT NULL,
    created_employee_key MEDIUMTEXT NOT NULL,
    call_center_id MEDIUMTEXT NOT NULL,
    category MEDIUMTEXT NOT NULL,
    sub_category MEDIUMTEXT NOT NULL,
    communication_mode MEDIUMTEXT NOT NULL,
    country_cd MEDIUMTEXT NOT NULL,
    product_code MEDIUMTEXT NOT NULL,
    import_id BIGINT NULL,
    PRIMARY KEY (seq)
) )sql" + options);
    db.exec(R"sql(CREATE TABLE IF NOT EXISTS survey (
    seq BIGINT NOT NULL AUTO_INCREMENT,
    id BIGINT NOT NULL,                         -- eventIdentity(): (survey_id, case_no, survey_timestamp), unique
    survey_id MEDIUMTEXT NOT NULL,
    case_no MEDIUMTEXT NOT NULL,
    survey_ts DATETIME NOT NULL,
    q1 TINYINT NULL, q2 TINYINT NULL, q3 TINYINT NULL, q4 CHAR(1) NULL, q5 TINYINT NULL,
    import_id BIGINT NULL,
    PRIMARY KEY (seq)
) )sql" + options);
    db.exec(R"sql(CREATE TABLE IF NOT EXISTS quarantine (
    id BIGINT NOT NULL,                         -- hash of (source, offset, raw): kept once
    import_id BIGINT NULL,
    source TEXT NOT NULL,
    line BIGINT NULL,
    byte_offset BIGINT NULL,
    record_kind VARCHAR(16) NOT NULL,
    reason VARCHAR(32) NOT NULL,
    field TEXT NULL,
    detail TEXT NULL,
    raw MEDIUMTEXT NULL,
    PRIMARY KEY (id)
) )sql" + options);
    db.exec(R"sql(CREATE TABLE IF NOT EXISTS import_log (
    id BIGINT NOT NULL AUTO_INCREMENT,
    imported_at DATETIME NOT NULL,
    source TEXT NOT NULL,
    file_kind VARCHAR(64) NOT NULL,
    records_read BIGINT NOT NULL,
    loaded BIGINT NOT NULL,
    duplicates BIGINT NOT NULL,
    quarantined BIGINT NOT NULL,
    status VARCHAR(16) NOT NULL,
    message TEXT NULL,
    PRIMARY KEY (id)
) )sql" + options);
    db.exec(R"sql(CREATE TABLE IF NOT EXISTS source_checkpoint (
    source VARCHAR(768) NOT NULL,
    file_identity TEXT NULL,
    byte_offset BIGINT NULL,
    state MEDIUMTEXT NULL,
    updated_at DATETIME NULL,
    PRIMARY KEY (source)
) )sql" + options);
    // The row every writer locks first (SELECT ... FOR UPDATE): writers take turns, never deadlock.
    Statement writer(db, "INSERT INTO meta (name, value) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = name");
    writer.bind(0, kWriterKey);
    writer.bind(1, std::string_view("lock"));
    writer.execute();
}

// Version 2: an index for one case's events (the desktop's case page reads them by case number), on a
// prefix of the MEDIUMTEXT case_no (case numbers are short; longer ones share a prefix entry and the
// row's full value still decides). Re-run safely: MySQL has no CREATE INDEX IF NOT EXISTS.
void addCaseNumberIndex(Connection& db, const std::string& /*collation*/)
{
    Statement exists(db, "SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                         " AND TABLE_NAME = ? AND INDEX_NAME = ?");
    exists.bind(0, std::string_view("case_event"));
    exists.bind(1, std::string_view("case_event_case_no"));
    const auto rows = exists.fetchAll();
    if (!rows.empty() && rows[0][0] && *rows[0][0] != "0")
        return;
    db.exec("ALTER TABLE case_event ADD INDEX case_event_case_no (case_no(64), modified_ts)");
}

using MigrationStep = std::function<void(Connection&, const std::string& collation)>;

const std::vector<MigrationStep>& migrations()
{
    static const std::vector<MigrationStep> steps = { createVersion1, addCaseNumberIndex };
    return steps;
}

// A server-wide named lock (GET_LOCK), released when this goes out of scope or the connection closes.
class NamedLock {
public:
    NamedLock(Connection& db, std::string name)
        : m_db(db)
        , m_name(std::move(name))
    {
        Statement take(db, "SELECT GET_LOCK(?, ?)");
        take.bind(0, m_name);
        take.bind(1, std::int64_t { kMigrationLockSeconds });
        const auto rows = take.fetchAll();
        if (rows.empty() || !rows[0][0] || *rows[0][0] != "1") {
            throw StoreError(QCoreApplication::translate("MySQL",
                "%1: another CarePulse has been upgrading the schema for over %2 s; "
                "try again when it is done")
                                 .arg(db.name())
                                 .arg(kMigrationLockSeconds));
        }
    }
    ~NamedLock()
    {
        try {
            Statement release(m_db, "SELECT RELEASE_LOCK(?)");
            release.bind(0, m_name);
            release.fetchAll();
        } catch (const StoreError&) {
            // The server releases it anyway when the connection closes.
        }
    }
    NamedLock(const NamedLock&) = delete;
    NamedLock& operator=(const NamedLock&) = delete;

private:
    Connection& m_db;
    std::string m_name;
};

} // namespace

std::string tableOptions(std::string_view collation)
{
    return "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + std::string(collation);
}

std::string binaryCollation(Connection& db)
{
    Statement query(db, "SELECT COLLATION_NAME FROM information_schema.COLLATIONS WHERE COLLATION_NAME = ?");
    for (std::string_view candidate : { "utf8mb4_nopad_bin", "utf8mb4_0900_bin" }) {
        query.bind(0, candidate);
        if (!query.fetchAll().empty())
            return std::string(candidate);
    }
    return "utf8mb4_bin";
}

std::string dimensionTableSql(const DimensionSpec& spec, std::string_view table, std::string_view collation)
{
    std::string sql = "CREATE TABLE IF NOT EXISTS " + quoteIdentifier(table) + " (";
    const auto keyCount = static_cast<std::size_t>(spec.keyColumnCount);
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        const DimensionColumn& column = spec.columns[i];
        const bool key = i < keyCount;
        sql += quoteIdentifier(column.name) + ' ' + std::string(columnType(column.type, key))
            + (key ? " NOT NULL, " : " NULL, ");
    }
    sql += "PRIMARY KEY (";
    for (std::size_t i = 0; i < keyCount; ++i)
        sql += (i ? ", " : "") + quoteIdentifier(spec.columns[i].name);
    return sql + ")) " + tableOptions(collation);
}

int schemaVersion(Connection& db)
{
    std::vector<Statement::TextRow> rows;
    try {
        Statement query(db, "SELECT value FROM meta WHERE name = ?");
        query.bind(0, kVersionKey);
        rows = query.fetchAll();
    } catch (const ConnectionLost&) {
        throw;
    } catch (const StoreError&) {
        return 0; // no meta table yet
    }
    return rows.empty() || !rows[0][0] ? 0 : std::stoi(*rows[0][0]);
}

void migrate(Connection& db)
{
    const std::string collation = binaryCollation(db);
    db.exec("CREATE TABLE IF NOT EXISTS meta (name VARCHAR(64) NOT NULL, value TEXT NOT NULL, PRIMARY KEY (name)) "
        + tableOptions(collation));
    if (schemaVersion(db) == kSchemaVersion)
        return;
    const QByteArray database = db.options().database.left(40).toUtf8();
    const NamedLock lock(db, "carepulse-schema-" + database.toStdString());
    const int current = schemaVersion(db);
    if (current > kSchemaVersion) {
        throw StoreError(QCoreApplication::translate("Store",
            "%1: the store has schema version %2, newer than this "
            "CarePulse understands (%3); upgrade CarePulse")
                             .arg(db.name())
                             .arg(current)
                             .arg(kSchemaVersion));
    }
    Statement setVersion(
        db, "INSERT INTO meta (name, value) VALUES (?, ?) ON DUPLICATE KEY UPDATE value = VALUES(value)");
    for (int version = current; version < kSchemaVersion; ++version) {
        migrations()[static_cast<std::size_t>(version)](db, collation);
        const std::string next = std::to_string(version + 1);
        setVersion.bind(0, kVersionKey);
        setVersion.bind(1, next);
        setVersion.execute();
    }
}

} // namespace carepulse::mysql
