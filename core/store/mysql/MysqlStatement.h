#pragma once
// A prepared statement with bound parameters: the only way a value reaches the server. Parameters are
// numbered from 0. Text is bound where it lies, so it must stay alive until execute() returns.

#include "MysqlConnection.h"
#include "model/Timestamp.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace carepulse::mysql {

class Statement {
public:
    Statement(Connection& connection, std::string sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    std::size_t parameterCount() const { return m_params.size(); }
    void bind(std::size_t index, std::string_view text);
    void bind(std::size_t index, std::int64_t value);
    void bindTimestamp(std::size_t index, Timestamp value); // as DATETIME
    void bindNull(std::size_t index);

    // Runs the statement; returns the rows it changed as MySQL counts them (an ON DUPLICATE KEY UPDATE
    // counts 1 for an insert, 2 for a changed row, 0 for an unchanged one).
    std::int64_t execute();
    std::int64_t insertId() const;

    // Runs a query and returns every row as text (a null value is nullopt). For small results.
    using TextRow = std::vector<std::optional<std::string>>;
    std::vector<TextRow> fetchAll();
    // Runs a query whose columns are all integers and streams its rows (a null reads as 0): rows come
    // off the network one by one, so a result of millions of rows is never held whole.
    void forEachIntegerRow(const std::function<void(std::span<const std::int64_t>)>& visit);

private:
    void bindAndExecute();
    [[noreturn]] void fail();

    Connection& m_connection;
    std::string m_sql;
    MYSQL_STMT* m_stmt = nullptr;
    std::vector<MYSQL_BIND> m_params;
    std::vector<std::int64_t> m_integers;
    std::vector<MYSQL_TIME> m_times;
    std::vector<unsigned long> m_lengths;
};

} // namespace carepulse::mysql
