#pragma once
// Multi-row INSERTs: one statement carries up to kRowsPerStatement rows, so a bulk load costs one round
// trip per few hundred rows instead of one per row. Each row count in use is prepared once.

#include "MysqlStatement.h"

#include <map>
#include <memory>

namespace carepulse::mysql {

constexpr std::size_t kRowsPerStatement = 500;
// Also bounded by bytes, so that a few very long rows stay well under the server's max_allowed_packet.
constexpr std::size_t kBytesPerStatement = 2U << 20;

class BulkInsert {
public:
    // "INSERT INTO t (a, b)" + " VALUES (?, ?), (?, ?) ..." + tail (e.g. "ON DUPLICATE KEY UPDATE ...").
    BulkInsert(std::string head, std::size_t columns, std::string tail);

    Statement& statement(Connection& connection, std::size_t rows);
    std::size_t columns() const { return m_columns; }
    // Forgets the prepared statements (after a reconnect they belong to a closed connection).
    void reset() { m_statements.clear(); }

private:
    std::string m_head;
    std::size_t m_columns;
    std::string m_tail;
    std::map<std::size_t, std::unique_ptr<Statement>> m_statements;
};

// Calls visit(begin, end) for consecutive chunks of [0, count) of at most kRowsPerStatement rows and about
// kBytesPerStatement bytes (rowBytes(i) estimates row i).
template<typename RowBytes, typename Visit> void forEachChunk(std::size_t count, RowBytes rowBytes, Visit visit)
{
    std::size_t begin = 0;
    while (begin < count) {
        std::size_t end = begin;
        std::size_t bytes = 0;
        while (end < count && end - begin < kRowsPerStatement
            && (end == begin || bytes + rowBytes(end) <= kBytesPerStatement))
            bytes += rowBytes(end++);
        visit(begin, end);
        begin = end;
    }
}

} // namespace carepulse::mysql
