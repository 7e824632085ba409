#pragma once
// A live source of events: a growing file, a folder of batch files or a TCP listener. Sources live on
// the ingest thread; the LiveIngestor asks each for what it has read and writes it to the store together
// with the source's checkpoint, so a restart resumes exactly after the last committed record.

#include "model/Timestamp.h"
#include "parse/RecordBatch.h"
#include "store/Store.h"

#include <QObject>
#include <QString>

#include <optional>

namespace carepulse {

enum class SourceState : std::uint8_t {
    Starting,
    Waiting,   // the file or folder is not there yet; or no client is connected
    Following, // reading
    Paused,
    Failed,
};
QString sourceStateText(SourceState state);

// What the desktop's Live page and the CLI's status line show for one source.
struct SourceStatus {
    QString name;
    SourceState state = SourceState::Starting;
    QString message;                   // what it is doing or what went wrong, for people
    std::int64_t eventsApplied = 0;    // committed to the store
    std::int64_t quarantined = 0;
    double eventsPerSecond = 0;        // over the last status interval
    std::optional<Timestamp> newestEvent;
    std::optional<std::int64_t> lagSeconds; // wall clock minus the newest event time
    int connections = 0;               // TCP
    std::int64_t cutOff = 0;           // TCP peers cut off (too long, binary, too slow, too many)
    bool paused = false;
};

class LiveSource : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~LiveSource() override = default;

    // "file:/abs/path", "dir:/abs/path", "tcp:127.0.0.1:5000": the checkpoint's key.
    virtual QString name() const = 0;
    // Begins (or resumes at the checkpoint the store holds for this source).
    virtual void start(const std::optional<SourceCheckpoint>& resume) = 0;
    virtual void stop() {}
    // Appends the records read since the last call (about maxRecords at most) to batch. Returns true
    // when more is ready at once (call again soon), false when it has caught up.
    virtual bool read(RecordBatch& batch, std::size_t maxRecords) = 0;
    // Where to resume once everything read so far is committed; none for sources that cannot resume (TCP).
    virtual std::optional<SourceCheckpoint> checkpoint() const = 0;

    virtual SourceState state() const = 0;
    virtual QString message() const = 0;
    virtual int connections() const { return 0; }
    virtual std::int64_t cutOff() const { return 0; }

    bool isPaused() const { return m_paused; }
    virtual void setPaused(bool paused) { m_paused = paused; }

Q_SIGNALS:
    // New data arrived (sockets); the ingestor should read() soon.
    void dataArrived();

private:
    bool m_paused = false;
};

} // namespace carepulse
