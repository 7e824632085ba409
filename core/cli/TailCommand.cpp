// carepulse-cli tail: headless live ingestion from files, folders and TCP with a status line a second.
#include "CliCommands.h"
#include "CliOutput.h"
#include "StopSignals.h"

#include "book/BookImage.h"
#include "kpi/SnapshotService.h"
#include "live/LatencyStats.h"
#include "live/LiveIngestor.h"
#include "live/SourceSpec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

namespace carepulse::cli {

namespace {

struct TailOptions {
    QCommandLineOption db{QStringLiteral("db"), QCoreApplication::translate("cli", "The store to write to."), QStringLiteral("PATH")};
    QCommandLineOption file{QStringLiteral("file"),
                            QCoreApplication::translate("cli", "Follow a growing file of JSON Lines or JSON arrays (repeatable)."),
                            QStringLiteral("PATH")};
    QCommandLineOption dir{QStringLiteral("dir"),
                           QCoreApplication::translate("cli", "Apply the files that appear in a folder, each once, in order (repeatable)."),
                           QStringLiteral("PATH")};
    QCommandLineOption listen{QStringLiteral("listen"),
                              QCoreApplication::translate("cli", "Listen for newline-delimited JSON on HOST:PORT (repeatable)."),
                              QStringLiteral("HOST:PORT")};
    QCommandLineOption batch{QStringLiteral("batch"), QCoreApplication::translate("cli", "Commit every N records at most (default 16384)."),
                             QStringLiteral("N"), QStringLiteral("16384")};
    QCommandLineOption maxDelay{QStringLiteral("max-delay"),
                                QCoreApplication::translate("cli", "Commit at least every MS milliseconds while events arrive (default 100)."),
                                QStringLiteral("MS"), QStringLiteral("100")};
    QCommandLineOption maxConnections{QStringLiteral("max-connections"),
                                      QCoreApplication::translate("cli", "TCP clients at once (default 64)."), QStringLiteral("N"),
                                      QStringLiteral("64")};
    QCommandLineOption lineTimeout{QStringLiteral("line-timeout"),
                                   QCoreApplication::translate("cli", "Cut off a TCP client whose line stays unfinished this long (default 30)."),
                                   QStringLiteral("SECONDS"), QStringLiteral("30")};
    QCommandLineOption noBooks{QStringLiteral("no-books"),
                               QCoreApplication::translate("cli", "Only write to the store: no KPI snapshots (faster start on a large store).")};
    QCommandLineOption stopWhenIdle{QStringLiteral("stop-when-idle"),
                                    QCoreApplication::translate("cli", "Stop once every source has been idle for MS milliseconds (for scripts)."),
                                    QStringLiteral("MS")};
    QCommandLineOption quiet{QStringLiteral("quiet"), QCoreApplication::translate("cli", "No status line, only the summary.")};
};

bool wholeNumber(const QCommandLineParser& parser, const QCommandLineOption& option, qint64 minimum, qint64& value)
{
    bool ok = false;
    value = parser.value(option).toLongLong(&ok);
    if (ok && value >= minimum)
        return true;
    err() << QCoreApplication::translate("cli", "carepulse-cli tail: --%1 wants a whole number of at least %2, not '%3'\n")
                 .arg(option.names().constFirst())
                 .arg(minimum)
                 .arg(parser.value(option));
    return false;
}

QString statusLine(const std::vector<SourceStatus>& all, const KpiSnapshot* snapshot)
{
    const QLocale c = QLocale::c();
    QStringList parts;
    for (const SourceStatus& s : all) {
        QString part = QStringLiteral("%1 %2 %3 ev/s applied %4")
                           .arg(s.name, sourceStateText(s.state), c.toString(qRound64(s.eventsPerSecond)),
                                c.toString(s.eventsApplied));
        if (s.quarantined > 0)
            part += QCoreApplication::translate("cli", " quarantined %1").arg(c.toString(s.quarantined));
        if (s.connections > 0)
            part += QCoreApplication::translate("cli", " clients %1").arg(s.connections);
        if (s.cutOff > 0)
            part += QCoreApplication::translate("cli", " cut off %1").arg(s.cutOff);
        if (s.newestEvent)
            part += QCoreApplication::translate("cli", " newest %1 lag %2 s")
                        .arg(QString::fromStdString(formatTimestamp(*s.newestEvent)))
                        .arg(s.lagSeconds.value_or(0));
        parts << part;
    }
    if (snapshot)
        parts << QCoreApplication::translate("cli", "cases %1 open %2 breached %3")
                     .arg(c.toString(snapshot->total), c.toString(snapshot->open), c.toString(snapshot->sla.breached()));
    return parts.join(QStringLiteral(" | "));
}

} // namespace

int runTail(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Ingest live events into the store: follow files, watch folders, listen on TCP. Every batch is\n"
        "committed with each source's checkpoint, so a restart resumes where it stopped. Stops cleanly\n"
        "on Ctrl+C (SIGINT) or SIGTERM after committing what it has read."));
    parser.addHelpOption();
    const TailOptions o;
    parser.addOptions({o.db, o.file, o.dir, o.listen, o.batch, o.maxDelay, o.maxConnections, o.lineTimeout, o.noBooks,
                       o.stopWhenIdle, o.quiet});
    if (!parser.parse(QStringList{QStringLiteral("carepulse-cli tail")} + args)) {
        err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    qint64 batch = 0;
    qint64 maxDelay = 0;
    qint64 maxConnections = 0;
    qint64 lineTimeout = 0;
    qint64 idleMs = -1;
    if (!wholeNumber(parser, o.batch, 1, batch) || !wholeNumber(parser, o.maxDelay, 1, maxDelay) ||
        !wholeNumber(parser, o.maxConnections, 1, maxConnections) || !wholeNumber(parser, o.lineTimeout, 1, lineTimeout) ||
        (parser.isSet(o.stopWhenIdle) && !wholeNumber(parser, o.stopWhenIdle, 0, idleMs)))
        return ExitUsage;

    TcpLimits limits;
    limits.maxConnections = static_cast<int>(maxConnections);
    limits.idleLineMs = static_cast<int>(lineTimeout * 1000);
    QStringList specs;
    for (const QString& path : parser.values(o.file))
        specs << QStringLiteral("file:") + path;
    for (const QString& path : parser.values(o.dir))
        specs << QStringLiteral("dir:") + path;
    for (const QString& address : parser.values(o.listen))
        specs << QStringLiteral("tcp:") + address;
    if (specs.isEmpty()) {
        err() << QCoreApplication::translate("cli", "carepulse-cli tail: give at least one --file, --dir or --listen\n");
        return ExitUsage;
    }
    const QString location = resolveStorePath(parser.value(o.db));
    IngestOptions options;
    options.batchRecords = static_cast<std::size_t>(batch);
    options.maxDelayMs = static_cast<int>(maxDelay);
    LiveIngestor ingestor(location, options);
    for (const QString& spec : specs) {
        QString error;
        auto source = makeSource(spec, &error, limits);
        if (!source) {
            err() << QStringLiteral("carepulse-cli tail: ") << error << '\n';
            return ExitUsage;
        }
        ingestor.addSource(std::move(source));
    }

    // The books and a snapshot a second, as the desktop has them: the status line shows the KPIs and
    // the summary the event-to-snapshot latency.
    std::unique_ptr<SnapshotService> snapshots;
    if (!parser.isSet(o.noBooks)) {
        try {
            std::unique_ptr<Store> store = openStore(location);
            snapshots = std::make_unique<SnapshotService>(loadBooks(*store, {}, bookImagePath(store->location())).books);
        } catch (const StoreError& e) {
            err() << e.message() << '\n';
            return ExitFailure;
        }
    }
    LatencyStats latency;
    std::shared_ptr<const KpiSnapshot> latest;
    if (snapshots) {
        QObject::connect(&ingestor, &LiveIngestor::applied, snapshots.get(),
                         [&](std::shared_ptr<const EventBatch> events) { snapshots->apply(std::move(events)); });
        QObject::connect(snapshots.get(), &SnapshotService::snapshotReady, &ingestor,
                         [&](std::shared_ptr<const KpiSnapshot> s) { latest = std::move(s); });
        QObject::connect(snapshots.get(), &SnapshotService::eventsShown, &ingestor,
                         [&](const std::vector<ShownEvents>& shown) {
                             for (const ShownEvents& s : shown)
                                 latency.add(s.shownMs - s.receivedMs, s.events);
                         });
    }
    bool failedToStart = false;
    QObject::connect(&ingestor, &LiveIngestor::failed, &ingestor, [&](const QString& message) {
        err() << QStringLiteral("carepulse-cli tail: ") << message << '\n';
        err().flush();
    });
    const bool quiet = parser.isSet(o.quiet);
    QElapsedTimer idleFor;
    QObject::connect(&ingestor, &LiveIngestor::statusChanged, &ingestor, [&](const std::vector<SourceStatus>& all) {
        if (snapshots)
            snapshots->request(SnapshotRequest{});
        if (!quiet) {
            err() << statusLine(all, latest.get()) << '\n';
            err().flush();
        }
    });
    QTimer idleCheck;
    if (idleMs >= 0) {
        idleCheck.setInterval(50);
        QObject::connect(&idleCheck, &QTimer::timeout, &ingestor, [&] {
            if (!ingestor.isIdle()) {
                idleFor.invalidate();
                return;
            }
            if (!idleFor.isValid())
                idleFor.start();
            else if (idleFor.elapsed() >= idleMs)
                QCoreApplication::exit(0);
        });
        idleCheck.start();
    }
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &ingestor, [] { QCoreApplication::exit(0); });

    QElapsedTimer elapsed;
    elapsed.start();
    if (!ingestor.start())
        failedToStart = true;
    const int loop = failedToStart ? ExitFailure : QCoreApplication::exec();
    ingestor.stop();
    const double seconds = std::max(0.001, static_cast<double>(elapsed.elapsed()) / 1000.0);
    if (snapshots) { // one last snapshot so every committed event has a latency
        QEventLoop wait;
        QObject::connect(snapshots.get(), &SnapshotService::snapshotReady, &wait, &QEventLoop::quit);
        snapshots->request(SnapshotRequest{});
        QTimer::singleShot(30'000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    const QLocale c = QLocale::c();
    const std::int64_t events = ingestor.eventsCommitted();
    out() << QCoreApplication::translate("cli", "tail: %1 events in %2 s (%3 events/s)")
                 .arg(c.toString(events))
                 .arg(seconds, 0, 'f', 1)
                 .arg(c.toString(qRound64(static_cast<double>(events) / seconds)));
    if (ingestor.activeMs() > 0)
        out() << QCoreApplication::translate("cli", "; sustained %1 events/s over %2 s of ingestion")
                     .arg(c.toString(qRound64(static_cast<double>(events) * 1000.0 / static_cast<double>(ingestor.activeMs()))))
                     .arg(static_cast<double>(ingestor.activeMs()) / 1000.0, 0, 'f', 1);
    if (latency.events() > 0)
        out() << QCoreApplication::translate("cli", "; event-to-snapshot latency p50 %1 ms, p99 %2 ms")
                     .arg(latency.percentile(50))
                     .arg(latency.percentile(99));
    out() << '\n';
    for (const SourceStatus& s : ingestor.status())
        out() << QStringLiteral("  %1: %2 applied, %3 quarantined, %4 cut off\n")
                     .arg(s.name, c.toString(s.eventsApplied), c.toString(s.quarantined), c.toString(s.cutOff));
    out().flush();
    return loop;
}

} // namespace carepulse::cli
