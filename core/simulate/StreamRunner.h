#pragma once
// Paces the stream: a timer ticks every few milliseconds and each tick sends one burst.
//   --rate N    a token bucket fills at N events a second; each tick sends the whole tokens it holds,
//               stamped with the simulated wall clock (start + real time elapsed)
//   --speed X   the simulated clock runs X times real time; each tick sends every event of the timeline
//               up to it, stamped with its timeline time, so the output depends on the seed, start and
//               options only, never on how the ticks fall
// The runner stops after --count events or --duration seconds, or when stop() is called (a signal),
// waits a little for the sink to deliver what it buffered, closes it and emits finished().

#include "StreamGenerator.h"
#include "StreamSink.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <string>

namespace carepulse::simulate {

struct StreamPace {
    double rate = 100;           // events per second, when speed is 0
    double speed = 0;            // > 0: simulated seconds per real second
    std::uint64_t count = 0;     // stop after this many events; 0: no limit
    double duration = 0;         // stop after this many seconds; 0: no limit
    int intervalMs = 15;         // between bursts
    Timestamp start = 0;         // the simulated clock at the start (local wall clock)
};

struct StreamProgress {
    std::uint64_t events = 0;
    double seconds = 0;          // real time since the start
    double eventsPerSecond = 0;  // over the last report period
    std::uint64_t cases = 0;     // stream case numbers used
    std::uint64_t surveys = 0;
    QString sinkState;
};

class StreamRunner final : public QObject {
    Q_OBJECT

public:
    StreamRunner(StreamGenerator& generator, StreamSink& sink, const StreamPace& pace);

    void start();
    // Ends the stream: what the sink buffered gets a few seconds to go out. A second call ends at once.
    void stop();

    using ProgressHandler = std::function<void(const StreamProgress&)>;
    void setProgressHandler(ProgressHandler handler, int everyMs = 1000);

    StreamProgress progress() const;
    bool failed() const { return m_failed; }
    QString error() const { return m_error; }

    // How long an ending stream waits for the sink to deliver what it buffered.
    static constexpr int kDrainMs = 5000;

signals:
    void finished();

private:
    void tick();
    std::size_t sendBurst(double seconds);
    void finish();

    StreamGenerator& m_generator;
    StreamSink& m_sink;
    StreamPace m_pace;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_tokens = 0;
    double m_lastTick = 0;
    std::uint64_t m_sent = 0;
    bool m_stopping = false;
    bool m_finished = false;
    bool m_failed = false;
    QString m_error;
    qint64 m_stopAtMs = 0;
    std::string m_json;

    ProgressHandler m_progress;
    int m_progressEveryMs = 1000;
    qint64 m_lastProgressMs = 0;
    std::uint64_t m_lastProgressEvents = 0;
};

} // namespace carepulse::simulate
