#include "MysqlStatement.h"

#include <errmsg.h>

#include <cstring>

namespace carepulse::mysql {

namespace {

constexpr unsigned long kResultBufferBytes = 256;

} // namespace

Statement::Statement(Connection& connection, std::string sql)
    : m_connection(connection)
    , m_sql(std::move(sql))
{
    if (!connection.handle())
        connection.fail(m_sql, CR_SERVER_GONE_ERROR, "not connected");
    m_stmt = mysql_stmt_init(connection.handle());
    if (!m_stmt)
        connection.fail(m_sql);
    if (mysql_stmt_prepare(m_stmt, m_sql.data(), static_cast<unsigned long>(m_sql.size())) != 0)
        fail();
    const std::size_t count = mysql_stmt_param_count(m_stmt);
    m_params.resize(count);
    std::memset(m_params.data(), 0, count * sizeof(MYSQL_BIND));
    m_integers.resize(count);
    m_times.resize(count);
    std::memset(m_times.data(), 0, count * sizeof(MYSQL_TIME));
    m_lengths.resize(count);
}

Statement::~Statement()
{
    if (m_stmt)
        mysql_stmt_close(m_stmt);
}

void Statement::fail()
{
    m_connection.fail(m_sql, mysql_stmt_errno(m_stmt), mysql_stmt_error(m_stmt));
}

void Statement::bind(std::size_t index, std::string_view text)
{
    MYSQL_BIND& b = m_params[index];
    b.buffer_type = MYSQL_TYPE_STRING;
    b.buffer = const_cast<char*>(text.empty() ? "" : text.data());
    b.buffer_length = static_cast<unsigned long>(text.size());
    m_lengths[index] = static_cast<unsigned long>(text.size());
    b.length = &m_lengths[index];
}

void Statement::bind(std::size_t index, std::int64_t value)
{
    MYSQL_BIND& b = m_params[index];
    m_integers[index] = value;
    b.buffer_type = MYSQL_TYPE_LONGLONG;
    b.buffer = &m_integers[index];
    b.is_unsigned = 0;
}

void Statement::bindTimestamp(std::size_t index, Timestamp value)
{
    const std::int64_t days = value >= 0 ? value / kSecondsPerDay : -((-value + kSecondsPerDay - 1) / kSecondsPerDay);
    const std::int64_t seconds = value - days * kSecondsPerDay;
    const CivilDate date = civilFromDays(days);
    MYSQL_TIME& t = m_times[index];
    t.year = static_cast<unsigned int>(date.year);
    t.month = static_cast<unsigned int>(date.month);
    t.day = static_cast<unsigned int>(date.day);
    t.hour = static_cast<unsigned int>(seconds / 3600);
    t.minute = static_cast<unsigned int>(seconds / 60 % 60);
    t.second = static_cast<unsigned int>(seconds % 60);
    t.second_part = 0;
    t.neg = 0;
    t.time_type = MYSQL_TIMESTAMP_DATETIME;
    MYSQL_BIND& b = m_params[index];
    b.buffer_type = MYSQL_TYPE_DATETIME;
    b.buffer = &t;
}

void Statement::bindNull(std::size_t index)
{
    MYSQL_BIND& b = m_params[index];
    b.buffer_type = MYSQL_TYPE_NULL;
    b.buffer = nullptr;
}

void Statement::bindAndExecute()
{
    if (!m_params.empty() && mysql_stmt_bind_param(m_stmt, m_params.data()))
        fail();
    if (mysql_stmt_execute(m_stmt) != 0)
        fail();
}

std::int64_t Statement::execute()
{
    bindAndExecute();
    return static_cast<std::int64_t>(mysql_stmt_affected_rows(m_stmt));
}

std::int64_t Statement::insertId() const
{
    return static_cast<std::int64_t>(mysql_stmt_insert_id(m_stmt));
}

std::vector<Statement::TextRow> Statement::fetchAll()
{
    bindAndExecute();
    std::vector<TextRow> rows;
    MYSQL_RES* meta = mysql_stmt_result_metadata(m_stmt);
    if (!meta)
        return rows;
    const unsigned int columns = mysql_num_fields(meta);
    mysql_free_result(meta);

    std::vector<MYSQL_BIND> results(columns);
    std::memset(results.data(), 0, columns * sizeof(MYSQL_BIND));
    std::vector<std::vector<char>> buffers(columns, std::vector<char>(kResultBufferBytes));
    std::vector<unsigned long> lengths(columns);
    std::vector<my_bool> nulls(columns);
    for (unsigned int i = 0; i < columns; ++i) {
        results[i].buffer_type = MYSQL_TYPE_STRING;
        results[i].buffer = buffers[i].data();
        results[i].buffer_length = kResultBufferBytes;
        results[i].length = &lengths[i];
        results[i].is_null = &nulls[i];
    }
    if (mysql_stmt_bind_result(m_stmt, results.data()))
        fail();
    for (;;) {
        const int status = mysql_stmt_fetch(m_stmt);
        if (status == MYSQL_NO_DATA)
            break;
        if (status == 1)
            fail();
        TextRow row(columns);
        for (unsigned int i = 0; i < columns; ++i) {
            if (nulls[i])
                continue;
            if (lengths[i] <= kResultBufferBytes) {
                row[i].emplace(buffers[i].data(), lengths[i]);
                continue;
            }
            // Truncated: fetch the whole value.
            std::string whole(lengths[i], '\0');
            MYSQL_BIND column {};
            column.buffer_type = MYSQL_TYPE_STRING;
            column.buffer = whole.data();
            column.buffer_length = lengths[i];
            unsigned long length = 0;
            column.length = &length;
            if (mysql_stmt_fetch_column(m_stmt, &column, i, 0) != 0)
                fail();
            row[i] = std::move(whole);
        }
        rows.push_back(std::move(row));
    }
    mysql_stmt_free_result(m_stmt);
    return rows;
}

void Statement::forEachIntegerRow(const std::function<void(std::span<const std::int64_t>)>& visit)
{
    bindAndExecute();
    MYSQL_RES* meta = mysql_stmt_result_metadata(m_stmt);
    if (!meta)
        return;
    const unsigned int columns = mysql_num_fields(meta);
    mysql_free_result(meta);
    std::vector<MYSQL_BIND> results(columns);
    std::memset(results.data(), 0, columns * sizeof(MYSQL_BIND));
    std::vector<std::int64_t> values(columns);
    std::vector<my_bool> nulls(columns);
    for (unsigned int i = 0; i < columns; ++i) {
        results[i].buffer_type = MYSQL_TYPE_LONGLONG;
        results[i].buffer = &values[i];
        results[i].is_null = &nulls[i];
    }
    if (mysql_stmt_bind_result(m_stmt, results.data()))
        fail();
    struct Free {
        MYSQL_STMT* stmt;
        ~Free() { mysql_stmt_free_result(stmt); }
    } guard { m_stmt };
    for (;;) {
        const int status = mysql_stmt_fetch(m_stmt);
        if (status == MYSQL_NO_DATA)
            break;
        if (status == 1)
            fail();
        for (unsigned int i = 0; i < columns; ++i) {
            if (nulls[i])
                values[i] = 0;
        }
        visit(values);
    }
}

} // namespace carepulse::mysql
