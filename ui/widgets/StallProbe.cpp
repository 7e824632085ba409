#include "StallProbe.h"

#include <QLoggingCategory>
#include <QTimer>

#include <ctime>

namespace carepulse::ui {

namespace {

Q_LOGGING_CATEGORY(stallLog, "carepulse.stall")

constexpr int kTickMs = 10;

// CPU time of the calling thread in ms: tells a busy GUI thread from one the machine did not schedule.
qint64 threadCpuMs()
{
    timespec ts {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return static_cast<qint64>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

} // namespace

StallProbe::StallProbe(QObject* parent, int thresholdMs)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_threshold(thresholdMs)
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

bool StallProbe::enabledByEnvironment()
{
    return qEnvironmentVariableIntValue("CAREPULSE_STALL_PROBE") == 1;
}

void StallProbe::start()
{
    m_clock.start();
    m_last = 0;
    m_lastCpu = threadCpuMs();
    m_timer->start();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 cpu = threadCpuMs();
    const qint64 gap = now - m_last - kTickMs;
    const qint64 busy = cpu - m_lastCpu;
    m_last = now;
    m_lastCpu = cpu;
    if (gap <= m_threshold)
        return;
    // Late, but the GUI thread hardly ran: the machine was busy elsewhere (other processes, our workers
    // on too few cores), not our event loop.
    if (busy <= m_threshold) {
        ++m_descheduled;
        qCInfo(stallLog, "timer %lld ms late while the GUI thread ran %lld ms: not scheduled, not a stall",
            static_cast<long long>(gap), static_cast<long long>(busy));
        return;
    }
    ++m_stalls;
    m_longest = std::max(m_longest, busy);
    qCWarning(stallLog, "event loop stalled: %lld ms late, the GUI thread busy %lld ms (stall %lld, longest %lld ms)",
        static_cast<long long>(gap), static_cast<long long>(busy), static_cast<long long>(m_stalls),
        static_cast<long long>(m_longest));
    emit stalled(busy);
}

} // namespace carepulse::ui
