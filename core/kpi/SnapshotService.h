#pragma once
// Computes KPI snapshots off the caller's thread. Each request gets a generation number; requests that
// arrive while one is computing are coalesced so only the newest is computed next, and a consumer drops
// any snapshot older than the newest it has shown. The books live on the worker thread: everything that
// reads or changes them runs there.

#include "KpiEngine.h"
#include "book/Books.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace carepulse {

struct SnapshotRequest {
    std::optional<Timestamp> asOf; // none: the data clock
    KpiSettings settings;
};

class SnapshotWorker;

class SnapshotService : public QObject {
    Q_OBJECT

public:
    explicit SnapshotService(std::unique_ptr<Books> books, QObject* parent = nullptr);
    ~SnapshotService() override; // quits and waits for the worker thread

    // Thread-safe. Returns the request's generation.
    std::uint64_t request(const SnapshotRequest& request);
    std::uint64_t latestGeneration() const { return m_generation.load(); }

Q_SIGNALS:
    // Delivered in the receiver's thread. Older generations than one already delivered never arrive.
    void snapshotReady(std::shared_ptr<const KpiSnapshot> snapshot);

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

Q_SIGNALS:
    void computed(std::shared_ptr<const KpiSnapshot> snapshot);

private:
    void computePending();

    std::unique_ptr<Books> m_books;
    std::mutex m_mutex;
    std::optional<std::pair<SnapshotRequest, std::uint64_t>> m_pending;
    bool m_scheduled = false;
};

} // namespace carepulse
