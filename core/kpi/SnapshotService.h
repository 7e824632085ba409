#pragma once
// Computes KPI snapshots off the caller's thread. Each request gets a generation number; requests that
// arrive while one is computing are coalesced so only the newest is computed next, and a consumer drops
// any snapshot older than the newest it has shown. The books live on the worker thread: everything that
// reads or changes them runs there.

#include "KpiEngine.h"
#include "KpiIndex.h"
#include "book/Books.h"
#include "report/CaseFilter.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace carepulse {

struct SnapshotRequest {
    std::optional<Timestamp> asOf; // none: the data clock
    KpiSettings settings;
    CaseFilter filter; // the global filters (empty: every case)
};

// Live events that a snapshot made visible: how long after their receipt (event-to-snapshot latency).
struct ShownEvents {
    std::int64_t receivedMs = 0; // steady-clock ms (EventBatch::receivedMs)
    std::int64_t events = 0;
    std::int64_t shownMs = 0;    // steady-clock ms when the snapshot including them was computed
};

// Milliseconds of a steady clock shared by sources and the service.
std::int64_t steadyNowMs();

class SnapshotWorker;

class SnapshotService : public QObject {
    Q_OBJECT

public:
    explicit SnapshotService(std::unique_ptr<Books> books, QObject* parent = nullptr);
    ~SnapshotService() override; // quits and waits for the worker thread

    // Thread-safe. Returns the request's generation.
    std::uint64_t request(const SnapshotRequest& request);
    std::uint64_t latestGeneration() const { return m_generation.load(); }

    // Thread-safe. Live events: applied to the books on the worker thread, in the order posted, before
    // any snapshot requested after this call.
    void apply(std::shared_ptr<const EventBatch> batch);
    // Thread-safe. Runs job on the worker thread with the books (drill-downs, trends, case lists), after
    // the events posted before it. The job hands its result back itself (a queued call to its receiver).
    void post(std::function<void(const Books&)> job);

Q_SIGNALS:
    // Delivered in the receiver's thread. Older generations than one already delivered never arrive.
    void snapshotReady(std::shared_ptr<const KpiSnapshot> snapshot);
    // Delivered with each snapshot that includes live events applied since the previous one.
    void eventsShown(std::vector<carepulse::ShownEvents> shown);
    // The snapshot index was (re)built: unfiltered snapshots take milliseconds from now on.
    void indexReady();

private:
    void deliver(std::shared_ptr<const KpiSnapshot> snapshot);

    QThread m_thread;
    SnapshotWorker* m_worker = nullptr;
    std::atomic<std::uint64_t> m_generation{0};
    std::uint64_t m_delivered = 0;
};

// Lives on the service's thread.
class SnapshotWorker : public QObject {
    Q_OBJECT

public:
    explicit SnapshotWorker(std::unique_ptr<Books> books) : m_books(std::move(books)) {}

    // Any thread: remember the newest request and make sure one computation is scheduled.
    void post(const SnapshotRequest& request, std::uint64_t generation);
    void apply(const EventBatch& batch);
    // Any thread: a job is on its way (run() follows).
    void expectJob() { ++m_queuedJobs; }
    void run(const std::function<void(const Books&)>& job);

Q_SIGNALS:
    void computed(std::shared_ptr<const KpiSnapshot> snapshot);
    void shown(std::vector<carepulse::ShownEvents> shown);
    void indexBuilt();

private:
    void computePending();
    // Builds the wanted index once no job is waiting: the pages' first queries (trends, groupings, posted
    // as the first snapshot arrives) are not held up behind a build of seconds. Snapshot requests do not
    // hold it off (they come every second; each takes the full pass until the index is there).
    void buildIndexWhenIdle();

    std::unique_ptr<Books> m_books;
    // Built at the first unfiltered snapshot, kept up to date as events are applied, rebuilt when the
    // cases it visits one by one have grown (filtered snapshots take the full pass).
    std::unique_ptr<KpiIndex> m_index;
    std::mutex m_mutex;
    std::optional<std::pair<SnapshotRequest, std::uint64_t>> m_pending;
    bool m_scheduled = false;
    std::vector<ShownEvents> m_unseen; // applied, not yet in a snapshot (worker thread only)
    std::atomic<int> m_queuedJobs{0};
    bool m_indexWanted = false; // worker thread only
};

} // namespace carepulse
