#include "MysqlConnection.h"

#include "store/PasswordPrompt.h"

#include <QCoreApplication>
#include <QThread>

#include <errmsg.h>
#include <mysqld_error.h>

#include <algorithm>
#include <mutex>

namespace carepulse::mysql {

namespace {

// Backoff between connection attempts: 0.25 s, doubling, at most 4 s (six attempts wait 7.75 s in all).
constexpr int kFirstRetryDelayMs = 250;
constexpr int kMaxRetryDelayMs = 4000;
constexpr unsigned int kConnectTimeoutSeconds = 10;
// Long enough for the largest commit and for a writer waiting on another's write lock.
constexpr unsigned int kReadWriteTimeoutSeconds = 600;

void initLibrary()
{
    // mysql_library_init is not thread-safe; connections may be opened from several threads.
    static std::once_flag once;
    std::call_once(once, [] { mysql_library_init(0, nullptr, nullptr); });
}

QString qs(const char* text)
{
    return QString::fromUtf8(text ? text : "");
}

// Errors worth another connection attempt: the server is down, restarting or busy. (A TLS error while
// connecting is a configuration problem, such as an untrusted certificate: trying again will not help.)
bool isTransientConnectError(unsigned int errorNumber)
{
    return (Connection::isConnectionError(errorNumber) && errorNumber != CR_SSL_CONNECTION_ERROR)
        || errorNumber == ER_CON_COUNT_ERROR || errorNumber == ER_SERVER_SHUTDOWN;
}

} // namespace

QString abbreviateSql(std::string_view sql)
{
    constexpr std::size_t kShown = 90;
    QString text = QString::fromUtf8(sql.data(), static_cast<qsizetype>(std::min(sql.size(), kShown))).simplified();
    return sql.size() > kShown ? text + QStringLiteral("...") : text;
}

std::string quoteIdentifier(std::string_view name)
{
    std::string quoted = "`";
    for (char c : name) {
        quoted += c;
        if (c == '`')
            quoted += '`';
    }
    return quoted + '`';
}

Connection::Connection(ConnectOptions options, MissingDatabase missing)
    : m_options(std::move(options))
    , m_missingDatabase(missing)
{
    initLibrary();
    connect();
}

Connection::~Connection()
{
    if (m_mysql)
        mysql_close(m_mysql);
}

bool Connection::isConnectionError(unsigned int errorNumber)
{
    switch (errorNumber) {
    case CR_CONNECTION_ERROR:
    case CR_CONN_HOST_ERROR:
    case CR_SERVER_GONE_ERROR:
    case CR_SERVER_LOST:
    case CR_SERVER_LOST_EXTENDED:
    case CR_SSL_CONNECTION_ERROR: // on an open TLS connection: the peer closed it
    case ER_CONNECTION_KILLED:
    case ER_SERVER_SHUTDOWN:
        return true;
    default:
        return false;
    }
}

void Connection::connect()
{
    QString error;
    unsigned int errorNumber = 0;
    int delayMs = kFirstRetryDelayMs;
    int waitedMs = 0;
    int prompts = 0;
    for (int attempt = 1;; ++attempt) {
        if (tryConnect(error, errorNumber)) {
            m_lost = false;
            setUpSession();
            return;
        }
        // Refused without a password from the environment: ask (terminal or dialog) and try again.
        if (errorNumber == ER_ACCESS_DENIED_ERROR && passwordFromEnvironment().isNull() && prompts < kMaxPrompts
            && askPassword(account(), error)) {
            ++prompts;
            continue;
        }
        if (!isTransientConnectError(errorNumber) || attempt >= m_options.connectAttempts) {
            const QString message = attempt > 1
                ? QCoreApplication::translate(
                    "MySQL", "%1: cannot connect to the server at %2 after %3 attempts over %4 s: %5")
                      .arg(name(), m_options.server())
                      .arg(attempt)
                      .arg(waitedMs / 1000.0, 0, 'f', 1)
                      .arg(error)
                : QCoreApplication::translate("MySQL", "%1: cannot connect to the server at %2: %3")
                      .arg(name(), m_options.server(), error);
            if (isTransientConnectError(errorNumber))
                throw ConnectionLost(message);
            throw StoreError(message + passwordHint(errorNumber));
        }
        QThread::msleep(static_cast<unsigned long>(delayMs));
        waitedMs += delayMs;
        delayMs = std::min(delayMs * 2, kMaxRetryDelayMs);
    }
}

bool Connection::tryConnect(QString& error, unsigned int& errorNumber)
{
    if (m_mysql)
        mysql_close(m_mysql);
    m_mysql = mysql_init(nullptr);
    if (!m_mysql)
        throw StoreError(QCoreApplication::translate("MySQL", "%1: out of memory").arg(name()));
    const unsigned int connectTimeout = kConnectTimeoutSeconds;
    const unsigned int ioTimeout = kReadWriteTimeoutSeconds;
    const my_bool off = 0;
    const my_bool on = 1;
    mysql_options(m_mysql, MYSQL_OPT_CONNECT_TIMEOUT, &connectTimeout);
    mysql_options(m_mysql, MYSQL_OPT_READ_TIMEOUT, &ioTimeout);
    mysql_options(m_mysql, MYSQL_OPT_WRITE_TIMEOUT, &ioTimeout);
    // Never reconnect behind our back: a silent reconnect in a transaction would drop its earlier work.
    mysql_options(m_mysql, MYSQL_OPT_RECONNECT, &off);
    mysql_options(m_mysql, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    const QByteArray ca = m_options.sslCa.toUtf8();
    switch (m_options.sslMode) {
    case SslMode::Disabled:
        break;
    case SslMode::Preferred:
    case SslMode::Required:
        // Connector/C 3.3 has no MYSQL_OPT_SSL_MODE: asking for TLS uses it when the server offers it.
        // REQUIRED is enforced after connecting (see below).
        mysql_ssl_set(m_mysql, nullptr, nullptr, ca.isEmpty() ? nullptr : ca.constData(), nullptr, nullptr);
        break;
    case SslMode::VerifyCa:
    case SslMode::VerifyIdentity:
        // Verifying the certificate makes TLS mandatory before any credential is sent.
        mysql_ssl_set(m_mysql, nullptr, nullptr, ca.isEmpty() ? nullptr : ca.constData(), nullptr, nullptr);
        mysql_options(m_mysql, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &on);
        break;
    }
    const QByteArray user = m_options.user.toUtf8();
    const QByteArray host = m_options.host.toUtf8();
    const QByteArray database = m_options.database.toUtf8();
    const QByteArray socket = m_options.socket.toUtf8();
    const QByteArray password = currentPassword();
    const bool viaSocket = !socket.isEmpty();
    // With CreateDatabase, connect without a default database and create it when it is missing.
    const bool create = m_missingDatabase == MissingDatabase::Create;
    if (!mysql_real_connect(m_mysql, viaSocket ? "localhost" : host.constData(),
            user.isEmpty() ? nullptr : user.constData(), password.isNull() ? nullptr : password.constData(),
            create ? nullptr : database.constData(), viaSocket ? 0U : static_cast<unsigned int>(m_options.port),
            viaSocket ? socket.constData() : nullptr, CLIENT_MULTI_RESULTS)) {
        errorNumber = mysql_errno(m_mysql);
        error = qs(mysql_error(m_mysql));
        return false;
    }
    if (m_options.sslMode == SslMode::Required && !mysql_get_ssl_cipher(m_mysql)) {
        mysql_close(m_mysql);
        m_mysql = nullptr;
        throw StoreError(
            QCoreApplication::translate("MySQL", "%1: ssl-mode=REQUIRED, but the server at %2 does not offer TLS")
                .arg(name(), m_options.server()));
    }
    if (create && mysql_select_db(m_mysql, database.constData()) != 0) {
        const std::string use = "USE " + quoteIdentifier(database.toStdString());
        if (mysql_errno(m_mysql) != ER_BAD_DB_ERROR)
            fail(use);
        // The name is an identifier (quoted), not a value: identifiers cannot be bound parameters.
        exec("CREATE DATABASE IF NOT EXISTS " + quoteIdentifier(database.toStdString()) + " CHARACTER SET utf8mb4");
        if (mysql_select_db(m_mysql, database.constData()) != 0)
            fail(use);
    }
    return true;
}

void Connection::setUpSession()
{
    // Strict: a value that does not fit is an error, never silently cut. READ COMMITTED: each statement sees
    // what others committed before it (a writer that took the write lock sees every earlier batch).
    exec("SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
         "NO_ENGINE_SUBSTITUTION'");
    exec("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
    exec("SET SESSION innodb_lock_wait_timeout = 300");
    // A reader that streams a big table may pause between rows while it builds its books.
    exec("SET SESSION net_write_timeout = 600");
}

QString Connection::account() const
{
    return m_options.user + QLatin1Char('@') + m_options.server();
}

QByteArray Connection::currentPassword() const
{
    const QByteArray fromEnvironment = passwordFromEnvironment();
    return fromEnvironment.isNull() ? rememberedPassword(account()) : fromEnvironment;
}

QString Connection::passwordHint(unsigned int errorNumber) const
{
    if (errorNumber != ER_ACCESS_DENIED_ERROR)
        return {};
    if (m_options.passwordInUrl)
        return QCoreApplication::translate(
            "MySQL", " (a password in the URL is ignored: set MYSQL_PWD or CAREPULSE_MYSQL_PASSWORD)");
    if (currentPassword().isNull())
        return QCoreApplication::translate(
            "MySQL", " (no password was given: set MYSQL_PWD or CAREPULSE_MYSQL_PASSWORD)");
    return {};
}

void Connection::reconnect()
{
    connect();
}

void Connection::exec(std::string_view sql)
{
    if (!m_mysql)
        fail(sql, CR_SERVER_GONE_ERROR, "not connected");
    if (mysql_real_query(m_mysql, sql.data(), static_cast<unsigned long>(sql.size())) != 0)
        fail(sql);
    // A statement that unexpectedly returns rows must still be drained.
    if (MYSQL_RES* result = mysql_store_result(m_mysql))
        mysql_free_result(result);
    else if (mysql_errno(m_mysql) != 0)
        fail(sql);
}

void Connection::query(std::string_view sql, const std::function<void(const ResultRow&)>& visit)
{
    if (!m_mysql)
        fail(sql, CR_SERVER_GONE_ERROR, "not connected");
    if (mysql_real_query(m_mysql, sql.data(), static_cast<unsigned long>(sql.size())) != 0)
        fail(sql);
    MYSQL_RES* result = mysql_use_result(m_mysql);
    if (!result)
        fail(sql);
    struct Free {
        MYSQL_RES* r;
        ~Free() { mysql_free_result(r); } // drains what is left when the callback throws
    } guard { result };
    ResultRow row;
    row.count = mysql_num_fields(result);
    while ((row.values = mysql_fetch_row(result))) {
        row.lengths = mysql_fetch_lengths(result);
        visit(row);
    }
    if (mysql_errno(m_mysql) != 0)
        fail(sql);
}

QString Connection::tlsCipher() const
{
    return m_mysql ? qs(mysql_get_ssl_cipher(m_mysql)) : QString();
}

QString Connection::serverVersion() const
{
    return m_mysql ? qs(mysql_get_server_info(m_mysql)) : QString();
}

void Connection::fail(std::string_view sql)
{
    fail(sql, mysql_errno(m_mysql), mysql_error(m_mysql));
}

void Connection::fail(std::string_view sql, unsigned int errorNumber, const char* message)
{
    if (isConnectionError(errorNumber)) {
        m_lost = true;
        throw ConnectionLost(QCoreApplication::translate("MySQL",
            "%1: lost the connection to the server at %2 during '%3': %4 "
            "(error %5). Work not yet committed was not kept.")
                                 .arg(name(), m_options.server(), abbreviateSql(sql), qs(message))
                                 .arg(errorNumber));
    }
    QString hint;
    if (errorNumber == ER_LOCK_WAIT_TIMEOUT || errorNumber == ER_LOCK_DEADLOCK)
        hint = QCoreApplication::translate("MySQL", "; another writer held the store's write lock too long, try again");
    throw StoreError(QCoreApplication::translate("MySQL", "%1: '%2' failed on the server at %3: %4 (error %5)%6")
                         .arg(name(), abbreviateSql(sql), m_options.server(), qs(message))
                         .arg(errorNumber)
                         .arg(hint));
}

} // namespace carepulse::mysql
