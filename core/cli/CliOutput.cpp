#include "CliOutput.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace carepulse::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString defaultStorePath()
{
    const QString env = qEnvironmentVariable("CAREPULSE_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/CarePulse");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/carepulse.db");
}

QString resolveStorePath(const QString& dbOption)
{
    return dbOption.isEmpty() ? defaultStorePath() : dbOption;
}

} // namespace carepulse::cli
