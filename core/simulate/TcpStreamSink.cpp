#include "TcpStreamSink.h"

#include <QCoreApplication>
#include <QDateTime>

namespace carepulse::simulate {

namespace {

// The same failure again is reported at most this often (the stream retries every 5 s for as long as the
// server is down).
constexpr qint64 kRepeatNoticeMs = 30'000;

} // namespace

TcpStreamSink::TcpStreamSink(const QString& host, quint16 port)
    : m_host(host)
    , m_port(port)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TcpStreamSink::connectNow);
    connect(&m_socket, &QTcpSocket::connected, this, &TcpStreamSink::onConnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &TcpStreamSink::onFailure);
    connect(&m_socket, &QTcpSocket::disconnected, this, &TcpStreamSink::onFailure);
    // The server has nothing to say; whatever it sends is dropped rather than buffered.
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] { m_socket.skip(m_socket.bytesAvailable()); });
}

TcpStreamSink::~TcpStreamSink()
{
    m_closing = true;
    m_socket.abort();
}

QString TcpStreamSink::where() const
{
    return m_host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(m_host).arg(m_port)
                                             : QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

bool TcpStreamSink::open()
{
    connectNow();
    return true;
}

void TcpStreamSink::connectNow()
{
    if (m_closing || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    m_socket.connectToHost(m_host, m_port);
}

void TcpStreamSink::onConnected()
{
    m_backoffMs = kFirstBackoffMs;
    m_connected = true;
    m_lastProblem.clear();
    notice(QCoreApplication::translate("simulate", "connected to %1").arg(where()), false);
    // What the previous connection may have lost, first.
    if (m_resendPending) {
        for (const QByteArray& burst : m_retained)
            m_socket.write(burst);
        m_resendPending = false;
    }
    sendUnsent();
}

void TcpStreamSink::onFailure()
{
    if (m_closing || m_retry.isActive())
        return;
    const bool lost = m_connected;
    m_connected = false;
    m_resendPending = m_resendPending || (lost && !m_retained.empty());
    const QString reason = m_socket.errorString();
    const int backoff = m_backoffMs;
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
    m_retry.start(backoff); // first: abort() below signals disconnected() again
    m_socket.abort();
    const QString message = lost
        ? QCoreApplication::translate("simulate", "connection to %1 lost (%2); reconnecting in %3 s")
        : QCoreApplication::translate("simulate", "cannot connect to %1 (%2); retrying in %3 s");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (lost || reason != m_lastProblem || now - m_lastProblemAt >= kRepeatNoticeMs) {
        notice(message.arg(where(), reason).arg(backoff / 1000.0, 0, 'f', 1), true);
        m_lastProblem = reason;
        m_lastProblemAt = now;
    }
}

bool TcpStreamSink::ready() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState && m_unsent.empty()
        && m_socket.bytesToWrite() < kHighWaterBytes;
}

void TcpStreamSink::add(StreamEventKind, std::string_view json)
{
    m_burst.append(json.data(), static_cast<qsizetype>(json.size()));
    m_burst.append('\n');
}

bool TcpStreamSink::endBurst()
{
    if (m_burst.isEmpty())
        return true;
    m_unsent.push_back(std::move(m_burst));
    m_burst = QByteArray();
    sendUnsent();
    return true;
}

void TcpStreamSink::sendUnsent()
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    while (!m_unsent.empty()) {
        QByteArray burst = std::move(m_unsent.front());
        m_unsent.pop_front();
        m_socket.write(burst);
        m_retainedBytes += burst.size();
        m_retained.push_back(std::move(burst));
        // Keep what may still be in flight: the socket's own buffer and about kResendBytes beyond it.
        while (m_retained.size() > 1 && m_retainedBytes - m_retained.front().size() >= kResendBytes + m_socket.bytesToWrite()) {
            m_retainedBytes -= m_retained.front().size();
            m_retained.pop_front();
        }
    }
}

bool TcpStreamSink::drained() const
{
    if (!m_unsent.empty() || !m_burst.isEmpty() || m_resendPending)
        return false;
    return m_socket.state() != QAbstractSocket::ConnectedState || m_socket.bytesToWrite() == 0;
}

bool TcpStreamSink::close()
{
    const bool delivered = drained();
    qint64 undelivered = m_socket.bytesToWrite() + m_burst.size();
    for (const QByteArray& burst : m_unsent)
        undelivered += burst.size();
    if (m_resendPending) {
        for (const QByteArray& burst : m_retained)
            undelivered += burst.size();
    }
    m_closing = true;
    m_retry.stop();
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        m_socket.disconnectFromHost();
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            m_socket.waitForDisconnected(2000);
    } else {
        m_socket.abort();
    }
    if (!delivered) {
        m_error = QCoreApplication::translate("simulate", "%1 bytes could not be delivered to %2 (or only perhaps, "
                                                          "before a connection dropped)")
                      .arg(undelivered)
                      .arg(where());
        return false;
    }
    return true;
}

QString TcpStreamSink::state() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState
        ? QCoreApplication::translate("simulate", "connected to %1").arg(where())
        : QCoreApplication::translate("simulate", "waiting for %1").arg(where());
}

} // namespace carepulse::simulate
