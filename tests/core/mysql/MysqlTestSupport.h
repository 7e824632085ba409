#pragma once
// Helpers for the MySQL tests: running carepulse-cli with extra environment, reading its JSON import
// report per kind, and preparing data folders (a generated set with bad rows added, split in two).

#include "CliRunner.h"
#include "TestSupport.h"

#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>

#include <map>

namespace carepulse::test {

inline QString describe(const CliResult& r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
        .arg(r.exitCode)
        .arg(r.out.left(4000), r.err.left(4000));
}

// carepulse-cli with the CliRunner's environment plus `extra` (an empty value removes the variable).
inline CliResult runCliWithEnv(const QString& workDir, const QStringList& args, const QMap<QString, QString>& extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAREPULSE_DB"), workDir + QStringLiteral("/default.db"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), workDir + QStringLiteral("/xdg-data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workDir);
    process.start(QStringLiteral(CAREPULSE_CLI), args);
    CliResult result;
    if (!process.waitForStarted() || !process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// What an import did to each kind of input ("calendar", "cases", ...), without paths and timings, so a
// file import and a server import of the same data compare equal. A quarantined record's offset is a
// byte offset in a file and a row number in a table: withoutOffsets leaves it out.
inline QMap<QString, QJsonObject> importByKind(const QString& jsonOutput, bool withoutOffsets = false)
{
    QMap<QString, QJsonObject> byKind;
    const QJsonArray files
        = QJsonDocument::fromJson(jsonOutput.toUtf8()).object().value(QStringLiteral("files")).toArray();
    for (const QJsonValue& v : files) {
        QJsonObject file = v.toObject();
        const QString kind = file.value(QStringLiteral("kind")).toString();
        file.remove(QStringLiteral("path"));
        file.remove(QStringLiteral("seconds"));
        if (withoutOffsets) {
            QJsonArray samples;
            for (const QJsonValue& sample : file.value(QStringLiteral("quarantine_samples")).toArray()) {
                QJsonObject q = sample.toObject();
                q.remove(QStringLiteral("offset"));
                samples.append(q);
            }
            file.insert(QStringLiteral("quarantine_samples"), samples);
        }
        byKind.insert(kind, file);
    }
    return byKind;
}

inline qint64 field(const QJsonObject& o, const char* name)
{
    return o.value(QLatin1String(name)).toInteger();
}

inline bool copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QString& name : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

inline bool appendLines(const QString& path, const QByteArray& lines)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(lines) == lines.size();
}

// Row counts of every table of a store.
inline std::map<QString, qint64> counts(Store& store)
{
    std::map<QString, qint64> result;
    for (const TableCount& t : store.tableCounts())
        result[t.table] = t.rows;
    return result;
}

// A case event with everything but its key fields filled in.
inline CaseEvent caseEvent(const std::string& caseNo, Timestamp created, Timestamp modified, const std::string& status)
{
    CaseEvent e;
    e.caseNo = caseNo;
    e.created = created;
    e.modified = modified;
    e.status = status;
    e.employeeKey = "10001";
    e.callCenterId = "C-101";
    e.category = "CAT1";
    e.subCategory = "SCAT1";
    e.channel = "Chat";
    e.countryCode = "in";
    e.productCode = "42";
    return e;
}

} // namespace carepulse::test
