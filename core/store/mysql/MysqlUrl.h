#pragma once
// Where a MySQL or MariaDB database is: mysql://USER@HOST:PORT/DB[?ssl-mode=MODE&ssl-ca=PATH&socket=PATH
// &connect-attempts=N]. The password never comes from the URL (it would end up in shell history, logs and
// settings files): it is read from CAREPULSE_MYSQL_PASSWORD or MYSQL_PWD when connecting, and a password
// written in the URL is ignored.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace carepulse::mysql {

// As MySQL's --ssl-mode. VERIFY_CA verifies the host name too (MariaDB Connector/C checks both at once).
enum class SslMode : std::uint8_t { Disabled, Preferred, Required, VerifyCa, VerifyIdentity };

struct ConnectOptions {
    QString user;
    QString host = QStringLiteral("localhost");
    int port = 3306;
    QString database;
    QString socket; // a unix socket; when set, host and port are not used
    SslMode sslMode = SslMode::Preferred;
    QString sslCa; // CA certificate file for the verifying modes
    int connectAttempts = 6;
    bool passwordInUrl = false; // a password was written in the URL (and ignored)

    // mysql://user@host:port/db: names the database in messages, without password or options.
    QString display() const;
    // host:port, or the socket path.
    QString server() const;
    // mysql://host:port/db/table: names a table read by an import, the same for every user.
    QString tableSource(const QString& table) const;
};

bool isMysqlUrl(const QString& location);
// Throws StoreError naming what is wrong with the URL.
ConnectOptions parseMysqlUrl(const QString& url);

std::optional<SslMode> sslModeFromName(const QString& name); // DISABLED, preferred, verify-ca, ...
QString sslModeName(SslMode mode);

// CAREPULSE_MYSQL_PASSWORD, else MYSQL_PWD; null when neither is set.
QByteArray passwordFromEnvironment();

} // namespace carepulse::mysql
