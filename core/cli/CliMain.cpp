#include "CliCommands.h"
#include "CliOutput.h"
#include "TerminalPassword.h"

#include <QCoreApplication>

namespace carepulse::cli {

namespace {

void printUsage(QTextStream& s)
{
    s << QCoreApplication::translate("cli",
        "Usage: carepulse-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  import     Import dimension, case and survey files or folders into the store\n"
        "  kpi        Print every KPI as of a moment (JSON, CSV or a table)\n"
        "  breaches   List SLA-breached or at-risk cases, or group them (--group-by center,manager)\n"
        "  export     Export a report as CSV: kpi, by-priority, breaches, groups, trends,\n"
        "             survey-questions, quarantine\n"
        "  tail       Ingest live events from files, folders or TCP (tail --help)\n"
        "  simulate   Generate a FutureCart data set or stream live events (simulate --help)\n"
        "  mysql      Load the course dimension tables into MySQL or MariaDB (mysql --help)\n"
        "\n"
        "Run 'carepulse-cli COMMAND --help' for a command's options.\n");
    s.flush();
}

} // namespace

int runCli(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carepulse-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CarePulse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREPULSE_VERSION));

    installTerminalPasswordPrompt();
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printUsage(err());
        return ExitUsage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printUsage(out());
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        out() << "carepulse-cli " << CAREPULSE_VERSION << '\n';
        return ExitOk;
    }
    if (command == QLatin1String("import"))
        return runImport(args);
    if (command == QLatin1String("breaches"))
        return runBreaches(args);
    if (command == QLatin1String("export"))
        return runExport(args);
    if (command == QLatin1String("kpi"))
        return runKpi(args);
    if (command == QLatin1String("simulate"))
        return runSimulate(args);
    if (command == QLatin1String("tail"))
        return runTail(args);
    if (command == QLatin1String("mysql"))
        return runMysql(args);
    err() << QCoreApplication::translate("cli", "carepulse-cli: unknown command '%1'\n\n").arg(command);
    printUsage(err());
    return ExitUsage;
}

} // namespace carepulse::cli
