#include "MysqlBulkInsert.h"

namespace carepulse::mysql {

namespace {

// Prepared statements kept besides the full-size one (the last chunks of recent calls differ in size).
constexpr std::size_t kCachedStatements = 4;

} // namespace

BulkInsert::BulkInsert(std::string head, std::size_t columns, std::string tail)
    : m_head(std::move(head))
    , m_columns(columns)
    , m_tail(std::move(tail))
{
}

Statement& BulkInsert::statement(Connection& connection, std::size_t rows)
{
    std::unique_ptr<Statement>& cached = m_statements[rows];
    if (cached)
        return *cached;
    if (m_statements.size() > kCachedStatements) {
        for (auto it = m_statements.begin(); it != m_statements.end();) {
            if (it->first != rows && it->first != kRowsPerStatement)
                it = m_statements.erase(it);
            else
                ++it;
        }
    }
    std::string tuple = "(";
    for (std::size_t c = 0; c < m_columns; ++c)
        tuple += c ? ",?" : "?";
    tuple += ')';
    std::string sql = m_head;
    sql.reserve(m_head.size() + rows * (tuple.size() + 1) + m_tail.size() + 8);
    sql += " VALUES ";
    for (std::size_t r = 0; r < rows; ++r) {
        if (r)
            sql += ',';
        sql += tuple;
    }
    if (!m_tail.empty())
        sql += ' ' + m_tail;
    std::unique_ptr<Statement>& slot = m_statements[rows];
    slot = std::make_unique<Statement>(connection, std::move(sql));
    return *slot;
}

} // namespace carepulse::mysql
