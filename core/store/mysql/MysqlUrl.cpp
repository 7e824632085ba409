#include "MysqlUrl.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace carepulse::mysql {

namespace {

constexpr int kMaxConnectAttempts = 100;

[[noreturn]] void refuse(const QString& url, const QString& why)
{
    throw StoreError(QCoreApplication::translate("MySQL", "%1: not a usable MySQL location: %2").arg(url, why));
}

// The URL as the user wrote it, minus any password, for messages.
QString withoutPassword(const QString& url)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    return parsed.isValid() ? parsed.toString(QUrl::RemovePassword) : QStringLiteral("mysql://...");
}

} // namespace

QString ConnectOptions::display() const
{
    const QString at = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("mysql://%1%2/%3").arg(at, server(), database);
}

QString ConnectOptions::server() const
{
    return socket.isEmpty() ? QStringLiteral("%1:%2").arg(host).arg(port) : socket;
}

QString ConnectOptions::tableSource(const QString& table) const
{
    const QString where = socket.isEmpty() ? QStringLiteral("%1:%2").arg(host).arg(port) : QStringLiteral("localhost");
    return QStringLiteral("mysql://%1/%2/%3").arg(where, database, table);
}

bool isMysqlUrl(const QString& location)
{
    return location.startsWith(QLatin1String("mysql://"), Qt::CaseInsensitive);
}

ConnectOptions parseMysqlUrl(const QString& text)
{
    const QString shown = withoutPassword(text);
    if (!isMysqlUrl(text))
        refuse(shown, QCoreApplication::translate("MySQL", "it must start with mysql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        refuse(shown, url.errorString());
    ConnectOptions o;
    o.user = url.userName(QUrl::FullyDecoded);
    o.passwordInUrl = !url.password().isEmpty();
    if (!url.host().isEmpty())
        o.host = url.host(QUrl::FullyDecoded);
    o.port = url.port(3306);
    if (o.port <= 0 || o.port > 65535)
        refuse(shown, QCoreApplication::translate("MySQL", "the port must be from 1 to 65535"));
    o.database = url.path(QUrl::FullyDecoded);
    if (o.database.startsWith(QLatin1Char('/')))
        o.database.remove(0, 1);
    if (o.database.isEmpty() || o.database.contains(QLatin1Char('/')))
        refuse(shown,
            QCoreApplication::translate(
                "MySQL", "name one database after the host, as in mysql://user@host:3306/carepulse"));
    if (o.database.size() > 64)
        refuse(shown, QCoreApplication::translate("MySQL", "a database name has at most 64 characters"));

    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("ssl-mode") || key == QLatin1String("ssl_mode") || key == QLatin1String("sslmode")) {
            const std::optional<SslMode> mode = sslModeFromName(value);
            if (!mode) {
                refuse(shown,
                    QCoreApplication::translate("MySQL",
                        "ssl-mode must be DISABLED, PREFERRED, REQUIRED, VERIFY_CA or "
                        "VERIFY_IDENTITY, not '%1'")
                        .arg(value));
            }
            o.sslMode = *mode;
        } else if (key == QLatin1String("ssl-ca") || key == QLatin1String("ssl_ca")) {
            o.sslCa = value;
        } else if (key == QLatin1String("socket")) {
            o.socket = value;
        } else if (key == QLatin1String("connect-attempts")) {
            bool ok = false;
            o.connectAttempts = value.toInt(&ok);
            if (!ok || o.connectAttempts < 1 || o.connectAttempts > kMaxConnectAttempts)
                refuse(shown,
                    QCoreApplication::translate("MySQL", "connect-attempts must be from 1 to %1")
                        .arg(kMaxConnectAttempts));
        } else {
            refuse(shown,
                QCoreApplication::translate("MySQL",
                    "unknown option '%1' (known: ssl-mode, ssl-ca, socket, "
                    "connect-attempts)")
                    .arg(key));
        }
    }
    return o;
}

std::optional<SslMode> sslModeFromName(const QString& name)
{
    const QString n = name.trimmed().toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (n == QLatin1String("DISABLED"))
        return SslMode::Disabled;
    if (n == QLatin1String("PREFERRED"))
        return SslMode::Preferred;
    if (n == QLatin1String("REQUIRED"))
        return SslMode::Required;
    if (n == QLatin1String("VERIFY_CA"))
        return SslMode::VerifyCa;
    if (n == QLatin1String("VERIFY_IDENTITY"))
        return SslMode::VerifyIdentity;
    return std::nullopt;
}

QString sslModeName(SslMode mode)
{
    switch (mode) {
    case SslMode::Disabled:
        return QStringLiteral("DISABLED");
    case SslMode::Preferred:
        return QStringLiteral("PREFERRED");
    case SslMode::Required:
        return QStringLiteral("REQUIRED");
    case SslMode::VerifyCa:
        return QStringLiteral("VERIFY_CA");
    case SslMode::VerifyIdentity:
        return QStringLiteral("VERIFY_IDENTITY");
    }
    return {};
}

QByteArray passwordFromEnvironment()
{
    for (const char* name : { "CAREPULSE_MYSQL_PASSWORD", "MYSQL_PWD" }) {
        if (qEnvironmentVariableIsSet(name))
            return qgetenv(name);
    }
    return {};
}

} // namespace carepulse::mysql
