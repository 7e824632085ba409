#pragma once
// A debug probe for the rule "no event-loop stall over 50 ms": a 10 ms timer on the GUI thread that
// measures how late it fires and how much CPU the GUI thread used meanwhile. Late by more than the
// threshold with the GUI thread busy for more than the threshold = a stall, logged (category
// carepulse.stall) with its length; late while the thread hardly ran = the machine was busy, logged
// as information. Enabled by CAREPULSE_STALL_PROBE=1 (see enabledByEnvironment()).

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace carepulse::ui {

class StallProbe : public QObject {
    Q_OBJECT

public:
    explicit StallProbe(QObject* parent = nullptr, int thresholdMs = 50);

    static bool enabledByEnvironment();
    void start();
    qint64 stalls() const { return m_stalls; }
    qint64 longestMs() const { return m_longest; }
    qint64 descheduled() const { return m_descheduled; }

signals:
    void stalled(qint64 milliseconds);

private:
    void tick();

    QTimer* m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_descheduled = 0;
    int m_threshold;
    qint64 m_stalls = 0;
    qint64 m_longest = 0;
};

} // namespace carepulse::ui
