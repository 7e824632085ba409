// TcpSource: several clients, a client that leaves mid-line, and hostile ones (a huge line, binary data,
// a slow drip, too many connections) cut off without memory growing.
#include "LiveTest.h"
#include "LiveTestSupport.h"
#include "TestSupport.h"

#include "live/TcpSource.h"

#include <QTcpSocket>
#include <QtTest>

using namespace carepulse;
using namespace carepulse::test;

namespace {

std::unique_ptr<TcpSource> listening(const TcpLimits& limits = {})
{
    auto source = std::make_unique<TcpSource>(QHostAddress::LocalHost, 0, limits);
    source->start(std::nullopt);
    return source;
}

std::unique_ptr<QTcpSocket> connectTo(const TcpSource& source)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, source.serverPort());
    return socket;
}

bool waitConnected(QTcpSocket& socket)
{
    return waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
}

} // namespace

void LiveTest::tcpSeveralClients()
{
    auto source = listening();
    QVERIFY(source->serverPort() != 0);
    QVERIFY(source->name().startsWith(QStringLiteral("tcp:127.0.0.1:")));
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int c = 0; c < 4; ++c) {
        clients.push_back(connectTo(*source));
        QVERIFY(waitConnected(*clients.back()));
    }
    QVERIFY(waitFor([&] { return source->connections() == 4; }));
    // Interleave the clients' writes, each cut mid-line.
    std::vector<QByteArray> streams;
    for (int c = 0; c < 4; ++c)
        streams.push_back(jsonLinesStream(200, 10000 * (c + 1)));
    for (qsizetype at = 0; at < streams[0].size() + 1000; at += 777)
        for (int c = 0; c < 4; ++c)
            if (at < streams[c].size())
                clients[c]->write(streams[c].mid(at, 777));
    RecordBatch batch;
    std::int64_t expected = 0;
    for (const QByteArray& s : streams)
        expected += s.count('\n');
    QVERIFY(waitFor([&] { source->read(batch, 100000); return batch.recordsRead == expected; }));
    QCOMPARE(batch.quarantined.size(), std::size_t(0));
    QCOMPARE(source->state(), SourceState::Following);
    QCOMPARE(source->cutOff(), 0);
}

void LiveTest::tcpClientDisconnectsMidLine()
{
    auto source = listening();
    auto client = connectTo(*source);
    QVERIFY(waitConnected(*client));
    const QByteArray good = caseJson(5, "2026-11-01 10:00:00", "2026-11-01 10:00:00", "Open") + '\n';
    client->write(good + good.left(30));
    client->flush();
    RecordBatch batch;
    QVERIFY(waitFor([&] { source->read(batch, 1000); return batch.cases.size() == 1; }));
    client->disconnectFromHost();
    QVERIFY(waitFor([&] { return source->connections() == 0; }));
    source->read(batch, 1000);
    QCOMPARE(batch.cases.size(), std::size_t(1)); // the half line is never applied...
    QCOMPARE(batch.quarantined.size(), std::size_t(1)); // ...but kept, as malformed JSON
    QCOMPARE(batch.quarantined[0].reason, QuarantineReason::MalformedJson);
    QCOMPARE(source->cutOff(), 0);
}

void LiveTest::tcpHugeLineIsCutOff()
{
    TcpLimits limits;
    limits.maxLine = 64 * 1024;
    auto source = listening(limits);
    auto hostile = connectTo(*source);
    auto polite = connectTo(*source);
    QVERIFY(waitConnected(*hostile));
    QVERIFY(waitConnected(*polite));
    const QByteArray chunk(32 * 1024, 'a');
    hostile->write("{\"case_no\":\"");
    for (int i = 0; i < 8; ++i)
        hostile->write(chunk); // 256 KiB and no newline
    polite->write(caseJson(1, "2026-11-01 10:00:00", "2026-11-01 10:00:00", "Open") + '\n');
    RecordBatch batch;
    QVERIFY(waitFor([&] { source->read(batch, 1000); return source->cutOff() == 1 && batch.cases.size() == 1; }));
    QVERIFY(waitFor([&] { return hostile->state() == QAbstractSocket::UnconnectedState; }));
    QCOMPARE(source->connections(), 1);
    QCOMPARE(batch.quarantined.size(), std::size_t(1));
    QCOMPARE(batch.quarantined[0].reason, QuarantineReason::RecordTooLong);
    QVERIFY(batch.quarantined[0].raw.size() <= kMaxQuarantinedRawBytes);
    QVERIFY(source->message().contains(QStringLiteral("cut off")));
}

void LiveTest::tcpBinaryGarbageIsCutOff()
{
    auto source = listening();
    auto client = connectTo(*source);
    QVERIFY(waitConnected(*client));
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(static_cast<char>((i * 131) % 256));
    client->write(garbage + '\n');
    RecordBatch batch;
    QVERIFY(waitFor([&] { source->read(batch, 1000); return source->cutOff() == 1; }));
    QVERIFY(waitFor([&] { return client->state() == QAbstractSocket::UnconnectedState; }));
    QVERIFY(!batch.quarantined.empty());
    QVERIFY(source->message().contains(QStringLiteral("binary")));
}

void LiveTest::tcpSlowDripIsCutOff()
{
    TcpLimits limits;
    limits.idleLineMs = 300;
    auto source = listening(limits);
    auto client = connectTo(*source);
    QVERIFY(waitConnected(*client));
    client->write("{\"case_no\":");
    client->flush();
    // Keeps dripping a byte now and then, never finishing the line.
    QTimer drip;
    QObject::connect(&drip, &QTimer::timeout, client.get(), [&] { client->write(" "); });
    drip.start(100);
    QVERIFY(waitFor([&] { return source->cutOff() == 1; }, 5000));
    QVERIFY(source->message().contains(QStringLiteral("unfinished")));
    QCOMPARE(source->connections(), 0);
}

void LiveTest::tcpTooManyClients()
{
    TcpLimits limits;
    limits.maxConnections = 2;
    auto source = listening(limits);
    auto a = connectTo(*source);
    auto b = connectTo(*source);
    QVERIFY(waitConnected(*a) && waitConnected(*b));
    QVERIFY(waitFor([&] { return source->connections() == 2; }));
    auto c = connectTo(*source);
    QVERIFY(waitFor([&] { return source->cutOff() == 1; }));
    QVERIFY(waitFor([&] { return c->state() == QAbstractSocket::UnconnectedState; }));
    QCOMPARE(source->connections(), 2);
}
