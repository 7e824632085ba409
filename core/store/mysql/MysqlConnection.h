#pragma once
// One connection to a MySQL or MariaDB server over libmysqlclient: connects with retries and backoff,
// applies TLS as the ssl-mode asks, and runs statements that carry no values (DDL, transaction control);
// anything with a value goes through a prepared Statement. Errors throw StoreError naming the server and
// the statement; a lost connection throws ConnectionLost so the caller can tell it apart.

#include "MysqlUrl.h"
#include "store/Store.h"

#include <mysql.h>

#include <functional>
#include <string>
#include <string_view>

namespace carepulse::mysql {

class ConnectionLost : public StoreError {
public:
    using StoreError::StoreError;
};

// One row of a streamed result, valid only inside the visit callback.
struct ResultRow {
    MYSQL_ROW values = nullptr;
    unsigned long* lengths = nullptr;
    unsigned int count = 0;

    bool isNull(unsigned int i) const { return values[i] == nullptr; }
    std::string_view text(unsigned int i) const
    {
        return values[i] ? std::string_view(values[i], lengths[i]) : std::string_view();
    }
};

class Connection {
public:
    enum class MissingDatabase : std::uint8_t { Fail, Create };
    explicit Connection(ConnectOptions options, MissingDatabase missing = MissingDatabase::Fail);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    const ConnectOptions& options() const { return m_options; }
    QString name() const { return m_options.display(); }
    MYSQL* handle() const { return m_mysql; }

    // Runs one statement without values and without a result.
    void exec(std::string_view sql);
    // Streams a query's rows (mysql_use_result): the result is never held whole in memory. The callback
    // must not use this connection.
    void query(std::string_view sql, const std::function<void(const ResultRow&)>& visit);
    // Closes the connection and connects again (with retries). Statements prepared on it are gone.
    void reconnect();

    bool lost() const { return m_lost; }
    QString tlsCipher() const;
    QString serverVersion() const;

    // Throws StoreError (ConnectionLost when the server went away) for the current error of `sql`.
    [[noreturn]] void fail(std::string_view sql, unsigned int errorNumber, const char* message);
    [[noreturn]] void fail(std::string_view sql);

    // True for the client error numbers that mean an open connection is gone (or the server unreachable).
    static bool isConnectionError(unsigned int errorNumber);

private:
    void connect();
    bool tryConnect(QString& error, unsigned int& errorNumber);
    void setUpSession();
    // Why access may have been denied, when it is about where the password comes from.
    QString passwordHint(unsigned int errorNumber) const;
    // user@host:port, the key a prompted password is remembered under.
    QString account() const;
    // From the environment, else one given at a prompt in this process; null when neither.
    QByteArray currentPassword() const;
    static constexpr int kMaxPrompts = 3;

    ConnectOptions m_options;
    MissingDatabase m_missingDatabase;
    MYSQL* m_mysql = nullptr;
    bool m_lost = false;
};

// The start of a statement, for messages (a 500-row INSERT is mostly placeholders).
QString abbreviateSql(std::string_view sql);

// `name` quoted as an identifier (backticks doubled). Identifiers are table and column names, never values.
std::string quoteIdentifier(std::string_view name);

} // namespace carepulse::mysql
