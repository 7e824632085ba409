// LiveIngestor end to end on a SQLite store, and `carepulse-cli tail` as a process: the same KPIs as an
// import of the same events, across SIGKILLs at random moments and a clean stop on SIGTERM.
#include "LiveTest.h"
#include "LiveTestSupport.h"
#include "TestSupport.h"

#include "live/FileTailSource.h"
#include "live/LiveIngestor.h"
#include "store/Store.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QtTest>

#include <csignal>

using namespace carepulse;
using namespace carepulse::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList& args, const QString& workDir, int timeoutMs = 120'000)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(QStringLiteral(CAREPULSE_CLI), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray kpiJson(const QString& db, const QString& workDir)
{
    const Run r = runCli({QStringLiteral("kpi"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                          QStringLiteral("2026-11-15 00:00:00")},
                         workDir);
    if (r.exitCode != 0)
        qWarning("kpi failed: %s", r.err.constData());
    return r.out;
}

std::int64_t rows(const QString& db, const QString& table)
{
    auto store = openStore(db);
    for (const TableCount& t : store->tableCounts())
        if (t.table == table)
            return t.rows;
    return -1;
}

void append(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

void LiveTest::ingestorCommitsWithCheckpoints()
{
    const QString file = path(QStringLiteral("events.jsonl"));
    const QByteArray events = jsonLinesStream(300);
    QVERIFY(writeFile(file, events + "{\"case_no\": oops}\n"));
    const QString db = path(QStringLiteral("live.db"));
    std::int64_t handedOn = 0;
    {
        IngestOptions options;
        options.batchRecords = 100; // several commits
        LiveIngestor ingestor(db, options);
        ingestor.addSource(std::make_unique<FileTailSource>(file));
        QObject::connect(&ingestor, &LiveIngestor::applied, &ingestor,
                         [&](std::shared_ptr<const EventBatch> b) { handedOn += static_cast<std::int64_t>(b->size()); });
        QVERIFY(ingestor.start());
        QVERIFY(waitFor([&] { return ingestor.isIdle() && ingestor.eventsCommitted() == events.count('\n'); }));
        const std::vector<SourceStatus> status = ingestor.status();
        QCOMPARE(status.size(), std::size_t(1));
        QCOMPARE(status[0].eventsApplied, events.count('\n'));
        QCOMPARE(status[0].quarantined, 1);
        QVERIFY(status[0].newestEvent.has_value());
        ingestor.stop();
    }
    QCOMPARE(handedOn, events.count('\n'));
    auto store = openStore(db);
    const auto checkpoint = store->checkpoint(QStringLiteral("file:") + file);
    QVERIFY(checkpoint);
    QCOMPARE(checkpoint->offset, QFileInfo(file).size());
    std::int64_t quarantined = 0;
    store->forEachQuarantined([&](const Store::QuarantineEntry& q) {
        ++quarantined;
        QCOMPARE(q.source, QStringLiteral("file:") + file);
        QCOMPARE(q.record.line, events.count('\n') + 1);
    });
    QCOMPARE(quarantined, 1);
}

void LiveTest::tailCommandMatchesImport()
{
    const QByteArray events = jsonLinesStream(3000);
    QVERIFY(writeFile(path(QStringLiteral("events.jsonl")), events));
    const Run tail = runCli({QStringLiteral("tail"), QStringLiteral("--db"), QStringLiteral("tail.db"), QStringLiteral("--file"),
                             QStringLiteral("events.jsonl"), QStringLiteral("--stop-when-idle"), QStringLiteral("300"),
                             QStringLiteral("--quiet")},
                            m_dir->path());
    QVERIFY2(tail.exitCode == 0, tail.err.constData());
    QVERIFY2(tail.out.contains(QByteArray::number(events.count('\n'))), tail.out.constData());
    QVERIFY2(tail.out.contains("latency p50"), tail.out.constData());
    const Run import = runCli({QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("import.db"),
                               QStringLiteral("events.jsonl")},
                              m_dir->path());
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const QByteArray fromTail = kpiJson(QStringLiteral("tail.db"), m_dir->path());
    QVERIFY(fromTail.contains("\"total\""));
    QCOMPARE(fromTail, kpiJson(QStringLiteral("import.db"), m_dir->path()));
}

void LiveTest::tailSurvivesSigkill()
{
    const QByteArray events = jsonLinesStream(80000);
    const QString file = path(QStringLiteral("stream.jsonl"));
    // The stream grows in six parts, each cut mid-line, while the tail is killed and restarted.
    std::vector<qsizetype> parts;
    for (int p = 1; p < 6; ++p)
        parts.push_back(events.size() * p / 6 + 17 * p);
    parts.push_back(events.size());
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill moments seeded with %u", seed);
    QRandomGenerator random(seed);
    qsizetype written = 0;
    const QStringList args{QStringLiteral("tail"), QStringLiteral("--db"), QStringLiteral("crash.db"),
                           QStringLiteral("--file"), QStringLiteral("stream.jsonl"), QStringLiteral("--no-books"),
                           QStringLiteral("--batch"), QStringLiteral("1000"), QStringLiteral("--quiet")};
    for (int round = 0; round < 8; ++round) {
        if (round < 6) {
            append(file, events.mid(written, parts[round] - written));
            written = parts[round];
        }
        QProcess tail;
        tail.setWorkingDirectory(m_dir->path());
        tail.start(QStringLiteral(CAREPULSE_CLI), args);
        QVERIFY(tail.waitForStarted());
        QTest::qWait(static_cast<int>(random.bounded(20, 500)));
        ::kill(static_cast<pid_t>(tail.processId()), SIGKILL);
        QVERIFY(tail.waitForFinished());
        QCOMPARE(tail.exitStatus(), QProcess::CrashExit);
        if (QFileInfo::exists(path(QStringLiteral("crash.db")))) {
            const auto at = openStore(path(QStringLiteral("crash.db")))->checkpoint(QStringLiteral("file:") + file);
            qInfo("round %d: killed with %lld of %lld bytes committed", round, at ? static_cast<long long>(at->offset) : 0LL,
                  static_cast<long long>(written));
        }
    }
    const Run last = runCli(args + QStringList{QStringLiteral("--stop-when-idle"), QStringLiteral("300")}, m_dir->path());
    QVERIFY2(last.exitCode == 0, last.err.constData());

    const Run import = runCli({QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("whole.db"),
                               QStringLiteral("stream.jsonl")},
                              m_dir->path());
    QVERIFY2(import.exitCode == 0, import.err.constData());
    QCOMPARE(rows(path(QStringLiteral("crash.db")), QStringLiteral("case_event")),
             rows(path(QStringLiteral("whole.db")), QStringLiteral("case_event")));
    QCOMPARE(rows(path(QStringLiteral("crash.db")), QStringLiteral("survey")),
             rows(path(QStringLiteral("whole.db")), QStringLiteral("survey")));
    QCOMPARE(rows(path(QStringLiteral("crash.db")), QStringLiteral("quarantine")), 0);
    const QByteArray killed = kpiJson(QStringLiteral("crash.db"), m_dir->path());
    QVERIFY(killed.contains("\"total\""));
    QCOMPARE(killed, kpiJson(QStringLiteral("whole.db"), m_dir->path()));
    auto store = openStore(path(QStringLiteral("crash.db")));
    QCOMPARE(store->checkpoint(QStringLiteral("file:") + file)->offset, events.size());
}

void LiveTest::tailStopsCleanlyOnSigterm()
{
    const QByteArray events = jsonLinesStream(500);
    QVERIFY(writeFile(path(QStringLiteral("s.jsonl")), events));
    QProcess tail;
    tail.setWorkingDirectory(m_dir->path());
    tail.start(QStringLiteral(CAREPULSE_CLI), {QStringLiteral("tail"), QStringLiteral("--db"), QStringLiteral("t.db"),
                                               QStringLiteral("--file"), QStringLiteral("s.jsonl")});
    QVERIFY(tail.waitForStarted());
    // The status line appears once a second; wait until it shows everything applied.
    const QByteArray applied = "applied " + QByteArray::number(events.count('\n'));
    QByteArray status;
    QVERIFY(waitFor([&] { status += tail.readAllStandardError(); return status.contains(applied); }, 20'000));
    ::kill(static_cast<pid_t>(tail.processId()), SIGTERM);
    QVERIFY(tail.waitForFinished(20'000));
    QCOMPARE(tail.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tail.exitCode(), 0);
    QVERIFY(tail.readAllStandardOutput().contains("tail: "));
    auto store = openStore(path(QStringLiteral("t.db")));
    QCOMPARE(store->checkpoint(QStringLiteral("file:") + path(QStringLiteral("s.jsonl")))->offset, events.size());
}

void LiveTest::tailOverTcpMatchesImportOfTheSameStream()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    // The simulator with a fixed start is deterministic whatever its pace: once to TCP, once to a file.
    const QStringList stream{QStringLiteral("simulate"), QStringLiteral("stream"), QStringLiteral("--count"),
                             QStringLiteral("20000"), QStringLiteral("--speed"), QStringLiteral("200000"),
                             QStringLiteral("--start"), QStringLiteral("2026-11-01 00:00:00"), QStringLiteral("--seed"),
                             QStringLiteral("9"), QStringLiteral("--quiet")};
    QProcess tail;
    tail.setWorkingDirectory(m_dir->path());
    tail.start(QStringLiteral(CAREPULSE_CLI),
               {QStringLiteral("tail"), QStringLiteral("--db"), QStringLiteral("tcp.db"), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--quiet")});
    QVERIFY(tail.waitForStarted());
    const Run sent = runCli(stream + QStringList{QStringLiteral("--to"), QStringLiteral("tcp:127.0.0.1:%1").arg(port)},
                            m_dir->path());
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    const Run written = runCli(stream + QStringList{QStringLiteral("--to"), QStringLiteral("file:same.jsonl")}, m_dir->path());
    QVERIFY2(written.exitCode == 0, written.err.constData());
    const Run import = runCli({QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("file.db"),
                               QStringLiteral("same.jsonl")},
                              m_dir->path());
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const std::int64_t expected = rows(path(QStringLiteral("file.db")), QStringLiteral("case_event"));
    QVERIFY(expected > 5000);
    QVERIFY(waitFor([&] { return rows(path(QStringLiteral("tcp.db")), QStringLiteral("case_event")) == expected; }, 60'000));
    ::kill(static_cast<pid_t>(tail.processId()), SIGTERM);
    QVERIFY(tail.waitForFinished(30'000));
    QCOMPARE(tail.exitCode(), 0);
    QCOMPARE(rows(path(QStringLiteral("tcp.db")), QStringLiteral("survey")),
             rows(path(QStringLiteral("file.db")), QStringLiteral("survey")));
    const QByteArray overTcp = kpiJson(QStringLiteral("tcp.db"), m_dir->path());
    QVERIFY(overTcp.contains("\"total\""));
    QCOMPARE(overTcp, kpiJson(QStringLiteral("file.db"), m_dir->path()));
}
