#pragma once
// Thin RAII wrappers over the SQLite C API: a connection and a prepared statement with bound values.
// Every value goes through a bound parameter; no value is ever pasted into SQL text.

#include <QString>

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace carepulse::sqlite {

class Connection {
public:
    explicit Connection(const QString& path);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }
    // Runs one or more statements without results (DDL, pragmas, BEGIN/COMMIT).
    void exec(std::string_view sql);
    std::int64_t changes() const;
    std::int64_t lastInsertId() const;
    [[noreturn]] void fail(std::string_view what) const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

class Statement {
public:
    Statement(Connection& connection, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind(int index, std::string_view text);
    void bind(int index, std::int64_t value);
    void bindNull(int index);
    // Steps once: true when a row is available.
    bool step();
    // Runs the statement to completion and resets it; returns the rows it changed.
    std::int64_t execute();
    void reset();

    std::int64_t columnInt(int index) const;
    QString columnText(int index) const;
    std::string_view columnUtf8(int index) const;
    bool columnIsNull(int index) const;

private:
    Connection& m_connection;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace carepulse::sqlite
