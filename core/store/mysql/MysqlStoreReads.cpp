// MysqlStore: reading back (streamed, never a whole table in memory), one case's events and the table counts.
#include "MysqlStore.h"
#include "MysqlStatement.h"
#include "store/DataTables.h"

#include <QCoreApplication>

#include <charconv>

namespace carepulse::mysql {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::int64_t toInt(std::string_view text)
{
    std::int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

Timestamp toTimestamp(const Connection& db, std::string_view text)
{
    const std::optional<Timestamp> ts = parseTimestamp(text);
    if (!ts) {
        throw StoreError(
            QCoreApplication::translate("MySQL", "%1: the store holds a timestamp CarePulse cannot read: '%2'")
                .arg(db.name(), qs(text)));
    }
    return *ts;
}

// One row of kSelectCaseEvent, whichever way it was fetched (streamed or prepared).
template<typename Text> void readCaseEvent(const Connection& db, const Text& text, CaseEvent& e)
{
    e.caseNo.assign(text(0));
    e.created = toTimestamp(db, text(1));
    e.modified = toTimestamp(db, text(2));
    e.status.assign(text(3));
    e.employeeKey.assign(text(4));
    e.callCenterId.assign(text(5));
    e.category.assign(text(6));
    e.subCategory.assign(text(7));
    e.channel.assign(text(8));
    e.countryCode.assign(text(9));
    e.productCode.assign(text(10));
}

// One row of kSelectSurvey.
template<typename Text> void readSurvey(const Connection& db, const Text& text, SurveyEvent& e)
{
    e.surveyId.assign(text(0));
    e.caseNo.assign(text(1));
    e.at = toTimestamp(db, text(2));
    for (int q = 0; q < kSurveyQuestionCount; ++q) {
        const auto column = 3 + static_cast<unsigned int>(q);
        const std::string_view answerText = text(column);
        std::int8_t answer = 0; // null or empty: not answered
        if (!answerText.empty()) {
            answer = q == kOptionsQuestionIndex ? static_cast<std::int8_t>(answerText.front())
                                                : static_cast<std::int8_t>(toInt(answerText));
        }
        e.answers[static_cast<std::size_t>(q)] = answer;
    }
}

constexpr std::string_view kSelectSurvey = "SELECT survey_id, case_no, survey_ts, q1, q2, q3, q4, q5";

} // namespace

// Every row after `after` in arrival order: streamed when that is all of them, else page by page (through
// a prepared statement, the arrival number bound). column is the index of seq in the row.
template<typename Read>
std::int64_t MysqlStore::replayRows(std::string_view select, std::string_view table, unsigned int column,
                                    std::int64_t after, const Read& read)
{
    const std::string order = " FROM " + std::string(table) + " ";
    if (after <= 0) {
        streamRows(std::string(select) + ", seq" + order + "ORDER BY seq", [&](const ResultRow& r) {
            after = toInt(r.text(column));
            read([&](unsigned int i) { return r.text(i); });
        });
        return after;
    }
    for (;;) {
        std::vector<Statement::TextRow> rows;
        withReconnect([&] {
            Statement page(m_db, std::string(select) + ", seq" + order + "WHERE seq > ? ORDER BY seq LIMIT ?");
            page.bind(0, after);
            page.bind(1, m_replayPage);
            rows = page.fetchAll();
        });
        for (const Statement::TextRow& row : rows) {
            const auto text = [&](unsigned int i) { return row[i] ? std::string_view(*row[i]) : std::string_view(); };
            after = toInt(text(column));
            read(text);
        }
        if (static_cast<std::int64_t>(rows.size()) < m_replayPage)
            return after;
    }
}

void MysqlStore::streamRows(std::string_view sql, const std::function<void(const ResultRow&)>& visit)
{
    bool seen = false;
    const auto visitRow = [&](const ResultRow& row) {
        seen = true;
        visit(row);
    };
    if (!m_inTransaction && m_db.lost())
        reconnect();
    try {
        m_db.query(sql, visitRow);
    } catch (const ConnectionLost&) {
        // Safe to run again only when the caller has seen nothing yet.
        if (seen || m_inTransaction)
            throw;
        reconnect();
        m_db.query(sql, visitRow);
    }
}

std::vector<TableCount> MysqlStore::tableCounts()
{
    std::vector<TableCount> counts;
    auto add = [&](std::string_view table, const QString& description) {
        std::int64_t rows = 0;
        streamRows(
            "SELECT COUNT(*) FROM " + quoteIdentifier(table), [&](const ResultRow& row) { rows = toInt(row.text(0)); });
        counts.push_back({ qs(table), description, rows });
    };
    for (const auto& [table, description] : dataTables())
        add(table, description);
    return counts;
}

void MysqlStore::forEachDimensionRow(const DimensionSpec& spec, const std::function<void(const DimensionRow&)>& visit)
{
    std::string columns;
    for (const DimensionColumn& column : spec.columns)
        columns += (columns.empty() ? "" : ", ") + quoteIdentifier(column.name);
    DimensionRow row;
    streamRows("SELECT " + columns + " FROM " + quoteIdentifier(spec.table), [&](const ResultRow& r) {
        row.values.clear();
        row.nullMask = 0;
        for (unsigned int i = 0; i < r.count; ++i) {
            if (r.isNull(i))
                row.nullMask |= 1U << i;
            row.values.emplace_back(r.text(i));
        }
        visit(row);
    });
}

std::int64_t MysqlStore::forEachCaseEventAfter(std::int64_t after, const std::function<void(const CaseEvent&)>& visit)
{
    CaseEvent e;
    return replayRows(kSelectCaseEvent, "case_event", 11, after, [&](const auto& text) {
        readCaseEvent(m_db, text, e);
        visit(e);
    });
}

std::vector<CaseEvent> MysqlStore::caseEvents(std::string_view caseNo)
{
    std::vector<Statement::TextRow> rows;
    withReconnect([&] {
        // The case number is a bound value; the case_event_case_no index finds its rows.
        Statement query(
            m_db, std::string(kSelectCaseEvent) + " FROM case_event WHERE case_no = ? ORDER BY modified_ts, seq");
        query.bind(0, caseNo);
        rows = query.fetchAll();
    });
    std::vector<CaseEvent> events;
    events.reserve(rows.size());
    for (const Statement::TextRow& row : rows) {
        const auto text = [&](unsigned int i) { return row[i] ? std::string_view(*row[i]) : std::string_view(); };
        readCaseEvent(m_db, text, events.emplace_back());
    }
    return events;
}

std::int64_t MysqlStore::forEachSurveyAfter(std::int64_t after, const std::function<void(const SurveyEvent&)>& visit)
{
    SurveyEvent e;
    return replayRows(kSelectSurvey, "survey", 8, after, [&](const auto& text) {
        readSurvey(m_db, text, e);
        visit(e);
    });
}

std::optional<std::int64_t> MysqlStore::identityAt(EventTable table, std::int64_t seq)
{
    std::vector<Statement::TextRow> rows;
    withReconnect([&] {
        Statement query(m_db, table == EventTable::CaseEvents ? "SELECT id FROM case_event WHERE seq = ?"
                                                              : "SELECT id FROM survey WHERE seq = ?");
        query.bind(0, seq);
        rows = query.fetchAll();
    });
    if (rows.empty() || !rows.front()[0])
        return std::nullopt;
    return toInt(*rows.front()[0]);
}

Store::EventCounts MysqlStore::eventCounts()
{
    EventCounts counts;
    streamRows("SELECT (SELECT COUNT(*) FROM case_event), (SELECT COUNT(*) FROM survey)", [&](const ResultRow& r) {
        counts.caseEvents = toInt(r.text(0));
        counts.surveys = toInt(r.text(1));
    });
    return counts;
}

void MysqlStore::forEachQuarantined(const std::function<void(const QuarantineEntry&)>& visit)
{
    QuarantineEntry entry;
    streamRows("SELECT source, line, byte_offset, record_kind, reason, field, detail, raw FROM quarantine"
               " ORDER BY source, byte_offset, id",
        [&](const ResultRow& r) {
            entry.source = qs(r.text(0));
            QuarantineRecord& q = entry.record;
            q.line = toInt(r.text(1));
            q.offset = toInt(r.text(2));
            q.kind = recordKindFromName(r.text(3));
            q.reason = reasonFromName(r.text(4)).value_or(q.reason);
            q.field.assign(r.text(5));
            q.detail.assign(r.text(6));
            q.raw.assign(r.text(7));
            visit(entry);
        });
}

} // namespace carepulse::mysql
