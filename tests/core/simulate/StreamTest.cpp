// `carepulse-cli simulate stream`: the built binary streaming to a file (JSON Lines and arrays), a folder
// and a TCP server, read back through the project's own parsers. The stream must parse without a
// quarantined record, keep the Open-then-Closed-then-survey structure, repeat itself byte for byte for a
// seed and --start, use the keys `simulate history` writes for the same seed, replay the real seed cases,
// reconnect to a server that starts late, and keep its pace.

#include "CliRunner.h"
#include "SimulateTests.h"
#include "TestSupport.h"

#include "cli/CliCommands.h"
#include "parse/JsonArrayReader.h"
#include "parse/JsonLinesReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace carepulse;
using namespace carepulse::test;

namespace {

const QString kStart = QStringLiteral("2024-03-11 10:00:00"); // a Monday morning: a busy hour
// Small dimensions start fast; their keys come from the same generator as the history's.
const QStringList kSmallDimensions = {QStringLiteral("--employees"), QStringLiteral("300"), QStringLiteral("--products"),
                                      QStringLiteral("200")};

QStringList streamArgs(const QString& to, const QStringList& more)
{
    return QStringList{QStringLiteral("simulate"), QStringLiteral("stream"), QStringLiteral("--to"), to, QStringLiteral("--quiet")}
        + kSmallDimensions + more;
}

QString describe(const CliResult& r)
{
    return QStringLiteral("exit %1, finished %2\nstdout: %3\nstderr: %4").arg(r.exitCode).arg(r.finished).arg(r.out, r.err);
}

RecordBatch readJsonLines(const QString& path)
{
    FileByteSource source(path);
    JsonLinesReader reader(source);
    return readAll(reader);
}

RecordBatch readJsonArrays(const QString& path)
{
    FileByteSource source(path);
    JsonArrayReader reader(source);
    return readAll(reader);
}

void append(RecordBatch& all, const RecordBatch& more)
{
    all.cases.insert(all.cases.end(), more.cases.begin(), more.cases.end());
    all.surveys.insert(all.surveys.end(), more.surveys.begin(), more.surveys.end());
    all.quarantined.insert(all.quarantined.end(), more.quarantined.begin(), more.quarantined.end());
    all.recordsRead += more.recordsRead;
}

// What a stream's events add up to, and the first few ways they break its structure.
struct StreamShape {
    int opens = 0;
    int closes = 0;
    int pairs = 0; // closed cases whose Open came earlier in the stream
    int surveys = 0;
    QStringList problems;
    void problem(const QString& text)
    {
        if (problems.size() < 5)
            problems << text;
    }
};

// `timeOrdered`: events come in time order (--speed: the timeline's order).
StreamShape shapeOf(const RecordBatch& batch, bool timeOrdered)
{
    StreamShape shape;
    QHash<QString, const CaseEvent*> opened;
    QHash<QString, const CaseEvent*> closed;
    Timestamp last = 0;
    for (const CaseEvent& e : batch.cases) {
        const QString no = qs(e.caseNo);
        if (timeOrdered && e.modified < last)
            shape.problem(QStringLiteral("case %1 at %2 comes after a later event").arg(no, qs(formatTimestamp(e.modified))));
        last = std::max(last, e.modified);
        if (e.status == "Open") {
            ++shape.opens;
            if (opened.contains(no) || closed.contains(no))
                shape.problem(QStringLiteral("case %1 opened twice or after closing").arg(no));
            if (e.created != e.modified)
                shape.problem(QStringLiteral("case %1 opened with create != last_modified").arg(no));
            opened.insert(no, &e);
        } else if (e.status == "Closed") {
            ++shape.closes;
            if (closed.contains(no))
                shape.problem(QStringLiteral("case %1 closed twice").arg(no));
            if (e.modified <= e.created)
                shape.problem(QStringLiteral("case %1 closed no later than created").arg(no));
            if (const CaseEvent* open = opened.value(no)) {
                ++shape.pairs;
                if (open->created != e.created)
                    shape.problem(QStringLiteral("case %1 closed with another create_timestamp").arg(no));
                if (e.modified <= open->modified)
                    shape.problem(QStringLiteral("case %1 closed no later than its Open event").arg(no));
            }
            closed.insert(no, &e);
        } else {
            shape.problem(QStringLiteral("case %1 has status %2").arg(no, qs(e.status)));
        }
    }
    last = 0;
    for (const SurveyEvent& s : batch.surveys) {
        ++shape.surveys;
        const QString no = qs(s.caseNo);
        if (timeOrdered && s.at < last)
            shape.problem(QStringLiteral("survey %1 comes after a later survey").arg(qs(s.surveyId)));
        last = std::max(last, s.at);
        const CaseEvent* close = closed.value(no);
        if (!close)
            shape.problem(QStringLiteral("survey %1 for case %2, which was not closed").arg(qs(s.surveyId), no));
        else if (s.at <= close->modified)
            shape.problem(QStringLiteral("survey %1 not after its case closed").arg(qs(s.surveyId)));
        for (int q = 0; q < kSurveyQuestionCount; ++q) {
            const int a = s.answers[static_cast<std::size_t>(q)];
            const bool ok = a == 0 || (q == kOptionsQuestionIndex ? (a == 'Y' || a == 'N') : (a >= 1 && a <= 10));
            if (!ok)
                shape.problem(QStringLiteral("survey %1 answers Q%2 with %3").arg(qs(s.surveyId)).arg(q + 1).arg(a));
        }
    }
    return shape;
}

// One column of a generated TSV dimension file.
QSet<QByteArray> column(const QString& path, int index)
{
    QSet<QByteArray> values;
    const QList<QByteArray> lines = readFile(path).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].isEmpty())
            values.insert(lines[i].split('\t').value(index));
    }
    return values;
}

// Runs the CLI without blocking the event loop (a TCP server in the test must keep accepting).
class AsyncCli {
public:
    explicit AsyncCli(const QString& workDir)
    {
        m_process.setWorkingDirectory(workDir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAREPULSE_DB"), workDir + QStringLiteral("/default.db"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), workDir + QStringLiteral("/xdg-data"));
        m_process.setProcessEnvironment(env);
    }
    ~AsyncCli()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    void start(const QStringList& args) { m_process.start(QStringLiteral(CAREPULSE_CLI), args); }
    QProcess& process() { return m_process; }
    QString output() { return QString::fromUtf8(m_process.readAllStandardError() + m_process.readAllStandardOutput()); }

private:
    QProcess m_process;
};

// Accepts any number of connections and keeps every byte received.
class Receiver {
public:
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    Receiver()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { m_bytes += socket->readAll(); });
            }
        });
    }
    qsizetype lines() const { return m_bytes.count('\n'); }
    const QByteArray& bytes() const { return m_bytes; }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    QByteArray m_bytes;
    int m_connections = 0;
};

} // namespace

class TestSimulateStream : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonLinesFile();
    void sameSeedAndStartSameBytes();
    void longerStreamKeepsItsShape();
    void keysResolveAgainstTheHistory();
    void arrayFormat();
    void dirSink();
    void tcpSink();
    void tcpServerStartingLate();
    void seedCasesReplayed();
    void ratePacing();
    void terminateFlushesAndExitsZero();
    void usageErrors();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    CliResult cli(const QStringList& args) const { return CliRunner(m_dir.path()).run(args, 120000); }

    QTemporaryDir m_dir;
};

void TestSimulateStream::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CliResult r = cli(streamArgs(QStringLiteral("file:") + path(QStringLiteral("first.jsonl")),
                                       {QStringLiteral("--count"), QStringLiteral("2000"), QStringLiteral("--speed"), QStringLiteral("3600"),
                                        QStringLiteral("--start"), kStart, QStringLiteral("--seed"), QStringLiteral("7")}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
}

void TestSimulateStream::jsonLinesFile()
{
    const RecordBatch batch = readJsonLines(path(QStringLiteral("first.jsonl")));
    QVERIFY2(batch.quarantined.empty(), batch.quarantined.empty() ? "" : batch.quarantined.front().raw.c_str());
    QCOMPARE(batch.recordsRead, 2000);
    QCOMPARE(static_cast<qint64>(batch.cases.size() + batch.surveys.size()), 2000);
    QCOMPARE(readFile(path(QStringLiteral("first.jsonl"))).count('\n'), 2000);

    const StreamShape shape = shapeOf(batch, true);
    QVERIFY2(shape.problems.isEmpty(), qPrintable(shape.problems.join(QLatin1Char('\n'))));
    QVERIFY(shape.opens > 1000);
    QVERIFY(shape.closes > 0); // cases open before the stream began close from its first minute
    // Fresh timestamps start at --start.
    const Timestamp start = *parseTimestamp("2024-03-11 10:00:00");
    QCOMPARE(batch.cases.front().modified, start);
    for (const CaseEvent& e : batch.cases)
        QVERIFY(e.modified >= start && e.modified < start + 3 * 3600);
}

void TestSimulateStream::sameSeedAndStartSameBytes()
{
    const QStringList same = {QStringLiteral("--count"), QStringLiteral("2000"), QStringLiteral("--start"), kStart,
                              QStringLiteral("--seed"), QStringLiteral("7")};
    // Another speed and burst interval cut the timeline elsewhere: the bytes stay the same.
    CliResult r = cli(streamArgs(QStringLiteral("file:") + path(QStringLiteral("again.jsonl")),
                                 same + QStringList{QStringLiteral("--speed"), QStringLiteral("3600")}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    r = cli(streamArgs(QStringLiteral("file:") + path(QStringLiteral("faster.jsonl")),
                       same + QStringList{QStringLiteral("--speed"), QStringLiteral("100000"), QStringLiteral("--interval"), QStringLiteral("3")}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    r = cli(streamArgs(QStringLiteral("file:") + path(QStringLiteral("other-seed.jsonl")),
                       {QStringLiteral("--count"), QStringLiteral("2000"), QStringLiteral("--start"), kStart, QStringLiteral("--seed"),
                        QStringLiteral("8"), QStringLiteral("--speed"), QStringLiteral("3600")}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));

    const QByteArray first = readFile(path(QStringLiteral("first.jsonl")));
    QCOMPARE(readFile(path(QStringLiteral("again.jsonl"))), first);
    QCOMPARE(readFile(path(QStringLiteral("faster.jsonl"))), first);
    QVERIFY(readFile(path(QStringLiteral("other-seed.jsonl"))) != first);
}

void TestSimulateStream::longerStreamKeepsItsShape()
{
    // Most of a day: cases opened in the stream close in it and get their surveys.
    const QString file = path(QStringLiteral("day.jsonl"));
    const CliResult r = cli(streamArgs(QStringLiteral("file:") + file,
                                       {QStringLiteral("--count"), QStringLiteral("40000"), QStringLiteral("--speed"), QStringLiteral("1000000"),
                                        QStringLiteral("--start"), kStart, QStringLiteral("--seed"), QStringLiteral("3")}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    const RecordBatch batch = readJsonLines(file);
    QVERIFY(batch.quarantined.empty());
    QCOMPARE(batch.recordsRead, 40000);
    const StreamShape shape = shapeOf(batch, true);
    QVERIFY2(shape.problems.isEmpty(), qPrintable(shape.problems.join(QLatin1Char('\n'))));
    QVERIFY2(shape.pairs > 3000 && shape.surveys > 3000 && shape.closes > shape.pairs,
             qPrintable(QStringLiteral("opens %1, closes %2, pairs %3, surveys %4").arg(shape.opens).arg(shape.closes).arg(shape.pairs).arg(shape.surveys)));
    // About 80% of the closed cases whose survey time has come get one.
    QVERIFY(shape.surveys < shape.closes);
}

void TestSimulateStream::keysResolveAgainstTheHistory()
{
    const QString history = path(QStringLiteral("history"));
    const QStringList args = QStringList{QStringLiteral("history"), QStringLiteral("--out"), history, QStringLiteral("--seed"),
                                         QStringLiteral("3"), QStringLiteral("--cases"), QStringLiteral("10")}
        + kSmallDimensions;
    QCOMPARE(cli::runSimulate(args), int(cli::ExitOk));
    const QSet<QByteArray> employees = column(history + QStringLiteral("/futurecart_employee_details.txt"), 0);
    const QSet<QByteArray> products = column(history + QStringLiteral("/futurecart_product_details.txt"), 0);
    const QSet<QByteArray> centres = column(history + QStringLiteral("/futurecart_call_center_details.txt"), 0);
    QSet<QByteArray> pairs;
    for (const QByteArray& line : readFile(history + QStringLiteral("/futurecart_case_category_details.txt")).split('\n').mid(1)) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() > 1)
            pairs.insert(f[0] + '/' + f[1]);
    }
    QCOMPARE(employees.size(), 300);

    const RecordBatch batch = readJsonLines(path(QStringLiteral("day.jsonl"))); // --seed 3, the same sizes
    QVERIFY(batch.cases.size() > 30000);
    qsizetype unknownEmployees = 0;
    qsizetype unknownProducts = 0;
    qsizetype unknownCentres = 0;
    qsizetype unknownPairs = 0;
    for (const CaseEvent& e : batch.cases) {
        unknownEmployees += employees.contains(QByteArray::fromStdString(e.employeeKey)) ? 0 : 1;
        unknownProducts += products.contains(QByteArray::fromStdString(e.productCode)) ? 0 : 1;
        unknownCentres += centres.contains(QByteArray::fromStdString(e.callCenterId)) ? 0 : 1;
        unknownPairs += pairs.contains(QByteArray::fromStdString(e.category + '/' + e.subCategory)) ? 0 : 1;
    }
    // Like the history, about one case in 700 per dimension carries a key its dimension lacks on purpose.
    const auto few = static_cast<qsizetype>(batch.cases.size() / 200);
    QVERIFY2(unknownEmployees > 0 && unknownEmployees < few, qPrintable(QString::number(unknownEmployees)));
    QVERIFY2(unknownProducts < few, qPrintable(QString::number(unknownProducts)));
    QVERIFY2(unknownCentres > 0 && unknownCentres < few, qPrintable(QString::number(unknownCentres)));
    QVERIFY2(unknownPairs < few, qPrintable(QString::number(unknownPairs)));
}

void TestSimulateStream::arrayFormat()
{
    const QString file = path(QStringLiteral("arrays.json"));
    const CliResult r = cli(streamArgs(QStringLiteral("file:") + file,
                                       {QStringLiteral("--format"), QStringLiteral("array"), QStringLiteral("--count"), QStringLiteral("3000"),
                                        QStringLiteral("--rate"), QStringLiteral("6000")}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    const QByteArray bytes = readFile(file);
    QVERIFY(bytes.startsWith('[') && bytes.endsWith("]\n"));
    QVERIFY2(bytes.count('\n') > 5, "one array per burst"); // about half a second of 15 ms bursts
    const RecordBatch batch = readJsonArrays(file);
    QVERIFY(batch.quarantined.empty());
    QCOMPARE(batch.recordsRead, 3000);
    const StreamShape shape = shapeOf(batch, false);
    QVERIFY2(shape.problems.isEmpty(), qPrintable(shape.problems.join(QLatin1Char('\n'))));

    // Appending: a second run adds its arrays after the first's.
    const CliResult more = cli(streamArgs(QStringLiteral("file:") + file,
                                          {QStringLiteral("--format"), QStringLiteral("array"), QStringLiteral("--count"), QStringLiteral("100"),
                                           QStringLiteral("--rate"), QStringLiteral("6000")}));
    QVERIFY2(more.finished && more.exitCode == 0, qPrintable(describe(more)));
    QCOMPARE(readJsonArrays(file).recordsRead, 3100);
    QVERIFY(readJsonArrays(file).quarantined.empty());
}

void TestSimulateStream::dirSink()
{
    const QString dir = path(QStringLiteral("batches"));
    const CliResult r = cli(streamArgs(QStringLiteral("dir:") + dir,
                                       {QStringLiteral("--count"), QStringLiteral("20000"), QStringLiteral("--speed"), QStringLiteral("36000"),
                                        QStringLiteral("--start"), kStart}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));

    const QStringList all = QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QVERIFY(!all.isEmpty());
    static const QRegularExpression name(QStringLiteral(R"(^(case|survey)_data_(\d{10})(?:_(\d{4}))?\.json$)"));
    QStringList caseFiles;
    QStringList surveyFiles;
    for (const QString& file : all) {
        const QRegularExpressionMatch m = name.match(file);
        QVERIFY2(m.hasMatch(), qPrintable(file)); // no hidden temporary file is left behind
        (m.captured(1) == QLatin1String("case") ? caseFiles : surveyFiles) << file;
    }
    QVERIFY(caseFiles.size() > 5);
    QVERIFY(!surveyFiles.isEmpty());

    // Sorted by name is sorted by time: the Open events' case numbers only grow from file to file.
    RecordBatch batch;
    qulonglong lastOpen = 0;
    for (const QString& file : std::as_const(caseFiles)) {
        const RecordBatch one = readJsonArrays(QDir(dir).filePath(file));
        QVERIFY2(one.quarantined.empty(), qPrintable(file));
        QVERIFY(one.surveys.empty());
        for (const CaseEvent& e : one.cases) {
            if (e.status != "Open")
                continue;
            const qulonglong no = QByteArray::fromStdString(e.caseNo).toULongLong();
            QVERIFY2(no > lastOpen, qPrintable(file));
            lastOpen = no;
        }
        append(batch, one);
    }
    for (const QString& file : std::as_const(surveyFiles)) {
        const RecordBatch one = readJsonArrays(QDir(dir).filePath(file));
        QVERIFY2(one.quarantined.empty() && one.cases.empty(), qPrintable(file));
        append(batch, one);
    }
    QCOMPARE(batch.recordsRead, 20000);
    const StreamShape shape = shapeOf(batch, true);
    QVERIFY2(shape.problems.isEmpty(), qPrintable(shape.problems.join(QLatin1Char('\n'))));
}

void TestSimulateStream::tcpSink()
{
    Receiver receiver;
    QVERIFY(receiver.listen());
    AsyncCli cli(m_dir.path());
    cli.start(streamArgs(QStringLiteral("tcp:127.0.0.1:%1").arg(receiver.port()),
                         {QStringLiteral("--count"), QStringLiteral("3000"), QStringLiteral("--rate"), QStringLiteral("6000")}));
    QTRY_VERIFY_WITH_TIMEOUT(cli.process().state() == QProcess::NotRunning, 60000);
    QVERIFY2(cli.process().exitStatus() == QProcess::NormalExit && cli.process().exitCode() == 0, qPrintable(cli.output()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.lines(), 3000, 10000);
    QCOMPARE(receiver.connections(), 1);

    MemoryByteSource source(view(receiver.bytes()));
    JsonLinesReader reader(source);
    const RecordBatch batch = readAll(reader);
    QVERIFY(batch.quarantined.empty());
    QCOMPARE(batch.recordsRead, 3000);
    const StreamShape shape = shapeOf(batch, false);
    QVERIFY2(shape.problems.isEmpty(), qPrintable(shape.problems.join(QLatin1Char('\n'))));
}

void TestSimulateStream::tcpServerStartingLate()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that is free now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    AsyncCli cli(m_dir.path());
    cli.start(QStringList{QStringLiteral("simulate"), QStringLiteral("stream"), QStringLiteral("--to"), QStringLiteral("tcp:127.0.0.1:%1").arg(port),
                          QStringLiteral("--count"), QStringLiteral("2000"), QStringLiteral("--rate"), QStringLiteral("4000")}
              + kSmallDimensions);
    QTest::qWait(1000); // refused a few times meanwhile
    Receiver receiver;
    QVERIFY(receiver.listen(port));
    QTRY_VERIFY_WITH_TIMEOUT(cli.process().state() == QProcess::NotRunning, 60000);
    const QString output = cli.output();
    QVERIFY2(cli.process().exitStatus() == QProcess::NormalExit && cli.process().exitCode() == 0, qPrintable(output));
    QTRY_VERIFY_WITH_TIMEOUT(receiver.lines() >= 2000, 10000);
    // Everything arrived (at least once: a reconnect may repeat what was in flight).
    QSet<QByteArray> distinct;
    for (const QByteArray& line : receiver.bytes().split('\n')) {
        if (!line.isEmpty())
            distinct.insert(line);
    }
    QCOMPARE(distinct.size(), 2000);
    QVERIFY2(output.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(output)); // the refusals name the server
}

void TestSimulateStream::seedCasesReplayed()
{
    const QString seedFile = sharedDataPath(QStringLiteral("000000_0"));
    if (!QFile::exists(seedFile))
        QSKIP("the real course data is not available");
    const QString file = path(QStringLiteral("seeded.jsonl"));
    const CliResult r = cli(streamArgs(QStringLiteral("file:") + file,
                                       {QStringLiteral("--seed-cases"), seedFile, QStringLiteral("--count"), QStringLiteral("3000"),
                                        QStringLiteral("--speed"), QStringLiteral("86400"), QStringLiteral("--start"), kStart}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    const RecordBatch batch = readJsonLines(file);
    QVERIFY(batch.quarantined.empty());
    QCOMPARE(batch.recordsRead, 3000);
    const StreamShape shape = shapeOf(batch, true);
    QVERIFY2(shape.problems.isEmpty(), qPrintable(shape.problems.join(QLatin1Char('\n'))));

    QHash<QString, const CaseEvent*> opened;
    for (const CaseEvent& e : batch.cases) {
        if (e.status == "Open")
            opened.insert(qs(e.caseNo), &e);
    }
    int rows = 0;
    for (const QByteArray& line : readFile(seedFile).split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(',');
        if (f.size() != 9)
            continue;
        ++rows;
        const CaseEvent* e = opened.value(QString::fromUtf8(f[0]));
        QVERIFY2(e, f[0].constData());
        QCOMPARE(QByteArray::fromStdString(e->employeeKey), f[1]);
        QCOMPARE(QByteArray::fromStdString(e->callCenterId), f[2]);
        QCOMPARE(QByteArray::fromStdString(e->category), f[4]);
        QCOMPARE(QByteArray::fromStdString(e->subCategory), f[5]);
        QCOMPARE(QByteArray::fromStdString(e->channel), f[6]);
        QCOMPARE(QByteArray::fromStdString(e->countryCode), f[7]);
        QCOMPARE(QByteArray::fromStdString(e->productCode), f[8]);
        QCOMPARE(e->created, e->modified);
    }
    QCOMPARE(rows, 1000);
}

void TestSimulateStream::ratePacing()
{
    // A loose window: timing goals belong in bench/, a busy machine must not fail the suite.
    QElapsedTimer timer;
    timer.start();
    const CliResult r = cli(streamArgs(QStringLiteral("file:") + path(QStringLiteral("paced.jsonl")),
                                       {QStringLiteral("--rate"), QStringLiteral("2000"), QStringLiteral("--count"), QStringLiteral("4000")}));
    const qint64 ms = timer.elapsed();
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(readFile(path(QStringLiteral("paced.jsonl"))).count('\n'), 4000);
    QVERIFY2(ms >= 1200 && ms <= 6000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
}

void TestSimulateStream::terminateFlushesAndExitsZero()
{
    const QString file = path(QStringLiteral("terminated.jsonl"));
    AsyncCli cli(m_dir.path());
    cli.start(streamArgs(QStringLiteral("file:") + file, {QStringLiteral("--rate"), QStringLiteral("1000")}));
    QVERIFY(cli.process().waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > 0, 20000);
    QTest::qWait(300);
    cli.process().terminate(); // SIGTERM
    QTRY_VERIFY_WITH_TIMEOUT(cli.process().state() == QProcess::NotRunning, 20000);
    QCOMPARE(cli.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.process().exitCode(), 0);
    const QByteArray bytes = readFile(file);
    QVERIFY(bytes.endsWith('\n'));
    const RecordBatch batch = readJsonLines(file);
    QVERIFY(batch.quarantined.empty());
    QCOMPARE(batch.recordsRead, bytes.count('\n'));
}

void TestSimulateStream::usageErrors()
{
    const QString file = path(QStringLiteral("never.jsonl"));
    const QString to = QStringLiteral("file:") + file;
    auto run = [](const QStringList& args) { return cli::runSimulate(QStringList{QStringLiteral("stream")} + args); };
    QCOMPARE(run({}), int(cli::ExitUsage));
    QCOMPARE(run({QStringLiteral("--to"), QStringLiteral("ftp:x")}), int(cli::ExitUsage));
    QCOMPARE(run({QStringLiteral("--to"), QStringLiteral("tcp:localhost")}), int(cli::ExitUsage));
    QCOMPARE(run({QStringLiteral("--to"), QStringLiteral("tcp:localhost:70000")}), int(cli::ExitUsage));
    QCOMPARE(run({QStringLiteral("--to"), QStringLiteral("file:")}), int(cli::ExitUsage));
    QCOMPARE(run({QStringLiteral("--to"), to, QStringLiteral("--rate"), QStringLiteral("10"), QStringLiteral("--speed"), QStringLiteral("2")}),
             int(cli::ExitUsage));
    QCOMPARE(run({QStringLiteral("--to"), to, QStringLiteral("--rate"), QStringLiteral("0")}), int(cli::ExitUsage));
    QCOMPARE(run({QStringLiteral("--to"), to, QStringLiteral("--format"), QStringLiteral("csv")}), int(cli::ExitUsage));
    QCOMPARE(run({QStringLiteral("--to"), QStringLiteral("tcp:localhost:9"), QStringLiteral("--format"), QStringLiteral("array")}),
             int(cli::ExitUsage));
    QCOMPARE(run({QStringLiteral("--to"), to, QStringLiteral("--count"), QStringLiteral("0")}), int(cli::ExitUsage));
    QCOMPARE(run({QStringLiteral("--to"), to, QStringLiteral("--cases-per-day"), QStringLiteral("100")}), int(cli::ExitUsage));
    QCOMPARE(run({QStringLiteral("--to"), to, QStringLiteral("--start"), QStringLiteral("noon")}), int(cli::ExitUsage));
    QCOMPARE(run({QStringLiteral("--to"), to, QStringLiteral("extra")}), int(cli::ExitUsage));
    // Not a seed file: a bad input, named.
    QCOMPARE(run({QStringLiteral("--to"), to, QStringLiteral("--seed-cases"), fixturePath(QStringLiteral("does-not-exist"))}),
             int(cli::ExitBadInput));
    QVERIFY(!QFile::exists(file));
}

int runStreamTests(int argc, char** argv)
{
    TestSimulateStream test;
    return QTest::qExec(&test, argc, argv);
}

#include "StreamTest.moc"
