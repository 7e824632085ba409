// carepulse-cli mysql load-dimensions|status|course-schema ...
#include "CliCommands.h"
#include "CliOutput.h"

#include "store/mysql/CourseDimensionLoader.h"
#include "store/mysql/CourseTables.h"
#include "store/mysql/MysqlSchema.h"
#include "store/mysql/MysqlStatement.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

struct ServerOptions {
    QCommandLineOption url { QStringLiteral("url"),
        QCoreApplication::translate("cli",
            "The database, mysql://USER@HOST:PORT/DB (password from $MYSQL_PWD or "
            "$CAREPULSE_MYSQL_PASSWORD)."),
        QCoreApplication::translate("cli", "URL") };
    QCommandLineOption sslMode { QStringLiteral("ssl-mode"),
        QCoreApplication::translate("cli", "DISABLED, PREFERRED (default), REQUIRED, VERIFY_CA or VERIFY_IDENTITY."),
        QCoreApplication::translate("cli", "MODE") };
    QCommandLineOption sslCa { QStringLiteral("ssl-ca"),
        QCoreApplication::translate("cli", "CA certificate for the verifying modes."),
        QCoreApplication::translate("cli", "FILE") };
    QCommandLineOption format { QStringLiteral("format"), QCoreApplication::translate("cli", "Output: text or json."),
        QCoreApplication::translate("cli", "FORMAT"), QStringLiteral("text") };
};

int usageError(const QString& message)
{
    err() << QStringLiteral("carepulse-cli mysql: ") << message << '\n'
          << QCoreApplication::translate("cli", "Run 'carepulse-cli mysql --help' for the options.\n");
    err().flush();
    return ExitUsage;
}

// The URL's options, with --ssl-mode and --ssl-ca on top. Prints why not and returns nothing.
std::optional<mysql::ConnectOptions> connectOptions(const QCommandLineParser& parser, const ServerOptions& o)
{
    if (!parser.isSet(o.url)) {
        usageError(QCoreApplication::translate("cli", "--url mysql://USER@HOST:PORT/DB is required"));
        return std::nullopt;
    }
    try {
        mysql::ConnectOptions options = mysql::parseMysqlUrl(parser.value(o.url));
        if (parser.isSet(o.sslMode)) {
            const auto mode = mysql::sslModeFromName(parser.value(o.sslMode));
            if (!mode) {
                usageError(QCoreApplication::translate("cli",
                    "--ssl-mode must be DISABLED, PREFERRED, REQUIRED, VERIFY_CA or "
                    "VERIFY_IDENTITY"));
                return std::nullopt;
            }
            options.sslMode = *mode;
        }
        if (parser.isSet(o.sslCa))
            options.sslCa = parser.value(o.sslCa);
        if (options.passwordInUrl) {
            err() << QCoreApplication::translate("cli",
                "carepulse-cli mysql: the password in the URL is ignored; set MYSQL_PWD or "
                "CAREPULSE_MYSQL_PASSWORD\n");
        }
        return options;
    } catch (const StoreError& e) {
        usageError(e.message());
        return std::nullopt;
    }
}

void printLoadText(QTextStream& s, const mysql::DimensionLoadReport& report)
{
    s << QCoreApplication::translate("cli", "Server: %1 (%2)\n")
             .arg(report.server,
                 report.tls.isEmpty() ? QCoreApplication::translate("cli", "not encrypted")
                                      : QCoreApplication::translate("cli", "TLS %1").arg(report.tls));
    s << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
             .arg(QCoreApplication::translate("cli", "TABLE"), -36)
             .arg(QCoreApplication::translate("cli", "READ"), 8)
             .arg(QCoreApplication::translate("cli", "LOADED"), 8)
             .arg(QCoreApplication::translate("cli", "UPDATED"), 8)
             .arg(QCoreApplication::translate("cli", "DUPLICATES"), 11)
             .arg(QCoreApplication::translate("cli", "QUARANTINED"), 12);
    for (const mysql::DimensionLoadResult& t : report.tables) {
        s << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(t.table, -36)
                 .arg(t.read, 8)
                 .arg(t.loaded, 8)
                 .arg(t.updated, 8)
                 .arg(t.duplicates, 11)
                 .arg(t.quarantined, 12);
        if (t.source.isEmpty())
            s << QCoreApplication::translate("cli", "    no file: created empty\n");
        else if (t.source.startsWith(QLatin1Char(':')))
            s << QCoreApplication::translate("cli", "    from the real %1 bundled with CarePulse\n")
                     .arg(QFileInfo(t.source).fileName());
        else
            s << QCoreApplication::translate("cli", "    from %1\n").arg(t.source);
        for (const QuarantineRecord& q : t.quarantineSamples) {
            s << QCoreApplication::translate("cli", "    line %1: %2 (%3): %4\n")
                     .arg(q.line)
                     .arg(qs(reasonName(q.reason)), qs(q.field), qs(q.detail));
        }
        for (const ParseWarning& w : t.warnings)
            s << QCoreApplication::translate("cli", "    note: %1\n").arg(w.detail);
        if (!t.error.isEmpty())
            s << QCoreApplication::translate("cli", "    failed: %1\n").arg(t.error);
    }
}

QJsonObject loadJson(const mysql::DimensionLoadReport& report)
{
    QJsonArray tables;
    for (const mysql::DimensionLoadResult& t : report.tables) {
        tables.append(QJsonObject {
            { QStringLiteral("table"), t.table },
            { QStringLiteral("dimension"), qs(t.spec->name) },
            { QStringLiteral("source"), t.source },
            { QStringLiteral("read"), num(t.read) },
            { QStringLiteral("loaded"), num(t.loaded) },
            { QStringLiteral("updated"), num(t.updated) },
            { QStringLiteral("duplicates"), num(t.duplicates) },
            { QStringLiteral("quarantined"), num(t.quarantined) },
            { QStringLiteral("error"), t.error },
            { QStringLiteral("seconds"), t.seconds },
        });
    }
    return QJsonObject { { QStringLiteral("server"), report.server }, { QStringLiteral("tls"), report.tls },
        { QStringLiteral("tables"), tables } };
}

int runLoadDimensions(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Create the eight course dimension tables (futurecart_<name>_details) on a MySQL or MariaDB server and load "
        "the dimension files into them. DIR holds futurecart_*_details.txt files (e.g. a 'simulate history' folder); "
        "files it lacks come from the real data bundled with CarePulse (all but employee and product)."));
    parser.addHelpOption();
    const ServerOptions o;
    parser.addOptions({ o.url, o.sslMode, o.sslCa, o.format });
    parser.addPositionalArgument(QCoreApplication::translate("cli", "DIR"),
        QCoreApplication::translate("cli", "Folder of dimension files (optional)."),
        QCoreApplication::translate("cli", "[DIR]"));
    if (!parser.parse(QStringList { QStringLiteral("carepulse-cli mysql load-dimensions") } + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QString format = parser.value(o.format);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(QCoreApplication::translate("cli", "--format must be text or json, not '%1'").arg(format));
    if (parser.positionalArguments().size() > 1)
        return usageError(QCoreApplication::translate("cli", "name at most one folder"));
    const QString folder = parser.positionalArguments().value(0);
    if (!folder.isEmpty() && !QFileInfo(folder).isDir()) {
        err() << QCoreApplication::translate("cli", "carepulse-cli mysql: %1: no such folder\n").arg(folder);
        return ExitBadInput;
    }
    const auto options = connectOptions(parser, o);
    if (!options)
        return ExitUsage;

    const mysql::DimensionLoadReport report = mysql::loadCourseDimensions(*options, folder);
    if (!report.inputErrors.isEmpty()) {
        for (const QString& e : report.inputErrors)
            err() << QCoreApplication::translate("cli", "carepulse-cli mysql: %1\n").arg(e);
        err() << QCoreApplication::translate("cli", "Nothing was loaded.\n");
        return ExitBadInput;
    }
    if (format == QLatin1String("json"))
        out() << QJsonDocument(loadJson(report)).toJson(QJsonDocument::Indented);
    else
        printLoadText(out(), report);
    out().flush();
    int exitCode = ExitOk;
    if (!report.serverError.isEmpty()) {
        err() << QCoreApplication::translate("cli", "carepulse-cli mysql: %1\n").arg(report.serverError);
        exitCode = ExitFailure;
    }
    for (const mysql::DimensionLoadResult& t : report.tables) {
        if (!t.error.isEmpty()) {
            err() << QCoreApplication::translate("cli", "carepulse-cli mysql: %1\n").arg(t.error);
            exitCode = ExitFailure;
        }
    }
    return exitCode;
}

// What the server is and whether the connection is encrypted; creates nothing.
int runStatus(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Connect to a MySQL or MariaDB server and show its version, whether the connection is encrypted, the "
        "CarePulse store schema version (0: no store) and the course tables present. Changes nothing."));
    parser.addHelpOption();
    const ServerOptions o;
    parser.addOptions({ o.url, o.sslMode, o.sslCa, o.format });
    if (!parser.parse(QStringList { QStringLiteral("carepulse-cli mysql status") } + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const auto options = connectOptions(parser, o);
    if (!options)
        return ExitUsage;
    QJsonObject status;
    try {
        mysql::Connection db(*options);
        QJsonArray tables;
        mysql::Statement list(db,
            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
            " AND TABLE_NAME LIKE ? ORDER BY TABLE_NAME");
        list.bind(0, std::string_view("futurecart\\_%"));
        for (const auto& row : list.fetchAll())
            tables.append(QString::fromStdString(row[0].value_or(std::string())));
        status = QJsonObject {
            { QStringLiteral("server"), options->display() },
            { QStringLiteral("version"), db.serverVersion() },
            { QStringLiteral("tls"), db.tlsCipher() },
            { QStringLiteral("ssl_mode"), mysql::sslModeName(options->sslMode) },
            { QStringLiteral("store_schema_version"), mysql::schemaVersion(db) },
            { QStringLiteral("course_tables"), tables },
        };
    } catch (const StoreError& e) {
        err() << e.message() << '\n';
        return ExitFailure;
    }
    if (parser.value(o.format) == QLatin1String("json")) {
        out() << QJsonDocument(status).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QString tls = status.value(QStringLiteral("tls")).toString();
    out() << QCoreApplication::translate("cli", "Server:        %1\n").arg(options->display())
          << QCoreApplication::translate("cli", "Version:       %1\n")
                 .arg(status.value(QStringLiteral("version")).toString())
          << QCoreApplication::translate("cli", "Encryption:    %1\n")
                 .arg(tls.isEmpty() ? QCoreApplication::translate("cli", "none") : tls)
          << QCoreApplication::translate("cli", "Store schema:  %1\n")
                 .arg(status.value(QStringLiteral("store_schema_version")).toInt());
    QStringList names;
    for (const QJsonValue& v : status.value(QStringLiteral("course_tables")).toArray())
        names << v.toString();
    out() << QCoreApplication::translate("cli", "Course tables: %1\n")
                 .arg(names.isEmpty() ? QCoreApplication::translate("cli", "none") : names.join(QStringLiteral(", ")));
    return ExitOk;
}

int runCourseSchema(const QStringList& args)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out() << QCoreApplication::translate("cli",
            "Usage: carepulse-cli mysql course-schema\n\n"
            "Print the CREATE TABLE statements of the course layout that 'import --from' reads: "
            "the eight dimension tables and the case and survey history tables.\n");
        return ExitOk;
    }
    const std::string collation = "utf8mb4_bin";
    for (const DimensionSpec& spec : dimensionSpecs())
        out() << QString::fromStdString(mysql::dimensionTableSql(spec, mysql::courseDimensionTable(spec), collation))
              << ";\n";
    for (const std::string& sql : mysql::courseEventTablesSql(collation))
        out() << QString::fromStdString(sql) << ";\n";
    return ExitOk;
}

void printMysqlUsage(QTextStream& s)
{
    s << QCoreApplication::translate("cli",
        "Usage: carepulse-cli mysql SUBCOMMAND [OPTIONS]\n"
        "\n"
        "  load-dimensions --url URL [DIR]   create the course dimension tables on a server and load them\n"
        "  status --url URL                  server version, encryption, store schema, course tables\n"
        "  course-schema                     print the course tables' CREATE TABLE statements\n"
        "\n"
        "URL: mysql://USER@HOST:PORT/DB[?ssl-mode=MODE&ssl-ca=FILE&socket=PATH&connect-attempts=N].\n"
        "The password comes from $CAREPULSE_MYSQL_PASSWORD or $MYSQL_PWD, never from the URL.\n"
        "Any command's --db also takes such a URL to use the server as the store.\n");
    s.flush();
}

} // namespace

int runMysql(const QStringList& args)
{
    if (args.isEmpty()) {
        printMysqlUsage(err());
        return ExitUsage;
    }
    QStringList rest = args;
    const QString sub = rest.takeFirst();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        printMysqlUsage(out());
        return ExitOk;
    }
    if (sub == QLatin1String("load-dimensions"))
        return runLoadDimensions(rest);
    if (sub == QLatin1String("status"))
        return runStatus(rest);
    if (sub == QLatin1String("course-schema"))
        return runCourseSchema(rest);
    err() << QCoreApplication::translate("cli", "carepulse-cli mysql: unknown subcommand '%1'\n\n").arg(sub);
    printMysqlUsage(err());
    return ExitUsage;
}

} // namespace carepulse::cli
