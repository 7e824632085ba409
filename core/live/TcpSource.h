#pragma once
// Listens for newline-delimited JSON from any number of clients (up to a limit). Each connection has its
// own splitter; what they send is bounded: a line over the record limit, binary data or a client that
// drips a line slower than the idle limit is cut off, counted and reported, and Qt's read buffer per
// connection is capped so a fast client is slowed by TCP flow control rather than growing memory.
// TCP is at-least-once: a client that reconnects resends, and the store absorbs the duplicates.

#include "LiveSource.h"
#include "RecordSplitter.h"

#include <QHostAddress>
#include <QTimer>

#include <map>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace carepulse {

struct TcpLimits {
    int maxConnections = 64;
    std::size_t maxLine = kMaxRecordBytes;
    qint64 readBufferBytes = 256 * 1024;
    int idleLineMs = 30'000;          // a started line must complete within this
    std::size_t maxBufferedRecords = 200'000; // read, not yet taken by the ingestor: stop reading beyond
};

class TcpSource final : public LiveSource {
    Q_OBJECT

public:
    TcpSource(const QHostAddress& address, quint16 port, const TcpLimits& limits = {}, QObject* parent = nullptr);
    ~TcpSource() override;

    QString name() const override;
    void start(const std::optional<SourceCheckpoint>& resume) override;
    void stop() override;
    bool read(RecordBatch& batch, std::size_t maxRecords) override;
    std::optional<SourceCheckpoint> checkpoint() const override { return std::nullopt; }
    SourceState state() const override;
    QString message() const override { return m_message; }
    int connections() const override { return static_cast<int>(m_peers.size()); }
    std::int64_t cutOff() const override { return m_cutOff; }
    void setPaused(bool paused) override;

    // The port actually listened on (when 0 was asked for), 0 before start or on failure.
    quint16 serverPort() const;

private:
    struct Peer {
        QTcpSocket* socket = nullptr;
        std::unique_ptr<RecordSplitter> splitter;
        qint64 lineStartedMs = 0; // when the held-back partial line began, 0 when none
        QString label;            // "127.0.0.1:53422"
    };

    void accept();
    void readPeer(QTcpSocket* socket);
    void dropPeer(QTcpSocket* socket);
    void cutOffPeer(Peer& peer, const QString& why);
    void checkSlowPeers();

    QHostAddress m_address;
    quint16 m_port;
    TcpLimits m_limits;
    QTcpServer* m_server = nullptr;
    std::map<QTcpSocket*, Peer> m_peers;
    RecordBatch m_received; // complete records not yet taken by read()
    QTimer m_slowTimer;
    QString m_message;
    bool m_failed = false;
    std::int64_t m_cutOff = 0;
    std::string m_chunk;
};

} // namespace carepulse
