#include "SqliteStore.h"

#include "SqliteSchema.h"
#include "store/DataTables.h"
#include "util/Hash.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>

namespace carepulse::sqlite {

namespace {

constexpr const char* kLargeCache = "PRAGMA cache_size=-524288"; // 512 MiB

void readCaseEvent(const Statement& rows, CaseEvent& e)
{
    e.caseNo.assign(rows.columnUtf8(0));
    e.created = rows.columnInt(1);
    e.modified = rows.columnInt(2);
    e.status.assign(rows.columnUtf8(3));
    e.employeeKey.assign(rows.columnUtf8(4));
    e.callCenterId.assign(rows.columnUtf8(5));
    e.category.assign(rows.columnUtf8(6));
    e.subCategory.assign(rows.columnUtf8(7));
    e.channel.assign(rows.columnUtf8(8));
    e.countryCode.assign(rows.columnUtf8(9));
    e.productCode.assign(rows.columnUtf8(10));
}

} // namespace

SqliteStore::SqliteStore(const QString& path) : m_db(path)
{
    // WAL lets readers (the desktop) work while an import or the live tail writes; NORMAL sync is safe
    // with WAL (a crash loses at most the last commits, never consistency). A large page cache keeps the
    // random-order primary-key inserts of a big import in memory until commit.
    m_db.exec("PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;"
              "PRAGMA wal_autocheckpoint=16384");
    m_db.exec(kLargeCache);
    migrate(m_db);
    m_insertCase = std::make_unique<Statement>(m_db,
        "INSERT INTO case_event (id, case_no, create_ts, modified_ts, status, created_employee_key,"
        " call_center_id, category, sub_category, communication_mode, country_cd, product_code, import_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    m_insertSurvey = std::make_unique<Statement>(m_db,
        "INSERT INTO survey (id, survey_id, case_no, survey_ts, q1, q2, q3, q4, q5, import_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)");
    m_insertQuarantine = std::make_unique<Statement>(m_db,
        "INSERT OR IGNORE INTO quarantine (id, import_id, source, line, byte_offset, record_kind, reason, field,"
        " detail, raw) VALUES (?,?,?,?,?,?,?,?,?,?)");
}

SqliteStore::~SqliteStore() = default;

int SqliteStore::schemaVersion() const
{
    return sqlite::schemaVersion(m_db);
}

void SqliteStore::beginTransaction()
{
    m_db.exec("BEGIN IMMEDIATE");
    m_inTransaction = true;
    m_caseIds.beginTransaction();
    m_surveyIds.beginTransaction();
}

void SqliteStore::commit()
{
    m_db.exec("COMMIT");
    m_inTransaction = false;
    m_caseIds.commit();
    m_surveyIds.commit();
}

void SqliteStore::rollback()
{
    m_inTransaction = false;
    m_caseIds.rollback();
    m_surveyIds.rollback();
    m_db.exec("ROLLBACK");
}

void SqliteStore::requireTransaction() const
{
    if (!m_inTransaction)
        throw StoreError(QCoreApplication::translate("Store", "%1: events must be written inside a transaction").arg(m_db.path()));
}

void SqliteStore::sync(EventIdentities& index)
{
    if (index.synced())
        return;
    // Under the write lock nobody else can add rows now; load the ones added since we last looked.
    Statement rows(m_db, "SELECT seq, id FROM " + std::string(index.table()) + " WHERE seq > ? ORDER BY seq");
    rows.bind(1, index.lastSeq());
    while (rows.step())
        index.addExisting(rows.columnInt(0), rows.columnInt(1));
    index.markSynced();
}

std::int64_t SqliteStore::addImportLog(const ImportLogEntry& e)
{
    Statement insert(m_db,
        "INSERT INTO import_log (imported_at, source, file_kind, records_read, loaded, duplicates, quarantined,"
        " status, message) VALUES (?,?,?,?,?,?,?,?,?)");
    const QByteArray now = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8();
    const QByteArray source = e.source.toUtf8();
    const QByteArray kind = e.fileKind.toUtf8();
    const QByteArray status = e.status.toUtf8();
    const QByteArray message = e.message.toUtf8();
    insert.bind(1, now.toStdString());
    insert.bind(2, std::string_view(source.constData(), static_cast<std::size_t>(source.size())));
    insert.bind(3, std::string_view(kind.constData(), static_cast<std::size_t>(kind.size())));
    insert.bind(4, e.recordsRead);
    insert.bind(5, e.loaded);
    insert.bind(6, e.duplicates);
    insert.bind(7, e.quarantined);
    insert.bind(8, std::string_view(status.constData(), static_cast<std::size_t>(status.size())));
    insert.bind(9, std::string_view(message.constData(), static_cast<std::size_t>(message.size())));
    insert.execute();
    return m_db.lastInsertId();
}

void SqliteStore::updateImportLog(std::int64_t id, const ImportLogEntry& e)
{
    Statement update(m_db,
        "UPDATE import_log SET records_read = ?, loaded = ?, duplicates = ?, quarantined = ?, status = ?,"
        " message = ? WHERE id = ?");
    const QByteArray status = e.status.toUtf8();
    const QByteArray message = e.message.toUtf8();
    update.bind(1, e.recordsRead);
    update.bind(2, e.loaded);
    update.bind(3, e.duplicates);
    update.bind(4, e.quarantined);
    update.bind(5, std::string_view(status.constData(), static_cast<std::size_t>(status.size())));
    update.bind(6, std::string_view(message.constData(), static_cast<std::size_t>(message.size())));
    update.bind(7, id);
    update.execute();
}

InsertCounts SqliteStore::insertCaseEvents(std::span<const CaseEvent> events, std::int64_t importId)
{
    requireTransaction();
    sync(m_caseIds);
    InsertCounts counts;
    Statement& s = *m_insertCase;
    for (const CaseEvent& e : events) {
        const std::int64_t identity = eventIdentity(e);
        if (!m_caseIds.claim(identity)) {
            ++counts.duplicates;
            continue;
        }
        s.bind(1, identity);
        s.bind(2, e.caseNo);
        s.bind(3, e.created);
        s.bind(4, e.modified);
        s.bind(5, e.status);
        s.bind(6, e.employeeKey);
        s.bind(7, e.callCenterId);
        s.bind(8, e.category);
        s.bind(9, e.subCategory);
        s.bind(10, e.channel);
        s.bind(11, e.countryCode);
        s.bind(12, e.productCode);
        s.bind(13, importId);
        s.execute();
        ++counts.inserted;
    }
    if (counts.inserted > 0)
        m_caseIds.setLastSeq(m_db.lastInsertId());
    return counts;
}

InsertCounts SqliteStore::insertSurveys(std::span<const SurveyEvent> surveys, std::int64_t importId)
{
    requireTransaction();
    sync(m_surveyIds);
    InsertCounts counts;
    Statement& s = *m_insertSurvey;
    for (const SurveyEvent& e : surveys) {
        const std::int64_t identity = eventIdentity(e);
        if (!m_surveyIds.claim(identity)) {
            ++counts.duplicates;
            continue;
        }
        s.bind(1, identity);
        s.bind(2, e.surveyId);
        s.bind(3, e.caseNo);
        s.bind(4, e.at);
        for (int q = 0; q < kSurveyQuestionCount; ++q) {
            const std::int8_t answer = e.answers[static_cast<std::size_t>(q)];
            if (answer == 0)
                s.bindNull(5 + q);
            else if (q == kOptionsQuestionIndex)
                s.bind(5 + q, answer == 'Y' ? std::string_view("Y") : std::string_view("N"));
            else
                s.bind(5 + q, static_cast<std::int64_t>(answer));
        }
        s.bind(10, importId);
        s.execute();
        ++counts.inserted;
    }
    if (counts.inserted > 0)
        m_surveyIds.setLastSeq(m_db.lastInsertId());
    return counts;
}

SqliteStore::DimensionStatements& SqliteStore::dimensionStatements(const DimensionSpec& spec)
{
    DimensionStatements& statements = m_dimensionStatements[spec.table];
    if (statements.insert)
        return statements;
    // Parameters are bound in the spec's column order for both statements: the update lists the value
    // columns first and the key columns in its WHERE clause, so its parameters are numbered to match.
    std::string columns, placeholders, updates, differs, keys;
    const auto keyCount = static_cast<std::size_t>(spec.keyColumnCount);
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        const std::string name = '"' + std::string(spec.columns[i].name) + '"';
        const std::string parameter = '?' + std::to_string(i + 1);
        columns += (i ? ", " : "") + name;
        placeholders += (i ? ", " : "") + parameter;
        if (i < keyCount) {
            keys += (i ? " AND " : "") + name + " = " + parameter;
        } else {
            updates += (updates.empty() ? "" : ", ") + name + " = " + parameter;
            differs += (differs.empty() ? "" : " OR ") + name + " IS NOT " + parameter;
        }
    }
    const std::string table(spec.table);
    statements.insert = std::make_unique<Statement>(
        m_db, "INSERT OR IGNORE INTO " + table + " (" + columns + ") VALUES (" + placeholders + ")");
    if (!updates.empty()) {
        statements.update = std::make_unique<Statement>(
            m_db, "UPDATE " + table + " SET " + updates + " WHERE " + keys + " AND (" + differs + ")");
    }
    return statements;
}

InsertCounts SqliteStore::upsertDimensionRows(const DimensionSpec& spec, std::span<const DimensionRow> rows)
{
    InsertCounts counts;
    DimensionStatements& statements = dimensionStatements(spec);
    const auto bindRow = [&](Statement& s, const DimensionRow& row) {
        for (std::size_t i = 0; i < row.values.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            const ColumnType type = spec.columns[i].type;
            if (row.isNull(i) || (row.values[i].empty() && type != ColumnType::Text))
                s.bindNull(index);
            else if (type == ColumnType::Integer || type == ColumnType::SlaHours)
                s.bind(index, static_cast<std::int64_t>(std::stoll(row.values[i])));
            else
                s.bind(index, row.values[i]);
        }
    };
    for (const DimensionRow& row : rows) {
        bindRow(*statements.insert, row);
        if (statements.insert->execute() > 0) {
            ++counts.inserted;
            continue;
        }
        if (statements.update) {
            bindRow(*statements.update, row);
            if (statements.update->execute() > 0) {
                ++counts.updated;
                continue;
            }
        }
        ++counts.duplicates;
    }
    return counts;
}

std::int64_t SqliteStore::insertQuarantine(std::span<const QuarantineRecord> records, const QString& source,
                                           std::int64_t importId)
{
    const QByteArray sourceUtf8 = source.toUtf8();
    const std::string_view sourceText(sourceUtf8.constData(), static_cast<std::size_t>(sourceUtf8.size()));
    Statement& s = *m_insertQuarantine;
    std::int64_t added = 0;
    for (const QuarantineRecord& q : records) {
        Hasher h;
        h.add(sourceText);
        h.add(q.offset);
        h.add(q.raw);
        s.bind(1, static_cast<std::int64_t>(h.finish()));
        s.bind(2, importId);
        s.bind(3, sourceText);
        s.bind(4, q.line);
        s.bind(5, q.offset);
        s.bind(6, recordKindName(q.kind));
        s.bind(7, reasonName(q.reason));
        s.bind(8, q.field);
        s.bind(9, q.detail);
        s.bind(10, q.raw);
        added += s.execute();
    }
    return added;
}

std::optional<SourceCheckpoint> SqliteStore::checkpoint(const QString& source)
{
    Statement query(m_db, "SELECT file_identity, byte_offset, state FROM source_checkpoint WHERE source = ?");
    const QByteArray key = source.toUtf8();
    query.bind(1, std::string_view(key.constData(), static_cast<std::size_t>(key.size())));
    if (!query.step())
        return std::nullopt;
    return SourceCheckpoint{source, query.columnText(0), query.columnInt(1), query.columnText(2)};
}

void SqliteStore::saveCheckpoint(const SourceCheckpoint& c)
{
    requireTransaction();
    Statement upsert(m_db,
        "INSERT INTO source_checkpoint (source, file_identity, byte_offset, state, updated_at) VALUES (?,?,?,?,?)"
        " ON CONFLICT (source) DO UPDATE SET file_identity = excluded.file_identity,"
        " byte_offset = excluded.byte_offset, state = excluded.state, updated_at = excluded.updated_at");
    const QByteArray source = c.source.toUtf8();
    const QByteArray identity = c.fileIdentity.toUtf8();
    const QByteArray state = c.state.toUtf8();
    const QByteArray now = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8();
    upsert.bind(1, std::string_view(source.constData(), static_cast<std::size_t>(source.size())));
    upsert.bind(2, std::string_view(identity.constData(), static_cast<std::size_t>(identity.size())));
    upsert.bind(3, c.offset);
    upsert.bind(4, std::string_view(state.constData(), static_cast<std::size_t>(state.size())));
    upsert.bind(5, std::string_view(now.constData(), static_cast<std::size_t>(now.size())));
    upsert.execute();
}

// Counting walks a whole index once: through a small page cache, so its pages are not all kept (filling
// the large cache costs more than the count). The large cache is back when the guard goes.
QScopeGuard<std::function<void()>> SqliteStore::countThroughSmallCache()
{
    m_db.exec("PRAGMA cache_size=-4096");
    return QScopeGuard<std::function<void()>>([this] { m_db.exec(kLargeCache); });
}

std::vector<TableCount> SqliteStore::tableCounts()
{
    const auto restore = countThroughSmallCache();
    std::vector<TableCount> counts;
    auto add = [&](std::string_view table, const QString& description) {
        Statement count(m_db, "SELECT count(*) FROM " + std::string(table));
        count.step();
        counts.push_back({QString::fromUtf8(table.data(), static_cast<qsizetype>(table.size())), description,
                          count.columnInt(0)});
    };
    for (const auto& [table, description] : dataTables())
        add(table, description);
    return counts;
}

void SqliteStore::forEachDimensionRow(const DimensionSpec& spec, const std::function<void(const DimensionRow&)>& visit)
{
    std::string columns;
    for (const DimensionColumn& column : spec.columns)
        columns += (columns.empty() ? "\"" : ", \"") + std::string(column.name) + '"';
    Statement rows(m_db, "SELECT " + columns + " FROM " + std::string(spec.table));
    DimensionRow row;
    while (rows.step()) {
        row.values.clear();
        row.nullMask = 0;
        for (std::size_t i = 0; i < spec.columns.size(); ++i) {
            const int column = static_cast<int>(i);
            if (rows.columnIsNull(column))
                row.nullMask |= 1U << i;
            row.values.emplace_back(rows.columnUtf8(column));
        }
        visit(row);
    }
}

std::int64_t SqliteStore::forEachCaseEventAfter(std::int64_t after, const std::function<void(const CaseEvent&)>& visit)
{
    Statement rows(m_db, std::string(kSelectCaseEvent) + ", seq FROM case_event WHERE seq > ? ORDER BY seq");
    rows.bind(1, after);
    CaseEvent e;
    while (rows.step()) {
        readCaseEvent(rows, e);
        after = rows.columnInt(11);
        visit(e);
    }
    return after;
}

Store::EventCounts SqliteStore::eventCounts()
{
    const auto restore = countThroughSmallCache();
    Statement counts(m_db, "SELECT (SELECT count(*) FROM case_event), (SELECT count(*) FROM survey)");
    counts.step();
    return {counts.columnInt(0), counts.columnInt(1)};
}

std::optional<std::int64_t> SqliteStore::identityAt(EventTable table, std::int64_t seq)
{
    Statement row(m_db, table == EventTable::CaseEvents ? "SELECT id FROM case_event WHERE seq = ?"
                                                        : "SELECT id FROM survey WHERE seq = ?");
    row.bind(1, seq);
    if (!row.step())
        return std::nullopt;
    return row.columnInt(0);
}

std::vector<CaseEvent> SqliteStore::caseEvents(std::string_view caseNo)
{
    // Served by the case_event_case_no index (case_no, modified_ts, and the rowid seq): no sort needed.
    Statement rows(m_db,
        std::string(kSelectCaseEvent) + " FROM case_event WHERE case_no = ? ORDER BY modified_ts, seq");
    rows.bind(1, caseNo);
    std::vector<CaseEvent> events;
    while (rows.step())
        readCaseEvent(rows, events.emplace_back());
    return events;
}

std::int64_t SqliteStore::forEachSurveyAfter(std::int64_t after, const std::function<void(const SurveyEvent&)>& visit)
{
    Statement rows(m_db, "SELECT survey_id, case_no, survey_ts, q1, q2, q3, q4, q5, seq FROM survey WHERE seq > ? ORDER BY seq");
    rows.bind(1, after);
    SurveyEvent e;
    while (rows.step()) {
        e.surveyId.assign(rows.columnUtf8(0));
        e.caseNo.assign(rows.columnUtf8(1));
        e.at = rows.columnInt(2);
        for (int q = 0; q < kSurveyQuestionCount; ++q) {
            const int column = 3 + q;
            std::int8_t answer = 0;
            if (!rows.columnIsNull(column)) {
                answer = q == kOptionsQuestionIndex ? static_cast<std::int8_t>(rows.columnUtf8(column).front())
                                                    : static_cast<std::int8_t>(rows.columnInt(column));
            }
            e.answers[static_cast<std::size_t>(q)] = answer;
        }
        after = rows.columnInt(8);
        visit(e);
    }
    return after;
}

void SqliteStore::forEachQuarantined(const std::function<void(const QuarantineEntry&)>& visit)
{
    Statement rows(m_db, "SELECT source, line, byte_offset, record_kind, reason, field, detail, raw FROM quarantine"
                         " ORDER BY source, byte_offset, id");
    QuarantineEntry entry;
    while (rows.step()) {
        entry.source = rows.columnText(0);
        QuarantineRecord& q = entry.record;
        q.line = rows.columnInt(1);
        q.offset = rows.columnInt(2);
        q.kind = recordKindFromName(rows.columnUtf8(3));
        q.reason = reasonFromName(rows.columnUtf8(4)).value_or(q.reason);
        q.field.assign(rows.columnUtf8(5));
        q.detail.assign(rows.columnUtf8(6));
        q.raw.assign(rows.columnUtf8(7));
        visit(entry);
    }
}

} // namespace carepulse::sqlite
