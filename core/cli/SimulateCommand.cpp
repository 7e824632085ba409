// carepulse-cli simulate history|stream ...
#include "CliCommands.h"
#include "CliOutput.h"

#include "simulate/DataSetGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <optional>

namespace carepulse::cli {

namespace {

// Beyond these the in-memory history would not fit a desktop (data set L is 10 million cases).
constexpr qulonglong kMaxCases = 100'000'000;
constexpr qulonglong kMaxEmployees = 10'000'000;
constexpr qulonglong kMaxProducts = 10'000'000;
constexpr qulonglong kMaxDays = 3650;

struct HistoryCommandOptions {
    QCommandLineOption out{QStringLiteral("out"), QCoreApplication::translate("cli", "Folder to write the data set into (created if needed)."),
                           QCoreApplication::translate("cli", "DIR")};
    QCommandLineOption seed{QStringLiteral("seed"), QCoreApplication::translate("cli", "Random seed: the same seed gives the same bytes (default 1)."),
                            QCoreApplication::translate("cli", "N"), QStringLiteral("1")};
    QCommandLineOption cases{QStringLiteral("cases"), QCoreApplication::translate("cli", "Number of cases to create."), QCoreApplication::translate("cli", "N")};
    QCommandLineOption days{QStringLiteral("days"), QCoreApplication::translate("cli", "Days of history ending at --end (default 10)."), QCoreApplication::translate("cli", "D"),
                            QStringLiteral("10")};
    QCommandLineOption end{QStringLiteral("end"),
                           QCoreApplication::translate("cli", "End of the history, 'YYYY-MM-DD HH:MM:SS' (default: now, local time)."), QCoreApplication::translate("cli", "TS")};
    QCommandLineOption employees{QStringLiteral("employees"), QCoreApplication::translate("cli", "Number of employees (default 300024)."), QCoreApplication::translate("cli", "N"),
                                 QStringLiteral("300024")};
    QCommandLineOption products{QStringLiteral("products"), QCoreApplication::translate("cli", "Number of products (default 92353)."), QCoreApplication::translate("cli", "N"),
                                QStringLiteral("92353")};
};

void describe(QCommandLineParser& parser, const HistoryCommandOptions& o)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Generate a realistic FutureCart data set.\n\n"
           "  simulate history   write the dimension files and N days of case and survey history\n"
           "  simulate stream    stream live events (not yet available)"));
    parser.addPositionalArgument(QStringLiteral("mode"), QCoreApplication::translate("cli", "history or stream"), QStringLiteral("simulate history|stream"));
    parser.addOptions({o.out, o.seed, o.cases, o.days, o.end, o.employees, o.products});
    parser.addHelpOption();
}

int usageError(const QString& message)
{
    err() << QStringLiteral("carepulse-cli simulate: ") << message << '\n'
          << QCoreApplication::translate("cli", "Run 'carepulse-cli simulate --help' for the options.\n");
    err().flush();
    return ExitUsage;
}

// A whole number in [minimum, maximum] or nothing.
std::optional<qulonglong> number(const QCommandLineParser& parser, const QCommandLineOption& option,
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

int runHistory(const QCommandLineParser& parser, const HistoryCommandOptions& o)
{
    if (!parser.isSet(o.out) || parser.value(o.out).isEmpty())
        return usageError(QCoreApplication::translate("cli", "--out DIR is required"));
    if (!parser.isSet(o.cases))
        return usageError(QCoreApplication::translate("cli", "--cases N is required"));

    simulate::DataSetOptions options;
    options.outDir = parser.value(o.out);
    struct Bound {
        const QCommandLineOption& option;
        qulonglong minimum;
        qulonglong maximum;
    };
    const Bound bounds[] = {
        {o.seed, 0, ~0ULL},
        {o.cases, 0, kMaxCases},
        {o.days, 1, kMaxDays},
        {o.employees, simulate::minimumEmployeeCount(), kMaxEmployees},
        {o.products, 1, kMaxProducts},
    };
    qulonglong values[std::size(bounds)] = {};
    for (std::size_t i = 0; i < std::size(bounds); ++i) {
        const auto value = number(parser, bounds[i].option, bounds[i].minimum, bounds[i].maximum);
        if (!value)
            return usageError(rangeMessage(bounds[i].option, bounds[i].minimum, bounds[i].maximum));
        values[i] = *value;
    }
    options.seed = values[0];
    options.caseCount = values[1];
    options.days = static_cast<int>(values[2]);
    options.employeeCount = values[3];
    options.productCount = values[4];

    const QString endText = parser.isSet(o.end)
        ? parser.value(o.end)
        : QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QByteArray endBytes = endText.toUtf8();
    const auto end = parseTimestamp(std::string_view(endBytes.constData(), static_cast<std::size_t>(endBytes.size())));
    if (!end)
        return usageError(QCoreApplication::translate("cli", "--end must be a time 'YYYY-MM-DD HH:MM:SS', not '%1'").arg(endText));
    options.end = *end;

    QElapsedTimer timer;
    timer.start();
    // Progress only for long runs: short ones (tests, scripts) keep stderr quiet.
    const bool showProgress = options.caseCount >= 1'000'000;
    const auto report = simulate::generateDataSet(options, [&](const QString& step) {
        if (showProgress) {
            err() << QCoreApplication::translate("cli", "simulate: writing %1 (%2 s)\n").arg(step).arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1);
            err().flush();
        }
    });
    if (!report.error.isEmpty()) {
        err() << QStringLiteral("carepulse-cli simulate: ") << report.error << '\n';
        err().flush();
        return ExitFailure;
    }

    out() << QCoreApplication::translate("cli", "Wrote %1 files to %2 (history %3 .. %4, seed %5):\n")
                 .arg(report.files.size())
                 .arg(options.outDir, QString::fromStdString(formatTimestamp(options.end - options.days * kSecondsPerDay)),
                      QString::fromStdString(formatTimestamp(options.end)), QString::number(options.seed));
    for (const auto& file : report.files)
        out() << QStringLiteral("  %1  %2 rows\n").arg(file.name, -42).arg(file.rows, 10);
    out() << QCoreApplication::translate("cli", "Done in %1 s.\n").arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 2);
    out().flush();
    return ExitOk;
}

} // namespace

int runSimulate(const QStringList& args)
{
    QCommandLineParser parser;
    const HistoryCommandOptions options;
    describe(parser, options);
    if (!parser.parse(QStringList{QStringLiteral("carepulse-cli simulate")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QCoreApplication::translate("cli", "say what to simulate: 'history' or 'stream'"));
    if (positional.size() > 1)
        return usageError(QCoreApplication::translate("cli", "unexpected argument '%1'").arg(positional.at(1)));
    const QString& mode = positional.constFirst();
    if (mode == QLatin1String("history"))
        return runHistory(parser, options);
    if (mode == QLatin1String("stream")) {
        err() << QCoreApplication::translate("cli", "carepulse-cli simulate stream: not yet available in this version; "
                    "use 'simulate history' to write a data set.\n");
        err().flush();
        return ExitUsage;
    }
    return usageError(QCoreApplication::translate("cli", "unknown mode '%1': use 'history' or 'stream'").arg(mode));
}

} // namespace carepulse::cli
