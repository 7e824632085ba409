#include "TcpSource.h"

#include "kpi/SnapshotService.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

#include <iterator>

namespace carepulse {

namespace {

template<typename T> void appendMoved(std::vector<T>& to, std::vector<T>& from)
{
    if (to.empty())
        to.swap(from);
    else
        to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
    from.clear();
}

} // namespace

TcpSource::TcpSource(const QHostAddress& address, quint16 port, const TcpLimits& limits, QObject* parent)
    : LiveSource(parent), m_address(address), m_port(port), m_limits(limits), m_slowTimer(this)
{
    m_slowTimer.setInterval(1000);
    connect(&m_slowTimer, &QTimer::timeout, this, &TcpSource::checkSlowPeers);
}

TcpSource::~TcpSource()
{
    stop();
}

QString TcpSource::name() const
{
    return QStringLiteral("tcp:%1:%2").arg(m_address.toString()).arg(m_port);
}

quint16 TcpSource::serverPort() const
{
    return m_server && m_server->isListening() ? m_server->serverPort() : 0;
}

void TcpSource::start(const std::optional<SourceCheckpoint>&)
{
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(m_limits.maxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &TcpSource::accept);
    if (!m_server->listen(m_address, m_port)) {
        m_failed = true;
        m_message = QCoreApplication::translate("live", "cannot listen on %1:%2: %3")
                        .arg(m_address.toString())
                        .arg(m_port)
                        .arg(m_server->errorString());
        return;
    }
    m_message = QCoreApplication::translate("live", "listening on %1:%2").arg(m_address.toString()).arg(serverPort());
    m_slowTimer.start();
}

void TcpSource::stop()
{
    m_slowTimer.stop();
    for (auto& [socket, peer] : m_peers) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_peers.clear();
    if (m_server)
        m_server->close();
}

void TcpSource::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        const QString label = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
        if (static_cast<int>(m_peers.size()) >= m_limits.maxConnections) {
            ++m_cutOff;
            m_message = QCoreApplication::translate("live", "refused %1: already %2 clients connected")
                            .arg(label)
                            .arg(m_limits.maxConnections);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setReadBufferSize(m_limits.readBufferBytes);
        Peer peer;
        peer.socket = socket;
        peer.splitter = std::make_unique<RecordSplitter>(RecordSplitter::Framing::Lines, m_limits.maxLine);
        peer.label = label;
        m_peers.emplace(socket, std::move(peer));
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readPeer(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { dropPeer(socket); });
        readPeer(socket);
    }
}

void TcpSource::readPeer(QTcpSocket* socket)
{
    const auto it = m_peers.find(socket);
    if (it == m_peers.end() || isPaused())
        return;
    if (static_cast<std::size_t>(m_received.recordsRead) >= m_limits.maxBufferedRecords)
        return; // the ingestor is behind: leave the bytes with TCP until read() catches up
    Peer& peer = it->second;
    m_chunk.resize(64 * 1024);
    bool any = false;
    for (;;) {
        const qint64 n = socket->read(m_chunk.data(), static_cast<qint64>(m_chunk.size()));
        if (n <= 0)
            break;
        any = true;
        const std::int64_t tooLongBefore = peer.splitter->tooLongRecords();
        peer.splitter->push(std::string_view(m_chunk.data(), static_cast<std::size_t>(n)), m_received);
        if (peer.splitter->tooLongRecords() > tooLongBefore) {
            cutOffPeer(peer, QCoreApplication::translate("live", "a line longer than %1 bytes").arg(m_limits.maxLine));
            break;
        }
        if (peer.splitter->controlBytes() > 0) {
            cutOffPeer(peer, QCoreApplication::translate("live", "binary data instead of JSON lines"));
            break;
        }
    }
    if (m_peers.count(socket) != 0)
        m_peers[socket].lineStartedMs = peer.splitter->pendingBytes() == 0 ? 0
                                        : peer.lineStartedMs != 0   ? peer.lineStartedMs
                                                                    : steadyNowMs();
    if (any)
        Q_EMIT dataArrived();
}

void TcpSource::cutOffPeer(Peer& peer, const QString& why)
{
    ++m_cutOff;
    m_message = QCoreApplication::translate("live", "cut off %1: %2").arg(peer.label, why);
    QTcpSocket* socket = peer.socket;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_peers.erase(socket);
}

void TcpSource::dropPeer(QTcpSocket* socket)
{
    const auto it = m_peers.find(socket);
    if (it == m_peers.end())
        return;
    // Whatever is still buffered by Qt, then the unfinished line (quarantined: it was cut off).
    readPeer(socket);
    const auto still = m_peers.find(socket);
    if (still != m_peers.end()) {
        still->second.splitter->finish(m_received);
        m_peers.erase(still);
    }
    socket->deleteLater();
    Q_EMIT dataArrived();
}

void TcpSource::checkSlowPeers()
{
    const qint64 now = steadyNowMs();
    std::vector<QTcpSocket*> slow;
    for (auto& [socket, peer] : m_peers)
        if (peer.lineStartedMs != 0 && now - peer.lineStartedMs > m_limits.idleLineMs)
            slow.push_back(socket);
    for (QTcpSocket* socket : slow)
        cutOffPeer(m_peers[socket], QCoreApplication::translate("live", "a line still unfinished after %1 s")
                                        .arg(m_limits.idleLineMs / 1000));
}

bool TcpSource::read(RecordBatch& batch, std::size_t)
{
    const bool wasFull = static_cast<std::size_t>(m_received.recordsRead) >= m_limits.maxBufferedRecords;
    appendMoved(batch.cases, m_received.cases);
    appendMoved(batch.surveys, m_received.surveys);
    appendMoved(batch.quarantined, m_received.quarantined);
    batch.recordsRead += m_received.recordsRead;
    m_received.recordsRead = 0;
    if (wasFull) // reading stopped while the buffer was full: pick up what TCP kept meanwhile
        for (auto& [socket, peer] : m_peers)
            QMetaObject::invokeMethod(this, [this, s = socket] { readPeer(s); }, Qt::QueuedConnection);
    return false;
}

void TcpSource::setPaused(bool paused)
{
    LiveSource::setPaused(paused);
    if (!paused)
        for (auto& [socket, peer] : m_peers)
            QMetaObject::invokeMethod(this, [this, s = socket] { readPeer(s); }, Qt::QueuedConnection);
}

SourceState TcpSource::state() const
{
    if (isPaused())
        return SourceState::Paused;
    if (m_failed)
        return SourceState::Failed;
    return m_peers.empty() ? SourceState::Waiting : SourceState::Following;
}

} // namespace carepulse
