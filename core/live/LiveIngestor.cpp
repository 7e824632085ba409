#include "LiveIngestor.h"

#include "kpi/SnapshotService.h"

#include <QCoreApplication>

#include <algorithm>

namespace carepulse {

namespace {

void noteNewest(std::optional<Timestamp>& newest, Timestamp t)
{
    if (!newest || t > *newest)
        newest = t;
}

constexpr int kMaxRetryMs = 10'000;

} // namespace

LiveIngestor::LiveIngestor(QString storeLocation, IngestOptions options, QObject* parent)
    : QObject(parent), m_location(std::move(storeLocation)), m_options(options), m_pumpTimer(this), m_statusTimer(this)
{
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &LiveIngestor::pump);
    m_statusTimer.setInterval(m_options.statusMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &LiveIngestor::emitStatus);
}

LiveIngestor::~LiveIngestor()
{
    stop();
}

void LiveIngestor::addSource(std::unique_ptr<LiveSource> source)
{
    source->setParent(nullptr);
    connect(source.get(), &LiveSource::dataArrived, this, [this] { schedulePump(0); });
    Entry e;
    e.source = std::move(source);
    if (m_started) {
        std::optional<SourceCheckpoint> resume;
        try {
            if (m_store)
                resume = m_store->checkpoint(e.source->name());
        } catch (const StoreError& error) {
            Q_EMIT failed(error.message());
        }
        e.source->start(resume);
        schedulePump(0);
    }
    m_entries.push_back(std::move(e));
}

LiveIngestor::Entry* LiveIngestor::entry(const QString& name)
{
    for (Entry& e : m_entries)
        if (e.source->name() == name)
            return &e;
    return nullptr;
}

LiveSource* LiveIngestor::source(const QString& name) const
{
    for (const Entry& e : m_entries)
        if (e.source->name() == name)
            return e.source.get();
    return nullptr;
}

bool LiveIngestor::removeSource(const QString& name)
{
    Entry* e = entry(name);
    if (!e)
        return false;
    commit(); // what it has read lands with its checkpoint before it goes
    e->source->stop();
    m_entries.erase(m_entries.begin() + (e - m_entries.data()));
    return true;
}

bool LiveIngestor::setPaused(const QString& name, bool paused)
{
    Entry* e = entry(name);
    if (!e)
        return false;
    e->source->setPaused(paused);
    schedulePump(0);
    return true;
}

bool LiveIngestor::openStore()
{
    try {
        m_store = carepulse::openStore(m_location);
        return true;
    } catch (const StoreError& error) {
        m_store.reset();
        Q_EMIT failed(error.message());
        return false;
    }
}

bool LiveIngestor::start()
{
    if (m_started)
        return true;
    if (!openStore())
        return false;
    m_started = true;
    for (Entry& e : m_entries) {
        std::optional<SourceCheckpoint> resume;
        try {
            resume = m_store->checkpoint(e.source->name());
        } catch (const StoreError& error) {
            Q_EMIT failed(error.message());
        }
        e.source->start(resume);
    }
    m_sinceStatus.start();
    m_statusTimer.start();
    schedulePump(0);
    return true;
}

void LiveIngestor::stop()
{
    if (!m_started)
        return;
    m_pumpTimer.stop();
    m_statusTimer.stop();
    for (Entry& e : m_entries) // take what is complete; the rest is read again after a restart
        e.source->read(m_batch, m_options.batchRecords);
    commit();
    for (Entry& e : m_entries)
        e.source->stop();
    if (m_store && m_importId != 0) {
        try {
            ImportLogEntry log{QStringLiteral("live"), QStringLiteral("live"), m_recordsRead, m_loaded, m_duplicates,
                               m_quarantined, QStringLiteral("ok"), QString()};
            m_store->updateImportLog(m_importId, log);
        } catch (const StoreError&) {
        }
    }
    m_store.reset();
    m_started = false;
    emitStatus();
}

void LiveIngestor::schedulePump(int delayMs)
{
    if (!m_started)
        return;
    if (m_pumpTimer.isActive() && m_pumpTimer.remainingTime() <= delayMs)
        return;
    m_pumpTimer.start(delayMs);
}

void LiveIngestor::pump()
{
    if (m_retryMs > 0 && !commit()) {
        m_idle = false;
        m_retryMs = std::min(kMaxRetryMs, m_retryMs * 2);
        schedulePump(m_retryMs);
        return;
    }
    m_retryMs = 0;
    bool more = false;
    for (Entry& e : m_entries) {
        if (e.source->isPaused())
            continue;
        const std::size_t cases = m_batch.cases.size();
        const std::size_t surveys = m_batch.surveys.size();
        const std::int64_t records = m_batch.recordsRead;
        more |= e.source->read(m_batch, m_options.batchRecords);
        if (m_batch.recordsRead == records && m_batch.quarantined.empty())
            continue;
        e.dirty = true;
        for (std::size_t i = cases; i < m_batch.cases.size(); ++i)
            noteNewest(e.pendingNewest, m_batch.cases[i].modified);
        for (std::size_t i = surveys; i < m_batch.surveys.size(); ++i)
            noteNewest(e.pendingNewest, m_batch.surveys[i].at);
        e.pendingEvents += static_cast<std::int64_t>(m_batch.cases.size() - cases + m_batch.surveys.size() - surveys);
        std::move(m_batch.quarantined.begin(), m_batch.quarantined.end(), std::back_inserter(e.quarantined));
        m_batch.quarantined.clear();
        if (m_batchReceivedMs == 0)
            m_batchReceivedMs = steadyNowMs();
    }
    const bool pending = std::any_of(m_entries.begin(), m_entries.end(), [](const Entry& e) { return e.dirty; });
    const std::int64_t age = pending && m_batchReceivedMs != 0 ? steadyNowMs() - m_batchReceivedMs : 0;
    const bool due = pending && (static_cast<std::size_t>(m_batch.recordsRead) >= m_options.batchRecords ||
                                 age >= m_options.maxDelayMs || m_batchReceivedMs == 0);
    if (due && !commit()) {
        m_idle = false;
        m_retryMs = 250;
        schedulePump(m_retryMs);
        return;
    }
    const bool waiting = pending && !due;
    m_idle = !more && !waiting;
    if (more)
        schedulePump(0);
    else if (waiting)
        schedulePump(static_cast<int>(std::max<std::int64_t>(1, m_options.maxDelayMs - age)));
    else
        schedulePump(m_options.pollMs);
}

bool LiveIngestor::commit()
{
    const bool pending = std::any_of(m_entries.begin(), m_entries.end(), [](const Entry& e) { return e.dirty; });
    if (!pending)
        return true;
    if (!m_store && !openStore())
        return false;
    InsertCounts cases;
    InsertCounts surveys;
    std::int64_t quarantined = 0;
    const bool newLog = m_importId == 0;
    try {
        m_store->beginTransaction();
        try {
            if (m_importId == 0)
                m_importId = m_store->addImportLog(ImportLogEntry{QStringLiteral("live"), QStringLiteral("live"), 0, 0,
                                                                  0, 0, QStringLiteral("running"), QString()});
            cases = m_store->insertCaseEvents(m_batch.cases, m_importId);
            surveys = m_store->insertSurveys(m_batch.surveys, m_importId);
            for (Entry& e : m_entries) {
                if (!e.dirty)
                    continue;
                if (!e.quarantined.empty())
                    quarantined += m_store->insertQuarantine(e.quarantined, e.source->name(), m_importId);
                if (const auto cp = e.source->checkpoint())
                    m_store->saveCheckpoint(*cp);
            }
            m_store->commit();
        } catch (...) {
            m_store->rollback();
            throw;
        }
    } catch (const StoreError& error) {
        // A log row made in this transaction went with the rollback; the store is opened afresh.
        if (newLog)
            m_importId = 0;
        m_store.reset();
        Q_EMIT failed(QCoreApplication::translate("live", "cannot write to the store %1: %2; retrying")
                          .arg(m_location, error.message()));
        return false;
    }
    m_recordsRead += m_batch.recordsRead;
    m_loaded += cases.inserted + surveys.inserted;
    m_duplicates += cases.duplicates + surveys.duplicates;
    m_quarantined += quarantined;
    for (Entry& e : m_entries) {
        if (!e.dirty)
            continue;
        e.applied += e.pendingEvents;
        e.quarantinedTotal += static_cast<std::int64_t>(e.quarantined.size());
        if (e.pendingNewest)
            noteNewest(e.newest, *e.pendingNewest);
        e.pendingEvents = 0;
        e.pendingNewest.reset();
        e.quarantined.clear();
        e.dirty = false;
    }
    auto events = std::make_shared<EventBatch>();
    events->cases = std::move(m_batch.cases);
    events->surveys = std::move(m_batch.surveys);
    events->receivedMs = m_batchReceivedMs;
    m_eventsCommitted += static_cast<std::int64_t>(events->size());
    if (m_firstReceivedMs == 0)
        m_firstReceivedMs = m_batchReceivedMs;
    m_lastCommitMs = steadyNowMs();
    m_batch.clear();
    m_batchReceivedMs = 0;
    if (events->size() > 0)
        Q_EMIT applied(std::move(events));
    return true;
}

std::vector<SourceStatus> LiveIngestor::status() const
{
    const double seconds = std::max<double>(0.001, static_cast<double>(m_sinceStatus.elapsed()) / 1000.0);
    const Timestamp now = wallClockNow();
    std::vector<SourceStatus> all;
    for (const Entry& e : m_entries) {
        SourceStatus s;
        s.name = e.source->name();
        s.state = e.source->state();
        s.message = e.source->message();
        s.eventsApplied = e.applied;
        s.quarantined = e.quarantinedTotal;
        s.eventsPerSecond = static_cast<double>(e.applied - e.appliedAtLastStatus) / seconds;
        s.newestEvent = e.newest;
        if (e.newest)
            s.lagSeconds = std::max<std::int64_t>(0, now - *e.newest);
        s.connections = e.source->connections();
        s.cutOff = e.source->cutOff();
        s.paused = e.source->isPaused();
        all.push_back(std::move(s));
    }
    return all;
}

void LiveIngestor::emitStatus()
{
    const std::vector<SourceStatus> all = status();
    for (Entry& e : m_entries)
        e.appliedAtLastStatus = e.applied;
    m_sinceStatus.restart();
    Q_EMIT statusChanged(all);
}

} // namespace carepulse
