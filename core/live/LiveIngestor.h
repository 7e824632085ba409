#pragma once
// Drives the live sources on one thread (the thread it lives on): takes what each source has read,
// and writes it to the store in one transaction together with every touched source's checkpoint, so a
// crash at any moment leaves the store and the checkpoints in agreement and a restart resumes exactly
// after the last committed record. After each commit the events are handed on (applied()) for the
// books. If the store fails (a MySQL server restarting), the batch is kept, the store is reopened with
// back-off, and the batch is written again: nothing read is dropped.

#include "LiveSource.h"

#include "book/Books.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <vector>

namespace carepulse {

struct IngestOptions {
    std::size_t batchRecords = 16384; // commit when this many records are waiting...
    int maxDelayMs = 100;             // ...or when the oldest has waited this long
    int pollMs = 50;                  // how often caught-up files and folders are looked at
    int statusMs = 1000;
};

class LiveIngestor : public QObject {
    Q_OBJECT

public:
    // Opens the store at location (on the calling thread; call start() on the ingest thread).
    LiveIngestor(QString storeLocation, IngestOptions options = {}, QObject* parent = nullptr);
    ~LiveIngestor() override;

    // Takes ownership. Sources added after start() start at once.
    void addSource(std::unique_ptr<LiveSource> source);
    bool removeSource(const QString& name);
    bool setPaused(const QString& name, bool paused);
    LiveSource* source(const QString& name) const;

    // Opens the store, resumes each source at its checkpoint and starts pumping. Emits failed() and
    // returns false when the store cannot be opened.
    bool start();
    // Commits what has been read, stops the sources and closes the store. Safe to call twice.
    void stop();

    std::vector<SourceStatus> status() const;
    std::int64_t eventsCommitted() const { return m_eventsCommitted; }
    // Steady-clock ms from the first event received to the last commit: the span of actual ingestion,
    // for a sustained rate that leaves out start-up and idle time. 0 before anything was committed.
    std::int64_t activeMs() const { return m_lastCommitMs > m_firstReceivedMs ? m_lastCommitMs - m_firstReceivedMs : 0; }
    // True when no source has anything more to read and nothing waits to be committed.
    bool isIdle() const { return m_idle; }

Q_SIGNALS:
    void applied(std::shared_ptr<const carepulse::EventBatch> events);
    void statusChanged(const std::vector<carepulse::SourceStatus>& status);
    void failed(const QString& message);

private:
    struct Entry {
        std::unique_ptr<LiveSource> source;
        std::int64_t importId = 0;
        bool dirty = false; // read since the last commit: save its checkpoint
        std::vector<QuarantineRecord> quarantined;
        std::int64_t applied = 0;
        std::int64_t quarantinedTotal = 0;
        std::int64_t appliedAtLastStatus = 0;
        std::optional<Timestamp> newest;
        std::int64_t pendingEvents = 0; // in m_batch, not yet committed
        std::optional<Timestamp> pendingNewest;
    };

    void schedulePump(int delayMs);
    void pump();
    // Writes the pending batch; false when the store failed (the batch is kept for a retry).
    bool commit();
    bool openStore();
    void emitStatus();
    Entry* entry(const QString& name);

    QString m_location;
    IngestOptions m_options;
    std::unique_ptr<Store> m_store;
    std::vector<Entry> m_entries;
    RecordBatch m_batch;
    std::int64_t m_batchReceivedMs = 0;
    QTimer m_pumpTimer;   // children, so they move with the ingestor to its thread
    QTimer m_statusTimer;
    QElapsedTimer m_sinceStatus;
    std::int64_t m_eventsCommitted = 0;
    std::int64_t m_firstReceivedMs = 0;
    std::int64_t m_lastCommitMs = 0;
    std::int64_t m_importId = 0; // this session's import-log row
    std::int64_t m_recordsRead = 0;
    std::int64_t m_loaded = 0;
    std::int64_t m_duplicates = 0;
    std::int64_t m_quarantined = 0;
    int m_retryMs = 0;
    bool m_started = false;
    bool m_idle = false;
};

} // namespace carepulse
