// carepulse-cli simulate history|stream ...
#include "SimulateCommand.h"

#include "CliCommands.h"
#include "CliOutput.h"

#include <QCoreApplication>

namespace carepulse::cli {

namespace simulatecommand {

int usageError(const QString& mode, const QString& message)
{
    const QString command = mode.isEmpty() ? QStringLiteral("carepulse-cli simulate") : QStringLiteral("carepulse-cli simulate ") + mode;
    err() << command << QStringLiteral(": ") << message << '\n'
          << QCoreApplication::translate("cli", "Run '%1 --help' for the options.\n").arg(command);
    err().flush();
    return ExitUsage;
}

std::optional<int> helpRequested(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("help")) && !parser.isSet(QStringLiteral("help-all")))
        return std::nullopt;
    out() << parser.helpText();
    out().flush();
    return ExitOk;
}

std::optional<qulonglong> wholeNumber(const QCommandLineParser& parser, const QCommandLineOption& option,
                                      qulonglong minimum, qulonglong maximum)
{
    bool ok = false;
    const qulonglong value = parser.value(option).toULongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

QString rangeMessage(const QCommandLineOption& option, qulonglong minimum, qulonglong maximum)
{
    return QCoreApplication::translate("cli", "--%1 must be a whole number from %2 to %3").arg(option.names().constFirst()).arg(minimum).arg(maximum);
}

} // namespace simulatecommand

int runSimulate(const QStringList& args)
{
    using namespace simulatecommand;
    const QString mode = args.value(0);
    if (mode == QLatin1String("history"))
        return runHistory(args.mid(1));
    if (mode == QLatin1String("stream"))
        return runStream(args.mid(1));
    if (mode == QLatin1String("--help") || mode == QLatin1String("-h") || mode == QLatin1String("--help-all")) {
        out() << QCoreApplication::translate("cli",
            "Usage: carepulse-cli simulate history|stream [options]\n"
            "Generate a realistic FutureCart data set, or stream live events.\n"
            "\n"
            "  simulate history   write the dimension files and N days of case and survey history\n"
            "  simulate stream    stream live case and survey events to a file, a folder or a TCP socket\n"
            "\n"
            "Run 'carepulse-cli simulate history --help' or 'carepulse-cli simulate stream --help' for the options.\n");
        out().flush();
        return ExitOk;
    }
    if (mode.isEmpty() || mode.startsWith(QLatin1Char('-')))
        return usageError({}, QCoreApplication::translate("cli", "say what to simulate first: 'history' or 'stream'"));
    return usageError({}, QCoreApplication::translate("cli", "unknown mode '%1': use 'history' or 'stream'").arg(mode));
}

} // namespace carepulse::cli
