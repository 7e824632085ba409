#pragma once
// SIGINT and SIGTERM as a Qt signal, so a long-running command can finish its work cleanly (the
// self-pipe trick: the handler only writes a byte, a QSocketNotifier reads it in the event loop).
// While an instance lives it owns both signals and ignores SIGPIPE; the previous handlers come back
// when it is destroyed. One instance at a time.

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace carepulse::cli {

class StopSignals final : public QObject {
    Q_OBJECT

public:
    StopSignals();
    ~StopSignals() override;

    bool isActive() const { return m_active; }
    int received() const { return m_received; }

signals:
    void stopRequested();

private:
    void onReadable();

    bool m_active = false;
    int m_received = 0;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace carepulse::cli
