#include "StreamRunner.h"

#include "StreamJson.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace carepulse::simulate {

namespace {

// --speed: at most this many events a burst, so one tick never holds the loop for long.
constexpr std::size_t kMaxSpeedBurst = 20'000;
// --rate: the bucket holds at most a quarter of a second of events, so a stalled tick catches up
// without flooding the sink.
constexpr double kBucketSeconds = 0.25;

} // namespace

StreamRunner::StreamRunner(StreamGenerator& generator, StreamSink& sink, const StreamPace& pace)
    : m_generator(generator)
    , m_sink(sink)
    , m_pace(pace)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(std::max(1, m_pace.intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &StreamRunner::tick);
}

void StreamRunner::setProgressHandler(ProgressHandler handler, int everyMs)
{
    m_progress = std::move(handler);
    m_progressEveryMs = everyMs;
}

void StreamRunner::start()
{
    m_clock.start();
    m_timer.start();
}

void StreamRunner::stop()
{
    if (m_finished)
        return;
    if (m_stopping) {
        finish();
        return;
    }
    m_stopping = true;
    m_stopAtMs = m_clock.elapsed() + kDrainMs;
    if (m_sink.drained())
        finish();
}

StreamProgress StreamRunner::progress() const
{
    StreamProgress p;
    p.events = m_sent;
    p.seconds = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    p.cases = m_generator.casesStarted();
    p.surveys = m_generator.surveysSent();
    p.sinkState = m_sink.state();
    return p;
}

std::size_t StreamRunner::sendBurst(double seconds)
{
    std::size_t budget = 0;
    Timestamp until = std::numeric_limits<Timestamp>::max();
    std::optional<Timestamp> stamp;
    if (m_pace.speed > 0) {
        budget = kMaxSpeedBurst;
        until = m_pace.start + static_cast<Timestamp>(std::floor(seconds * m_pace.speed));
    } else {
        m_tokens = std::min(m_tokens + (seconds - m_lastTick) * m_pace.rate, std::max(1.0, m_pace.rate * kBucketSeconds));
        budget = static_cast<std::size_t>(m_tokens);
        stamp = m_pace.start + static_cast<Timestamp>(seconds);
    }
    m_lastTick = seconds;
    if (m_pace.count > 0)
        budget = static_cast<std::size_t>(std::min<std::uint64_t>(budget, m_pace.count - m_sent));

    std::size_t sent = 0;
    while (sent < budget) {
        const StreamEvent* event = m_generator.next(until, stamp);
        if (!event)
            break;
        m_json.clear();
        appendJson(*event, m_json);
        m_sink.add(event->kind, m_json);
        ++sent;
    }
    if (m_pace.speed <= 0)
        m_tokens -= static_cast<double>(sent);
    m_sent += sent;
    return sent;
}

void StreamRunner::tick()
{
    const double seconds = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    if (!m_stopping) {
        if (m_pace.duration > 0 && seconds >= m_pace.duration) {
            stop();
        } else if (m_sink.ready()) {
            if (sendBurst(seconds) > 0 && !m_sink.endBurst()) {
                m_failed = true;
                m_error = m_sink.error();
                finish();
                return;
            }
            if (m_pace.count > 0 && m_sent >= m_pace.count)
                stop();
        } else {
            // Waiting for the sink: the bucket does not fill meanwhile, the timeline keeps its place.
            m_lastTick = seconds;
        }
    }
    if (m_stopping && !m_finished && (m_sink.drained() || m_clock.elapsed() >= m_stopAtMs))
        finish();

    if (m_progress && !m_finished && m_clock.elapsed() - m_lastProgressMs >= m_progressEveryMs) {
        const qint64 now = m_clock.elapsed();
        StreamProgress p = progress();
        const auto periodMs = static_cast<double>(std::max<qint64>(1, now - m_lastProgressMs));
        p.eventsPerSecond = static_cast<double>(m_sent - m_lastProgressEvents) * 1000.0 / periodMs;
        m_lastProgressMs = now;
        m_lastProgressEvents = m_sent;
        m_progress(p);
    }
}

void StreamRunner::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (!m_sink.close() && !m_failed) {
        m_failed = true;
        m_error = m_sink.error();
    }
    emit finished();
}

} // namespace carepulse::simulate
