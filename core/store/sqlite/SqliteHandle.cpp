#include "SqliteHandle.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace carepulse::sqlite {

Connection::Connection(const QString& path) : m_path(path)
{
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(QCoreApplication::translate("Store", "%1: cannot open the store: %2").arg(path, message));
    }
    sqlite3_busy_timeout(m_db, 10000);
    sqlite3_extended_result_codes(m_db, 1);
}

Connection::~Connection()
{
    sqlite3_close_v2(m_db);
}

void Connection::fail(std::string_view what) const
{
    throw StoreError(QCoreApplication::translate("Store", "%1: %2 failed: %3")
                         .arg(m_path, QString::fromUtf8(what.data(), static_cast<qsizetype>(what.size())),
                              QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void Connection::exec(std::string_view sql)
{
    const std::string text(sql);
    char* error = nullptr;
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        throw StoreError(QCoreApplication::translate("Store", "%1: statement failed: %2 (%3)")
                             .arg(m_path, message, QString::fromStdString(text.substr(0, 120))));
    }
}

std::int64_t Connection::changes() const
{
    return sqlite3_changes64(m_db);
}

std::int64_t Connection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Statement::Statement(Connection& connection, std::string_view sql) : m_connection(connection)
{
    if (sqlite3_prepare_v3(connection.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr) != SQLITE_OK)
        connection.fail(sql.substr(0, 120));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

void Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_connection.fail(sqlite3_sql(m_stmt));
}

std::int64_t Statement::execute()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        m_connection.fail(sqlite3_sql(m_stmt));
    return m_connection.changes();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

std::int64_t Statement::columnInt(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

std::string_view Statement::columnUtf8(int index) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, index));
    return text ? std::string_view(text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, index))) : std::string_view();
}

QString Statement::columnText(int index) const
{
    const std::string_view text = columnUtf8(index);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

bool Statement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

} // namespace carepulse::sqlite
