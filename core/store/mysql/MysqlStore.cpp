#include "MysqlStore.h"

#include "MysqlSchema.h"
#include "util/Hash.h"

#include <QCoreApplication>
#include <QDateTime>

namespace carepulse::mysql {

namespace {

constexpr std::size_t kCaseColumns = 13;
constexpr std::size_t kSurveyColumns = 10;
constexpr std::size_t kQuarantineColumns = 10;
constexpr std::string_view kWriterKey = "writer";

std::string_view view(const QByteArray& bytes)
{
    return { bytes.constData(), static_cast<std::size_t>(bytes.size()) };
}

QByteArray now()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8();
}

std::size_t caseBytes(const CaseEvent& e)
{
    return 64 + e.caseNo.size() + e.status.size() + e.employeeKey.size() + e.callCenterId.size() + e.category.size()
        + e.subCategory.size() + e.channel.size() + e.countryCode.size() + e.productCode.size();
}

} // namespace

MysqlStore::MysqlStore(const ConnectOptions& options)
    : m_db(options, Connection::MissingDatabase::Create)
    , m_insertCase("INSERT INTO case_event (id, case_no, create_ts, modified_ts, status, created_employee_key,"
                   " call_center_id, category, sub_category, communication_mode, country_cd, product_code, import_id)",
          kCaseColumns, "")
    , m_insertSurvey(
          "INSERT INTO survey (id, survey_id, case_no, survey_ts, q1, q2, q3, q4, q5, import_id)", kSurveyColumns, "")
    , m_insertQuarantine("INSERT INTO quarantine (id, import_id, source, line, byte_offset, record_kind, reason, field,"
                         " detail, raw)",
          kQuarantineColumns, "ON DUPLICATE KEY UPDATE id = id")
{
    migrate(m_db);
}

MysqlStore::~MysqlStore()
{
    if (m_inTransaction) {
        try {
            rollback();
        } catch (const StoreError&) {
            // Closing the connection rolls it back anyway.
        }
    }
}

int MysqlStore::schemaVersion() const
{
    return mysql::schemaVersion(m_db);
}

void MysqlStore::reconnect()
{
    // Prepared statements die with their connection.
    m_insertCase.reset();
    m_insertSurvey.reset();
    m_insertQuarantine.reset();
    for (auto& [table, writer] : m_dimensionWriters)
        writer->reset();
    m_db.reconnect();
}

void MysqlStore::ensureConnected()
{
    if (!m_inTransaction && m_db.lost())
        reconnect();
}

void MysqlStore::withReconnect(const std::function<void()>& work)
{
    if (m_inTransaction) {
        work();
        return;
    }
    if (m_db.lost())
        reconnect();
    try {
        work();
    } catch (const ConnectionLost&) {
        reconnect();
        work();
    }
}

void MysqlStore::beginTransaction()
{
    withReconnect([&] {
        m_db.exec("START TRANSACTION");
        try {
            // Writers take turns: whoever holds this row lock writes; the others wait for its COMMIT.
            Statement lock(m_db, "SELECT value FROM meta WHERE name = ? FOR UPDATE");
            lock.bind(0, kWriterKey);
            lock.fetchAll();
        } catch (const ConnectionLost&) {
            throw;
        } catch (const StoreError&) {
            m_db.exec("ROLLBACK");
            throw;
        }
    });
    m_inTransaction = true;
    m_caseIds.beginTransaction();
    m_surveyIds.beginTransaction();
}

void MysqlStore::commit()
{
    requireTransaction();
    m_inTransaction = false;
    try {
        m_db.exec("COMMIT");
    } catch (const ConnectionLost& e) {
        // Whether the server kept the batch is unknown: forget its identities; the next transaction's sync
        // reads them back from the table if they did land.
        forgetTransaction();
        throw ConnectionLost(e.message()
            + QCoreApplication::translate("MySQL",
                " The server went away during COMMIT, so this batch may or may "
                "not have been kept; importing it again is safe (events already "
                "in the store are skipped)."));
    } catch (const StoreError&) {
        forgetTransaction();
        throw;
    }
    m_caseIds.commit();
    m_surveyIds.commit();
}

void MysqlStore::forgetTransaction()
{
    m_caseIds.rollback();
    m_surveyIds.rollback();
}

void MysqlStore::rollback()
{
    m_inTransaction = false;
    forgetTransaction();
    // A lost connection took its transaction with it (the server rolls back what it never saw committed).
    if (m_db.lost())
        return;
    try {
        m_db.exec("ROLLBACK");
    } catch (const ConnectionLost&) {
        // Found out only now: the same.
    }
}

void MysqlStore::requireTransaction() const
{
    if (!m_inTransaction)
        throw StoreError(
            QCoreApplication::translate("Store", "%1: events must be written inside a transaction").arg(m_db.name()));
}

void MysqlStore::sync(EventIdentities& index)
{
    if (index.synced())
        return;
    // Under the write lock nobody else adds rows now; load the ones added since we last looked. That
    // includes this store's own rows of earlier transactions (already in the set): reading them back is
    // cheap, and assuming how the server numbers AUTO_INCREMENT values could skip someone else's.
    Statement rows(m_db, "SELECT seq, id FROM " + quoteIdentifier(index.table()) + " WHERE seq > ? ORDER BY seq");
    rows.bind(0, index.lastSeq());
    rows.forEachIntegerRow([&](std::span<const std::int64_t> row) { index.addExisting(row[0], row[1]); });
    index.markSynced();
}

std::int64_t MysqlStore::addImportLog(const ImportLogEntry& e)
{
    Statement insert(m_db,
        "INSERT INTO import_log (imported_at, source, file_kind, records_read, loaded, duplicates, quarantined,"
        " status, message) VALUES (?,?,?,?,?,?,?,?,?)");
    const QByteArray at = now();
    const QByteArray source = e.source.toUtf8();
    const QByteArray kind = e.fileKind.toUtf8();
    const QByteArray status = e.status.toUtf8();
    const QByteArray message = e.message.toUtf8();
    insert.bind(0, view(at));
    insert.bind(1, view(source));
    insert.bind(2, view(kind));
    insert.bind(3, e.recordsRead);
    insert.bind(4, e.loaded);
    insert.bind(5, e.duplicates);
    insert.bind(6, e.quarantined);
    insert.bind(7, view(status));
    insert.bind(8, view(message));
    insert.execute();
    return insert.insertId();
}

void MysqlStore::updateImportLog(std::int64_t id, const ImportLogEntry& e)
{
    Statement update(m_db,
        "UPDATE import_log SET records_read = ?, loaded = ?, duplicates = ?, quarantined = ?, status = ?,"
        " message = ? WHERE id = ?");
    const QByteArray status = e.status.toUtf8();
    const QByteArray message = e.message.toUtf8();
    update.bind(0, e.recordsRead);
    update.bind(1, e.loaded);
    update.bind(2, e.duplicates);
    update.bind(3, e.quarantined);
    update.bind(4, view(status));
    update.bind(5, view(message));
    update.bind(6, id);
    update.execute();
}

InsertCounts MysqlStore::insertCaseEvents(std::span<const CaseEvent> events, std::int64_t importId)
{
    requireTransaction();
    sync(m_caseIds);
    InsertCounts counts;
    std::vector<const CaseEvent*> fresh;
    std::vector<std::int64_t> identities;
    for (const CaseEvent& e : events) {
        const std::int64_t identity = eventIdentity(e);
        if (!m_caseIds.claim(identity)) {
            ++counts.duplicates;
            continue;
        }
        fresh.push_back(&e);
        identities.push_back(identity);
    }
    forEachChunk(
        fresh.size(), [&](std::size_t i) { return caseBytes(*fresh[i]); },
        [&](std::size_t begin, std::size_t end) {
            Statement& s = m_insertCase.statement(m_db, end - begin);
            for (std::size_t r = begin; r < end; ++r) {
                const CaseEvent& e = *fresh[r];
                const std::size_t p = (r - begin) * kCaseColumns;
                s.bind(p, identities[r]);
                s.bind(p + 1, std::string_view(e.caseNo));
                s.bindTimestamp(p + 2, e.created);
                s.bindTimestamp(p + 3, e.modified);
                s.bind(p + 4, std::string_view(e.status));
                s.bind(p + 5, std::string_view(e.employeeKey));
                s.bind(p + 6, std::string_view(e.callCenterId));
                s.bind(p + 7, std::string_view(e.category));
                s.bind(p + 8, std::string_view(e.subCategory));
                s.bind(p + 9, std::string_view(e.channel));
                s.bind(p + 10, std::string_view(e.countryCode));
                s.bind(p + 11, std::string_view(e.productCode));
                s.bind(p + 12, importId);
            }
            s.execute();
        });
    counts.inserted = static_cast<std::int64_t>(fresh.size());
    return counts;
}

InsertCounts MysqlStore::insertSurveys(std::span<const SurveyEvent> surveys, std::int64_t importId)
{
    requireTransaction();
    sync(m_surveyIds);
    InsertCounts counts;
    std::vector<const SurveyEvent*> fresh;
    std::vector<std::int64_t> identities;
    for (const SurveyEvent& e : surveys) {
        const std::int64_t identity = eventIdentity(e);
        if (!m_surveyIds.claim(identity)) {
            ++counts.duplicates;
            continue;
        }
        fresh.push_back(&e);
        identities.push_back(identity);
    }
    const auto bytes = [&](std::size_t i) { return 64 + fresh[i]->surveyId.size() + fresh[i]->caseNo.size(); };
    forEachChunk(fresh.size(), bytes, [&](std::size_t begin, std::size_t end) {
        Statement& s = m_insertSurvey.statement(m_db, end - begin);
        for (std::size_t r = begin; r < end; ++r) {
            const SurveyEvent& e = *fresh[r];
            const std::size_t p = (r - begin) * kSurveyColumns;
            s.bind(p, identities[r]);
            s.bind(p + 1, std::string_view(e.surveyId));
            s.bind(p + 2, std::string_view(e.caseNo));
            s.bindTimestamp(p + 3, e.at);
            for (int q = 0; q < kSurveyQuestionCount; ++q) {
                const std::size_t index = p + 4 + static_cast<std::size_t>(q);
                const std::int8_t answer = e.answers[static_cast<std::size_t>(q)];
                if (answer == 0)
                    s.bindNull(index);
                else if (q == kOptionsQuestionIndex)
                    s.bind(index, answer == 'Y' ? std::string_view("Y") : std::string_view("N"));
                else
                    s.bind(index, static_cast<std::int64_t>(answer));
            }
            s.bind(p + 9, importId);
        }
        s.execute();
    });
    counts.inserted = static_cast<std::int64_t>(fresh.size());
    return counts;
}

DimensionWriter& MysqlStore::dimensionWriter(const DimensionSpec& spec)
{
    std::unique_ptr<DimensionWriter>& writer = m_dimensionWriters[spec.table];
    if (!writer)
        writer = std::make_unique<DimensionWriter>(spec, spec.table);
    return *writer;
}

InsertCounts MysqlStore::upsertDimensionRows(const DimensionSpec& spec, std::span<const DimensionRow> rows)
{
    ensureConnected();
    return dimensionWriter(spec).write(m_db, rows);
}

std::int64_t MysqlStore::insertQuarantine(
    std::span<const QuarantineRecord> records, const QString& source, std::int64_t importId)
{
    const QByteArray sourceUtf8 = source.toUtf8();
    const std::string_view sourceText = view(sourceUtf8);
    std::int64_t added = 0;
    const auto bytes
        = [&](std::size_t i) { return 128 + sourceText.size() + records[i].raw.size() + records[i].detail.size(); };
    ensureConnected();
    forEachChunk(records.size(), bytes, [&](std::size_t begin, std::size_t end) {
        Statement& s = m_insertQuarantine.statement(m_db, end - begin);
        for (std::size_t r = begin; r < end; ++r) {
            const QuarantineRecord& q = records[r];
            const std::size_t p = (r - begin) * kQuarantineColumns;
            Hasher h;
            h.add(sourceText);
            h.add(q.offset);
            h.add(q.raw);
            s.bind(p, static_cast<std::int64_t>(h.finish()));
            s.bind(p + 1, importId);
            s.bind(p + 2, sourceText);
            s.bind(p + 3, q.line);
            s.bind(p + 4, q.offset);
            s.bind(p + 5, recordKindName(q.kind));
            s.bind(p + 6, reasonName(q.reason));
            s.bind(p + 7, std::string_view(q.field));
            s.bind(p + 8, std::string_view(q.detail));
            s.bind(p + 9, std::string_view(q.raw));
        }
        added += s.execute();
    });
    return added;
}

std::optional<SourceCheckpoint> MysqlStore::checkpoint(const QString& source)
{
    const QByteArray key = source.toUtf8();
    std::vector<Statement::TextRow> rows;
    withReconnect([&] {
        Statement query(m_db, "SELECT file_identity, byte_offset, state FROM source_checkpoint WHERE source = ?");
        query.bind(0, view(key));
        rows = query.fetchAll();
    });
    if (rows.empty())
        return std::nullopt;
    const Statement::TextRow& row = rows.front();
    const auto text = [&](std::size_t i) { return row[i] ? QString::fromStdString(*row[i]) : QString(); };
    return SourceCheckpoint { source, text(0), row[1] ? std::stoll(*row[1]) : 0, text(2) };
}

void MysqlStore::saveCheckpoint(const SourceCheckpoint& c)
{
    requireTransaction();
    Statement upsert(m_db,
        "INSERT INTO source_checkpoint (source, file_identity, byte_offset, state, updated_at) VALUES (?,?,?,?,?)"
        " ON DUPLICATE KEY UPDATE file_identity = VALUES(file_identity), byte_offset = VALUES(byte_offset),"
        " state = VALUES(state), updated_at = VALUES(updated_at)");
    const QByteArray source = c.source.toUtf8();
    const QByteArray identity = c.fileIdentity.toUtf8();
    const QByteArray state = c.state.toUtf8();
    const QByteArray at = now();
    upsert.bind(0, view(source));
    upsert.bind(1, view(identity));
    upsert.bind(2, c.offset);
    upsert.bind(3, view(state));
    upsert.bind(4, view(at));
    upsert.execute();
}

} // namespace carepulse::mysql
