#pragma once
// tcp:HOST:PORT: newline-delimited JSON over one TCP connection. When the server is not up yet or the
// connection drops, the sink reconnects with backoff (0.2 s doubling to 5 s) and the stream waits.
// Delivery is at least once: on reconnecting, the last bursts written to the old connection (what was
// still in the socket's buffer plus about kResendBytes more, at least the newest burst) are sent again,
// since they may not have reached the server; the receiver absorbs the duplicates.

#include "StreamSink.h"

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <deque>

namespace carepulse::simulate {

class TcpStreamSink final : public QObject, public StreamSink {
    Q_OBJECT

public:
    TcpStreamSink(const QString& host, quint16 port);
    ~TcpStreamSink() override;

    bool open() override;
    bool ready() const override;
    void add(StreamEventKind kind, std::string_view json) override;
    bool endBurst() override;
    bool drained() const override;
    bool close() override;
    QString state() const override;

    static constexpr qint64 kResendBytes = 1 << 20;
    static constexpr qint64 kHighWaterBytes = 4 << 20; // unsent bytes in the socket before the stream waits
    static constexpr int kFirstBackoffMs = 200;
    static constexpr int kMaxBackoffMs = 5000;

private:
    void connectNow();
    void onConnected();
    void onFailure();
    void sendUnsent();
    QString where() const;

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QTimer m_retry;
    int m_backoffMs = kFirstBackoffMs;
    bool m_connected = false;
    bool m_resendPending = false; // a connection dropped: m_retained goes out again on the next one
    bool m_closing = false;
    QByteArray m_burst;
    std::deque<QByteArray> m_unsent;   // bursts not yet written to any connection
    std::deque<QByteArray> m_retained; // bursts written to the current or last connection
    qint64 m_retainedBytes = 0;
    QString m_lastProblem;
    qint64 m_lastProblemAt = 0;
};

} // namespace carepulse::simulate
