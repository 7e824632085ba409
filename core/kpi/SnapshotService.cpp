#include "SnapshotService.h"

#include <QTimer>

#include <chrono>

namespace carepulse {

namespace {

// How long after a snapshot the index build waits for the receivers' follow-up queries.
constexpr int kIndexGraceMs = 250;

} // namespace

std::int64_t steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

SnapshotService::SnapshotService(std::unique_ptr<Books> books, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const KpiSnapshot>>();
    qRegisterMetaType<std::vector<carepulse::ShownEvents>>();
    m_thread.setObjectName(QStringLiteral("kpi-snapshots"));
    m_worker = new SnapshotWorker(std::move(books));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SnapshotWorker::computed, this, &SnapshotService::deliver);
    connect(m_worker, &SnapshotWorker::shown, this, &SnapshotService::eventsShown);
    connect(m_worker, &SnapshotWorker::indexBuilt, this, &SnapshotService::indexReady);
    m_thread.start();
}

SnapshotService::~SnapshotService()
{
    m_thread.quit();
    m_thread.wait();
}

std::uint64_t SnapshotService::request(const SnapshotRequest& request)
{
    const std::uint64_t generation = ++m_generation;
    m_worker->post(request, generation);
    return generation;
}

void SnapshotService::apply(std::shared_ptr<const EventBatch> batch)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, batch = std::move(batch)] { worker->apply(*batch); },
                              Qt::QueuedConnection);
}

void SnapshotService::post(std::function<void(const Books&)> job)
{
    m_worker->expectJob();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job = std::move(job)] { worker->run(job); },
                              Qt::QueuedConnection);
}

void SnapshotService::deliver(std::shared_ptr<const KpiSnapshot> snapshot)
{
    if (snapshot->generation <= m_delivered)
        return; // a newer one was shown already
    m_delivered = snapshot->generation;
    Q_EMIT snapshotReady(std::move(snapshot));
}

void SnapshotWorker::post(const SnapshotRequest& request, std::uint64_t generation)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_pending || m_pending->second < generation)
            m_pending = std::make_pair(request, generation);
        if (m_scheduled)
            return; // the scheduled run will take the newest request
        m_scheduled = true;
    }
    QMetaObject::invokeMethod(this, &SnapshotWorker::computePending, Qt::QueuedConnection);
}

void SnapshotWorker::apply(const EventBatch& batch)
{
    if (m_index) {
        const CaseBook& cases = m_books->cases;
        for (const CaseEvent& e : batch.cases)
            m_index->noteCaseChange(cases, cases.findCase(e.caseNo));
        for (const SurveyEvent& survey : batch.surveys)
            m_index->noteSurveyChange(cases, m_books->surveys, cases.findCase(survey.caseNo));
    }
    m_books->apply(batch);
    if (batch.size() > 0)
        m_unseen.push_back({batch.receivedMs, static_cast<std::int64_t>(batch.size()), 0});
}

void SnapshotWorker::computePending()
{
    std::pair<SnapshotRequest, std::uint64_t> job;
    {
        std::lock_guard lock(m_mutex);
        m_scheduled = false;
        if (!m_pending)
            return;
        job = std::move(*m_pending);
        m_pending.reset();
    }
    const SnapshotRequest& r = job.first;
    const CaseBook& cases = m_books->cases;
    const SurveyBook& surveys = m_books->surveys;
    const Timestamp asOf = r.asOf.value_or(dataClock(cases, surveys));
    std::shared_ptr<KpiSnapshot> snapshot;
    const bool indexed = r.filter.empty() && m_index && !m_index->worthRebuilding(cases, surveys);
    if (indexed) {
        snapshot = std::make_shared<KpiSnapshot>(m_index->compute(cases, surveys, r.settings, asOf));
    } else {
        const CaseFilterIndex accepted(cases, r.filter);
        snapshot = std::make_shared<KpiSnapshot>(
            computeKpis(cases, surveys, r.settings, asOf, r.filter.empty() ? nullptr : &accepted));
    }
    snapshot->generation = job.second;
    // The latencies first: a receiver that stops at the snapshot has them already (queued in order).
    if (!m_unseen.empty()) {
        const std::int64_t now = steadyNowMs();
        for (ShownEvents& s : m_unseen)
            s.shownMs = now;
        Q_EMIT shown(std::exchange(m_unseen, {}));
    }
    Q_EMIT computed(std::move(snapshot));
    // (Re)build the index after the snapshot is on its way and the receivers' first queries have been
    // answered, so neither the first tiles, nor a live batch's latency, nor the trends wait for it; the
    // next unfiltered snapshot uses it.
    if (r.filter.empty() && !indexed && !m_indexWanted) {
        m_indexWanted = true;
        QTimer::singleShot(kIndexGraceMs, this, &SnapshotWorker::buildIndexWhenIdle);
    }
}

void SnapshotWorker::run(const std::function<void(const Books&)>& job)
{
    job(*m_books);
    --m_queuedJobs;
    if (m_indexWanted)
        QTimer::singleShot(kIndexGraceMs, this, &SnapshotWorker::buildIndexWhenIdle);
}

void SnapshotWorker::buildIndexWhenIdle()
{
    if (!m_indexWanted || m_queuedJobs.load() > 0)
        return; // asked again after the next job
    m_indexWanted = false;
    m_index = std::make_unique<KpiIndex>(m_books->cases, m_books->surveys);
    Q_EMIT indexBuilt();
}

} // namespace carepulse
