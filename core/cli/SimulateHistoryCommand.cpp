// carepulse-cli simulate history --out DIR --cases N ...
#include "SimulateCommand.h"

#include "CliCommands.h"
#include "CliOutput.h"

#include "simulate/DataSetGenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

namespace carepulse::cli::simulatecommand {

namespace {

// Beyond these the in-memory history would not fit a desktop (data set L is 10 million cases).
constexpr qulonglong kMaxCases = 100'000'000;
constexpr qulonglong kMaxDays = 3650;

struct HistoryOptions {
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

const QString kMode = QStringLiteral("history");

} // namespace

int runHistory(const QStringList& args)
{
    QCommandLineParser parser;
    const HistoryOptions o;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Write a realistic FutureCart data set: the six real dimension files, generated "
                                                                        "employees and products, and N days of case and survey history."));
    parser.addPositionalArgument(QStringLiteral("history"), QCoreApplication::translate("cli", "Write a data set."), QStringLiteral("simulate history"));
    parser.addOptions({o.out, o.seed, o.cases, o.days, o.end, o.employees, o.products});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("carepulse-cli simulate history")} + args))
        return usageError(kMode, parser.errorText());
    if (const auto help = helpRequested(parser))
        return *help;
    if (!parser.positionalArguments().isEmpty())
        return usageError(kMode, QCoreApplication::translate("cli", "unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(o.out) || parser.value(o.out).isEmpty())
        return usageError(kMode, QCoreApplication::translate("cli", "--out DIR is required"));
    if (!parser.isSet(o.cases))
        return usageError(kMode, QCoreApplication::translate("cli", "--cases N is required"));

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
        const auto value = wholeNumber(parser, bounds[i].option, bounds[i].minimum, bounds[i].maximum);
        if (!value)
            return usageError(kMode, rangeMessage(bounds[i].option, bounds[i].minimum, bounds[i].maximum));
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
        return usageError(kMode, QCoreApplication::translate("cli", "--end must be a time 'YYYY-MM-DD HH:MM:SS', not '%1'").arg(endText));
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

} // namespace carepulse::cli::simulatecommand
