// carepulse-cli simulate stream --to file:PATH|dir:PATH|tcp:HOST:PORT [--rate N | --speed X] ...
#include "SimulateCommand.h"

#include "CliCommands.h"
#include "CliOutput.h"
#include "StopSignals.h"

#include "simulate/DataSetGenerator.h"
#include "simulate/SeedCases.h"
#include "simulate/StreamGenerator.h"
#include "simulate/StreamRunner.h"
#include "simulate/StreamSink.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace carepulse::cli::simulatecommand {

namespace {

using simulate::StreamFormat;

constexpr double kDefaultRate = 100;
constexpr double kMaxRate = 10'000'000;
constexpr double kMaxSpeed = 10'000'000;
constexpr qulonglong kMaxCount = 1'000'000'000'000ULL;
constexpr qulonglong kMaxCasesPerDay = 1'000'000'000ULL;
constexpr qulonglong kMaxFirstCaseNo = 100'000'000'000'000'000ULL; // case numbers stay within 18 digits
constexpr int kMaxRefusedLinesShown = 10;

const QString kMode = QStringLiteral("stream");

struct StreamCommandOptions {
    QCommandLineOption to{QStringLiteral("to"),
                          QCoreApplication::translate("cli", "Where to send events: file:PATH (appended), dir:PATH (one JSON array file per burst, "
                                                             "case_data_<epoch>.json and survey_data_<epoch>.json) or tcp:HOST:PORT "
                                                             "(newline-delimited JSON; reconnects when the server is not up)."),
                          QCoreApplication::translate("cli", "SINK")};
    QCommandLineOption rate{QStringLiteral("rate"), QCoreApplication::translate("cli", "Events per second, stamped with the current time (default 100)."),
                            QCoreApplication::translate("cli", "N")};
    QCommandLineOption speed{QStringLiteral("speed"),
                             QCoreApplication::translate("cli", "Instead of --rate: simulated time runs X times real time, with cases arriving at "
                                                                "--cases-per-day shaped by hour of day and weekday."),
                             QCoreApplication::translate("cli", "X")};
    QCommandLineOption format{QStringLiteral("format"),
                              QCoreApplication::translate("cli", "file: sinks only: jsonl (one object per line, the default) or array (one JSON "
                                                                 "array per burst)."),
                              QCoreApplication::translate("cli", "FORMAT")};
    QCommandLineOption seedCases{QStringLiteral("seed-cases"),
                                 QCoreApplication::translate("cli", "Replay the real cases of a 000000_0 file (fresh timestamps, their own case "
                                                                    "numbers) instead of generated cases."),
                                 QCoreApplication::translate("cli", "PATH")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            QCoreApplication::translate("cli", "Random seed (default 1): with the same --employees and --products, the stream uses "
                                                               "the keys 'simulate history' writes for that seed."),
                            QCoreApplication::translate("cli", "N"), QStringLiteral("1")};
    QCommandLineOption count{QStringLiteral("count"), QCoreApplication::translate("cli", "Stop after N events."), QCoreApplication::translate("cli", "N")};
    QCommandLineOption duration{QStringLiteral("duration"), QCoreApplication::translate("cli", "Stop after S seconds."),
                                QCoreApplication::translate("cli", "S")};
    QCommandLineOption employees{QStringLiteral("employees"), QCoreApplication::translate("cli", "Number of employees, as given to 'simulate history' (default 300024)."),
                                 QCoreApplication::translate("cli", "N"), QStringLiteral("300024")};
    QCommandLineOption products{QStringLiteral("products"), QCoreApplication::translate("cli", "Number of products, as given to 'simulate history' (default 92353)."),
                                QCoreApplication::translate("cli", "N"), QStringLiteral("92353")};
    QCommandLineOption casesPerDay{QStringLiteral("cases-per-day"),
                                   QCoreApplication::translate("cli", "With --speed: new cases per simulated day (default 49800, the course history's pace)."),
                                   QCoreApplication::translate("cli", "N")};
    QCommandLineOption interval{QStringLiteral("interval"),
                                QCoreApplication::translate("cli", "Milliseconds between bursts (default 15); a dir: sink writes one file per burst."),
                                QCoreApplication::translate("cli", "MS"), QStringLiteral("15")};
    QCommandLineOption firstCaseNo{QStringLiteral("first-case-no"),
                                   QCoreApplication::translate("cli", "First case number of the stream (default: 200000001 plus 10000 for every second "
                                                                      "since 2020-01-01, so a restarted stream does not reuse numbers)."),
                                   QCoreApplication::translate("cli", "N")};
    QCommandLineOption quiet{QStringLiteral("quiet"), QCoreApplication::translate("cli", "No status line every second.")};
    // For tests: fixes the simulated clock's start, so --speed with --count gives the same bytes each time.
    QCommandLineOption start{QStringLiteral("start"), QCoreApplication::translate("cli", "Simulated start time 'YYYY-MM-DD HH:MM:SS'."),
                             QCoreApplication::translate("cli", "TS")};

    StreamCommandOptions() { start.setFlags(QCommandLineOption::HiddenFromHelp); }
};

std::optional<double> positiveNumber(const QCommandLineParser& parser, const QCommandLineOption& option, double maximum)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !(value > 0) || value > maximum)
        return std::nullopt;
    return value;
}

QString positiveMessage(const QCommandLineOption& option, double maximum)
{
    return QCoreApplication::translate("cli", "--%1 must be a number above 0 and at most %2").arg(option.names().constFirst()).arg(maximum, 0, 'f', 0);
}

QString timestampText(Timestamp ts)
{
    return QString::fromStdString(formatTimestamp(ts));
}

void printStatus(const simulate::StreamProgress& p)
{
    err() << QCoreApplication::translate("cli", "simulate stream: %1 events in %2 s (%3/s), %4 cases, %5 surveys; %6\n")
                 .arg(p.events)
                 .arg(p.seconds, 0, 'f', 0)
                 .arg(p.eventsPerSecond, 0, 'f', 0)
                 .arg(p.cases)
                 .arg(p.surveys)
                 .arg(p.sinkState.isEmpty() ? QCoreApplication::translate("cli", "writing") : p.sinkState);
    err().flush();
}

// Loads --seed-cases; refused lines are reported and skipped, a file without a usable row is an error.
std::optional<std::vector<simulate::SeedCaseRow>> loadSeeds(const QString& path, bool quiet)
{
    QString error;
    auto file = simulate::loadSeedCases(path, &error);
    if (!file) {
        err() << QStringLiteral("carepulse-cli simulate stream: ") << error << '\n';
        err().flush();
        return std::nullopt;
    }
    int shown = 0;
    for (const QuarantineRecord& refused : file->refused) {
        if (quiet || ++shown > kMaxRefusedLinesShown)
            break;
        err() << QCoreApplication::translate("cli", "%1:%2: skipped (%3%4)\n")
                     .arg(path)
                     .arg(refused.line)
                     .arg(reasonText(refused.reason),
                          refused.detail.empty() ? QString() : QStringLiteral(": ") + QString::fromStdString(refused.detail));
    }
    if (!file->refused.empty() && !quiet) {
        err() << QCoreApplication::translate("cli", "%1: %2 of %3 lines skipped\n")
                     .arg(path)
                     .arg(file->refused.size())
                     .arg(file->refused.size() + file->rows.size());
    }
    err().flush();
    if (file->rows.empty()) {
        err() << QCoreApplication::translate("cli", "carepulse-cli simulate stream: %1 has no case to replay\n").arg(path);
        err().flush();
        return std::nullopt;
    }
    return std::move(file->rows);
}

} // namespace

int runStream(const QStringList& args)
{
    QCommandLineParser parser;
    const StreamCommandOptions o;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Stream live FutureCart events: new cases arrive Open, later arrive again Closed (a few only Closed), and about "
        "80% of closed cases get a survey. Runs until --count, --duration, or Ctrl-C / SIGTERM (which flush and exit 0)."));
    parser.addPositionalArgument(QStringLiteral("stream"), QCoreApplication::translate("cli", "Stream live events."), QStringLiteral("simulate stream"));
    parser.addOptions({o.to, o.rate, o.speed, o.format, o.seedCases, o.seed, o.count, o.duration, o.employees, o.products,
                       o.casesPerDay, o.interval, o.firstCaseNo, o.quiet, o.start});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("carepulse-cli simulate stream")} + args))
        return usageError(kMode, parser.errorText());
    if (const auto help = helpRequested(parser))
        return *help;
    if (!parser.positionalArguments().isEmpty())
        return usageError(kMode, QCoreApplication::translate("cli", "unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(o.to))
        return usageError(kMode, QCoreApplication::translate("cli", "--to file:PATH, dir:PATH or tcp:HOST:PORT is required"));

    QString error;
    const auto spec = simulate::parseSinkSpec(parser.value(o.to), &error);
    if (!spec)
        return usageError(kMode, error);

    StreamFormat format = StreamFormat::JsonLines;
    if (parser.isSet(o.format)) {
        const QString name = parser.value(o.format);
        if (name != QLatin1String("jsonl") && name != QLatin1String("array"))
            return usageError(kMode, QCoreApplication::translate("cli", "--format must be jsonl or array, not '%1'").arg(name));
        if (spec->kind != simulate::SinkSpec::Kind::File)
            return usageError(kMode, QCoreApplication::translate("cli", "--format applies to file: sinks only (dir: writes arrays, tcp: JSON lines)"));
        format = name == QLatin1String("array") ? StreamFormat::JsonArray : StreamFormat::JsonLines;
    }

    simulate::StreamPace pace;
    if (parser.isSet(o.rate) && parser.isSet(o.speed))
        return usageError(kMode, QCoreApplication::translate("cli", "give --rate or --speed, not both"));
    if (parser.isSet(o.speed)) {
        const auto speed = positiveNumber(parser, o.speed, kMaxSpeed);
        if (!speed)
            return usageError(kMode, positiveMessage(o.speed, kMaxSpeed));
        pace.speed = *speed;
    } else {
        pace.rate = kDefaultRate;
        if (parser.isSet(o.rate)) {
            const auto rate = positiveNumber(parser, o.rate, kMaxRate);
            if (!rate)
                return usageError(kMode, positiveMessage(o.rate, kMaxRate));
            pace.rate = *rate;
        }
    }
    if (parser.isSet(o.duration)) {
        const auto duration = positiveNumber(parser, o.duration, 1e9);
        if (!duration)
            return usageError(kMode, positiveMessage(o.duration, 1e9));
        pace.duration = *duration;
    }
    if (parser.isSet(o.count)) {
        const auto count = wholeNumber(parser, o.count, 1, kMaxCount);
        if (!count)
            return usageError(kMode, rangeMessage(o.count, 1, kMaxCount));
        pace.count = *count;
    }
    const auto interval = wholeNumber(parser, o.interval, 1, 60'000);
    if (!interval)
        return usageError(kMode, rangeMessage(o.interval, 1, 60'000));
    pace.intervalMs = static_cast<int>(*interval);

    simulate::StreamOptions options;
    const auto seed = wholeNumber(parser, o.seed, 0, ~0ULL);
    if (!seed)
        return usageError(kMode, rangeMessage(o.seed, 0, ~0ULL));
    options.seed = *seed;
    const qulonglong minimumEmployees = simulate::minimumEmployeeCount();
    const auto employees = wholeNumber(parser, o.employees, minimumEmployees, kMaxEmployees);
    if (!employees)
        return usageError(kMode, rangeMessage(o.employees, minimumEmployees, kMaxEmployees));
    const auto products = wholeNumber(parser, o.products, 1, kMaxProducts);
    if (!products)
        return usageError(kMode, rangeMessage(o.products, 1, kMaxProducts));
    options.employeeCount = *employees;
    options.productCount = *products;

    if (parser.isSet(o.casesPerDay) && pace.speed <= 0)
        return usageError(kMode, QCoreApplication::translate("cli", "--cases-per-day goes with --speed (with --rate the rate sets the pace)"));
    double casesPerDay = simulate::kDefaultCasesPerDay;
    if (parser.isSet(o.casesPerDay)) {
        const auto value = wholeNumber(parser, o.casesPerDay, 1, kMaxCasesPerDay);
        if (!value)
            return usageError(kMode, rangeMessage(o.casesPerDay, 1, kMaxCasesPerDay));
        casesPerDay = static_cast<double>(*value);
    }

    options.start = wallClockNow();
    if (parser.isSet(o.start)) {
        const QByteArray text = parser.value(o.start).toUtf8();
        const auto start = parseTimestamp(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        if (!start)
            return usageError(kMode, QCoreApplication::translate("cli", "--start must be a time 'YYYY-MM-DD HH:MM:SS', not '%1'").arg(parser.value(o.start)));
        options.start = *start;
    }
    pace.start = options.start;
    options.firstCaseNo = simulate::defaultFirstCaseNo(options.start);
    if (parser.isSet(o.firstCaseNo)) {
        const auto first = wholeNumber(parser, o.firstCaseNo, 1, kMaxFirstCaseNo);
        if (!first)
            return usageError(kMode, rangeMessage(o.firstCaseNo, 1, kMaxFirstCaseNo));
        options.firstCaseNo = *first;
    }

    const bool quiet = parser.isSet(o.quiet);
    if (parser.isSet(o.seedCases)) {
        auto rows = loadSeeds(parser.value(o.seedCases), quiet);
        if (!rows)
            return ExitBadInput;
        options.seedCases = std::move(*rows);
    }
    const bool seeded = !options.seedCases.empty();
    if (pace.speed > 0) {
        options.casesPerSecond = casesPerDay / 86400.0;
        options.dailyProfile = true;
    } else {
        // An even flow of new cases that, with their closes and surveys, makes about --rate events a second.
        options.casesPerSecond = pace.rate / simulate::StreamGenerator::eventsPerCase(seeded);
        options.dailyProfile = false;
    }

    const std::uint64_t firstCaseNo = options.firstCaseNo;
    const auto generator = simulate::StreamGenerator::create(std::move(options), &error);
    if (!generator) {
        err() << QStringLiteral("carepulse-cli simulate stream: ") << error << '\n';
        err().flush();
        return ExitFailure;
    }
    const auto sink = simulate::makeSink(*spec, format);
    sink->setNoticeHandler([quiet](const QString& message, bool problem) {
        if (problem || !quiet) {
            err() << QStringLiteral("simulate stream: ") << message << '\n';
            err().flush();
        }
    });
    if (!sink->open()) {
        err() << QStringLiteral("carepulse-cli simulate stream: ") << sink->error() << '\n';
        err().flush();
        return ExitFailure;
    }

    if (!quiet) {
        const QString paceText = pace.speed > 0
            ? QCoreApplication::translate("cli", "at %1 times real time from %2").arg(pace.speed).arg(timestampText(pace.start))
            : QCoreApplication::translate("cli", "at %1 events/s").arg(pace.rate);
        err() << QCoreApplication::translate("cli", "simulate stream: sending to %1 %2; seed %3, new case numbers from %4; Ctrl-C stops\n")
                     .arg(parser.value(o.to), paceText)
                     .arg(*seed)
                     .arg(firstCaseNo);
        err().flush();
    }

    simulate::StreamRunner runner(*generator, *sink, pace);
    if (!quiet)
        runner.setProgressHandler(printStatus);
    StopSignals stopSignals;
    bool stoppedBySignal = false;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &runner, [&] {
        stoppedBySignal = true;
        runner.stop();
    });
    QEventLoop loop;
    QObject::connect(&runner, &simulate::StreamRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();

    const simulate::StreamProgress done = runner.progress();
    if (!quiet) {
        const std::uint64_t cases = generator->casesStarted();
        err() << QCoreApplication::translate("cli", "simulate stream: sent %1 events in %2 s; case numbers %3..%4 used, %5 surveys; "
                                                    "continue with --first-case-no %6\n")
                     .arg(done.events)
                     .arg(done.seconds, 0, 'f', 1)
                     .arg(firstCaseNo)
                     .arg(cases > 0 ? firstCaseNo + cases - 1 : firstCaseNo)
                     .arg(done.surveys)
                     .arg(firstCaseNo + cases);
        err().flush();
    }
    if (runner.failed()) {
        err() << QStringLiteral("carepulse-cli simulate stream: ") << runner.error() << '\n';
        err().flush();
        // A stop by signal still ends cleanly: what could be delivered was.
        return stoppedBySignal ? ExitOk : ExitFailure;
    }
    return ExitOk;
}

} // namespace carepulse::cli::simulatecommand
