#include "StallProbe.h"

#include <QLoggingCategory>
#include <QTimer>

namespace carepulse::ui {

namespace {

Q_LOGGING_CATEGORY(stallLog, "carepulse.stall")

constexpr int kTickMs = 10;

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
    m_timer->start();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 gap = now - m_last - kTickMs;
    m_last = now;
    if (gap <= m_threshold)
        return;
    ++m_stalls;
    m_longest = std::max(m_longest, gap);
    qCWarning(stallLog, "event loop stalled for %lld ms (stall %lld, longest %lld ms)", static_cast<long long>(gap),
        static_cast<long long>(m_stalls), static_cast<long long>(m_longest));
    emit stalled(gap);
}

} // namespace carepulse::ui
