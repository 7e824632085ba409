#include "CliCommands.h"
#include "CliOutput.h"

#include "import/Importer.h"
#include "store/mysql/MysqlImportSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace carepulse::cli {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QJsonValue num(std::int64_t v)
{
    return QJsonValue(static_cast<qint64>(v));
}

QString reasonSummary(const FileImportResult& r)
{
    QStringList parts;
    for (int i = 0; i < kQuarantineReasonCount; ++i) {
        if (const auto n = r.quarantinedBy[static_cast<std::size_t>(i)])
            parts << QStringLiteral("%1 %2").arg(qs(reasonName(static_cast<QuarantineReason>(i)))).arg(n);
    }
    return parts.join(QStringLiteral(", "));
}

QJsonObject toJson(const FileImportResult& r)
{
    QJsonObject byReason;
    for (int i = 0; i < kQuarantineReasonCount; ++i) {
        if (const auto n = r.quarantinedBy[static_cast<std::size_t>(i)])
            byReason.insert(qs(reasonName(static_cast<QuarantineReason>(i))), num(n));
    }
    QJsonArray samples;
    for (const QuarantineRecord& q : r.quarantineSamples) {
        samples.append(QJsonObject{{QStringLiteral("line"), num(q.line)}, {QStringLiteral("offset"), num(q.offset)},
                                   {QStringLiteral("reason"), qs(reasonName(q.reason))},
                                   {QStringLiteral("field"), qs(q.field)}, {QStringLiteral("detail"), qs(q.detail)}});
    }
    QJsonArray warnings;
    for (const ParseWarning& w : r.warnings)
        warnings.append(QJsonObject{{QStringLiteral("line"), num(w.line)}, {QStringLiteral("detail"), w.detail}});
    return QJsonObject{
        {QStringLiteral("path"), r.path},
        {QStringLiteral("kind"), r.kindName()},
        {QStringLiteral("status"), FileImportResult::statusName(r.status)},
        {QStringLiteral("message"), r.message},
        {QStringLiteral("records_read"), num(r.recordsRead)},
        {QStringLiteral("loaded"), num(r.loaded)},
        {QStringLiteral("updated"), num(r.updated)},
        {QStringLiteral("duplicates"), num(r.duplicates)},
        {QStringLiteral("quarantined"), num(r.quarantined)},
        {QStringLiteral("quarantined_by_reason"), byReason},
        {QStringLiteral("quarantine_samples"), samples},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("seconds"), r.seconds},
    };
}

void printText(QTextStream& s, const QString& store, const std::vector<FileImportResult>& results, double seconds)
{
    s << QCoreApplication::translate("cli", "Store: %1\n").arg(store);
    s << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
             .arg(QCoreApplication::translate("cli", "FILE"), -44).arg(QCoreApplication::translate("cli", "KIND"), -16).arg(QCoreApplication::translate("cli", "READ"), 10).arg(QCoreApplication::translate("cli", "LOADED"), 10)
             .arg(QCoreApplication::translate("cli", "DUPLICATES"), 11).arg(QCoreApplication::translate("cli", "QUARANTINED"), 12);
    std::int64_t read = 0, loaded = 0, duplicates = 0, quarantined = 0;
    for (const FileImportResult& r : results) {
        QString name = r.path;
        if (name.size() > 44)
            name = QStringLiteral("...") + name.right(41);
        s << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(name, -44).arg(r.kindName(), -16).arg(r.recordsRead, 10).arg(r.loaded + r.updated, 10)
                 .arg(r.duplicates, 11).arg(r.quarantined, 12);
        if (r.updated > 0)
            s << QCoreApplication::translate("cli", "    %1 of the loaded rows updated existing ones\n").arg(r.updated);
        if (r.quarantined > 0)
            s << QCoreApplication::translate("cli", "    quarantined: %1\n").arg(reasonSummary(r));
        for (const QuarantineRecord& q : r.quarantineSamples) {
            s << QCoreApplication::translate("cli", "    line %1: %2%3%4\n")
                     .arg(q.line)
                     .arg(qs(reasonName(q.reason)))
                     .arg(q.field.empty() ? QString() : QStringLiteral(" (%1)").arg(qs(q.field)))
                     .arg(q.detail.empty() ? QString() : QStringLiteral(": %1").arg(qs(q.detail)));
        }
        for (const ParseWarning& w : r.warnings)
            s << QCoreApplication::translate("cli", "    note: %1\n").arg(w.detail);
        if (!r.message.isEmpty())
            s << QStringLiteral("    %1: %2\n").arg(FileImportResult::statusName(r.status), r.message);
        read += r.recordsRead;
        loaded += r.loaded + r.updated;
        duplicates += r.duplicates;
        quarantined += r.quarantined;
    }
    s << QCoreApplication::translate("cli", "Total: %1 records read, %2 loaded, %3 duplicates, %4 quarantined in %5 s (%6 records/s)\n")
             .arg(read).arg(loaded).arg(duplicates).arg(quarantined)
             .arg(seconds, 0, 'f', 2)
             .arg(seconds > 0 ? static_cast<qint64>(static_cast<double>(read) / seconds) : 0);
}

} // namespace

int runImport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Import dimension, case and survey files (TSV, JSON Lines, JSON arrays) "
                                        "or folders of them into the store."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("cli", "The store (default: $CAREPULSE_DB or the user's store)."),
                                      QCoreApplication::translate("cli", "PATH"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QCoreApplication::translate("cli", "Output: text or json."), QCoreApplication::translate("cli", "FORMAT"),
                                          QStringLiteral("text"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QCoreApplication::translate("cli", "Also import the course tables (futurecart_*_details) of a MySQL "
                                                                           "or MariaDB database, mysql://USER@HOST:PORT/DB; the password "
                                                                           "comes from $MYSQL_PWD or $CAREPULSE_MYSQL_PASSWORD."),
                                        QCoreApplication::translate("cli", "URL"));
    parser.addOption(dbOption);
    parser.addOption(formatOption);
    parser.addOption(fromOption);
    parser.addPositionalArgument(QCoreApplication::translate("cli", "PATH"), QCoreApplication::translate("cli", "Files or folders to import."), QCoreApplication::translate("cli", "PATH..."));
    if (!parser.parse(QStringList{QStringLiteral("carepulse-cli import")} + args)) {
        err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err() << QCoreApplication::translate("cli", "carepulse-cli import: --format must be text or json, not '%1'\n").arg(format);
        return ExitUsage;
    }
    const QStringList paths = parser.positionalArguments();
    const QString from = parser.value(fromOption);
    if (paths.isEmpty() && from.isEmpty()) {
        err() << QCoreApplication::translate("cli", "carepulse-cli import: name at least one file or folder, or --from mysql://...\n");
        return ExitUsage;
    }

    const ImportPlan plan = paths.isEmpty() ? ImportPlan{} : Importer::plan(paths);
    const mysql::MysqlImportPlan serverPlan = from.isEmpty() ? mysql::MysqlImportPlan{} : mysql::planMysqlImport(from);
    if (!plan.ok() || !serverPlan.ok()) {
        for (const QString& e : serverPlan.errors + plan.errors)
            err() << QCoreApplication::translate("cli", "carepulse-cli import: %1\n").arg(e);
        err() << QCoreApplication::translate("cli", "Nothing was imported.\n");
        return ExitBadInput;
    }

    QString storePath = resolveStorePath(parser.value(dbOption));
    std::unique_ptr<Store> store;
    try {
        store = openStore(storePath);
    } catch (const StoreError& e) {
        err() << e.message() << '\n';
        return ExitFailure;
    }
    if (mysql::isMysqlUrl(storePath))
        storePath = store->location(); // as given, minus any password

    const bool showProgress = isatty(STDERR_FILENO) != 0;
    QElapsedTimer sinceUpdate;
    sinceUpdate.start();
    auto progress = [&](const ImportProgress& p) {
        if (showProgress && sinceUpdate.elapsed() > 300) {
            sinceUpdate.restart();
            const int percent = p.bytesTotal > 0 ? static_cast<int>(100 * p.bytesDone / p.bytesTotal) : 0;
            err() << QStringLiteral("\r[%1/%2] %3 %4% (%5 records)   ")
                         .arg(p.fileIndex + 1).arg(p.fileCount).arg(p.path).arg(percent).arg(p.recordsRead);
            err().flush();
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    Importer importer(*store);
    std::vector<FileImportResult> results = mysql::importFromMysql(importer, serverPlan, progress);
    for (FileImportResult& r : importer.run(plan, progress))
        results.push_back(std::move(r));
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (showProgress)
        err() << QStringLiteral("\r%1\r").arg(QString(100, QLatin1Char(' ')));

    if (format == QLatin1String("json")) {
        QJsonArray files;
        for (const FileImportResult& r : results)
            files.append(toJson(r));
        out() << QJsonDocument(QJsonObject{{QStringLiteral("store"), storePath}, {QStringLiteral("files"), files},
                                           {QStringLiteral("seconds"), seconds}})
                     .toJson(QJsonDocument::Indented);
    } else {
        printText(out(), storePath, results, seconds);
    }
    out().flush();

    int exitCode = ExitOk;
    for (const FileImportResult& r : results) {
        if (r.status == FileImportResult::Status::Failed) {
            err() << QCoreApplication::translate("cli", "carepulse-cli import: %1\n").arg(r.message);
            exitCode = r.message.contains(QLatin1String("read error")) ? ExitBadInput : ExitFailure;
        }
    }
    return exitCode;
}

} // namespace carepulse::cli
