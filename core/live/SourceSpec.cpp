#include "SourceSpec.h"

#include "FileTailSource.h"
#include "FolderSource.h"

#include <QCoreApplication>

namespace carepulse {

std::unique_ptr<LiveSource> makeSource(const QString& spec, QString* error, const TcpLimits& limits)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? QString() : spec.left(colon);
    const QString rest = colon < 0 ? QString() : spec.mid(colon + 1);
    if (kind == QLatin1String("file") && !rest.isEmpty())
        return std::make_unique<FileTailSource>(rest);
    if (kind == QLatin1String("dir") && !rest.isEmpty())
        return std::make_unique<FolderSource>(rest);
    if (kind == QLatin1String("tcp")) {
        const qsizetype portColon = rest.lastIndexOf(QLatin1Char(':'));
        const QString host = portColon <= 0 ? QStringLiteral("127.0.0.1") : rest.left(portColon);
        bool ok = false;
        const uint port = rest.mid(portColon + 1).toUInt(&ok);
        QHostAddress address;
        if (host == QLatin1String("localhost"))
            address = QHostAddress::LocalHost;
        else if (host == QLatin1String("*") || host == QLatin1String("0.0.0.0"))
            address = QHostAddress::AnyIPv4;
        else
            address = QHostAddress(host);
        if (ok && port <= 65535 && !address.isNull())
            return std::make_unique<TcpSource>(address, static_cast<quint16>(port), limits);
        if (error)
            *error = QCoreApplication::translate("live", "'%1' is not HOST:PORT (e.g. tcp:127.0.0.1:5140)").arg(rest);
        return nullptr;
    }
    if (error)
        *error = QCoreApplication::translate("live", "'%1' is not a source: use file:PATH, dir:PATH or tcp:HOST:PORT")
                     .arg(spec);
    return nullptr;
}

} // namespace carepulse
