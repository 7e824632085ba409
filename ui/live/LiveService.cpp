#include "LiveService.h"

#include "engine/Engine.h"
#include "live/LiveIngestor.h"
#include "live/SourceSpec.h"
#include "settings/Setting.h"

#include <QFileInfo>

namespace carepulse::ui {

namespace {

const Setting<QStringList> kLiveSources{"live/sources", {}};

// The spec as a source names itself: paths made absolute, so one file is not added twice.
QString canonicalSpec(const QString& spec)
{
    for (const QString& kind : {QStringLiteral("file:"), QStringLiteral("dir:")})
        if (spec.startsWith(kind))
            return kind + QFileInfo(spec.mid(kind.size())).absoluteFilePath();
    return spec;
}

} // namespace

LiveService::LiveService(Engine& engine, QObject* parent) : QObject(parent), m_engine(engine)
{
    qRegisterMetaType<std::vector<carepulse::SourceStatus>>();
    qRegisterMetaType<std::shared_ptr<const carepulse::EventBatch>>();
    m_thread.setObjectName(QStringLiteral("live-ingest"));
    m_thread.start();
    connect(&m_engine, &Engine::loading, this, [this] {
        m_engineLoading = true;
        m_heldBack.clear();
    });
    auto release = [this] {
        m_engineLoading = false;
        if (SnapshotService* service = m_engine.snapshots())
            for (auto& events : m_heldBack)
                service->apply(std::move(events));
        m_heldBack.clear();
    };
    connect(&m_engine, &Engine::ready, this, release);
    connect(&m_engine, &Engine::failed, this, release);
}

LiveService::~LiveService()
{
    stopIngestor();
    m_thread.quit();
    m_thread.wait();
}

QStringList LiveService::rememberedSources()
{
    return kLiveSources.value();
}

void LiveService::rememberSources() const
{
    QStringList remembered;
    for (const QString& spec : m_specs)
        if (!m_sessionOnly.contains(spec))
            remembered << spec;
    kLiveSources.setValue(remembered);
}

double LiveService::eventsPerSecond() const
{
    double total = 0;
    for (const SourceStatus& s : m_status)
        total += s.eventsPerSecond;
    return total;
}

void LiveService::stopIngestor()
{
    if (!m_ingestor)
        return;
    LiveIngestor* ingestor = m_ingestor;
    m_ingestor = nullptr;
    // stop() commits what was read; it runs on the ingest thread, and the object dies there too.
    QMetaObject::invokeMethod(ingestor, [ingestor] {
        ingestor->stop();
        delete ingestor;
    }, Qt::BlockingQueuedConnection);
    m_status.clear();
    emit statusChanged(m_status);
}

void LiveService::openStore(const QString& location)
{
    stopIngestor();
    m_location = location;
    if (location.isEmpty())
        return;
    auto* ingestor = new LiveIngestor(location);
    ingestor->moveToThread(&m_thread);
    m_ingestor = ingestor;
    connect(ingestor, &LiveIngestor::applied, this, [this](std::shared_ptr<const EventBatch> events) {
        if (m_engineLoading)
            m_heldBack.push_back(events);
        if (SnapshotService* service = m_engine.snapshots())
            service->apply(std::move(events));
    });
    connect(ingestor, &LiveIngestor::statusChanged, this, [this](const std::vector<SourceStatus>& status) {
        m_status = status;
        emit statusChanged(m_status);
    });
    connect(ingestor, &LiveIngestor::failed, this, &LiveService::failed);
    QMetaObject::invokeMethod(ingestor, [ingestor] { ingestor->start(); });
    const QStringList specs = m_specs.isEmpty() ? rememberedSources() : m_specs;
    m_specs.clear();
    for (const QString& spec : specs)
        startSource(spec);
}

bool LiveService::addSource(const QString& spec, QString* error, bool remember)
{
    const QString canonical = canonicalSpec(spec);
    QString why;
    auto probe = makeSource(canonical, &why);
    if (!probe) {
        if (error)
            *error = why;
        return false;
    }
    if (m_specs.contains(canonical)) {
        if (error)
            *error = tr("%1 is already a live source.").arg(probe->name());
        return false;
    }
    if (!remember)
        m_sessionOnly << canonical;
    startSource(canonical);
    rememberSources();
    return true;
}

void LiveService::startSource(const QString& spec)
{
    m_specs << spec;
    if (!m_ingestor)
        return;
    LiveIngestor* ingestor = m_ingestor;
    QMetaObject::invokeMethod(ingestor, [ingestor, spec] {
        QString error;
        if (auto source = makeSource(spec, &error))
            ingestor->addSource(std::move(source));
    });
}

void LiveService::removeSource(const QString& name)
{
    for (const QString& spec : m_specs) {
        auto probe = makeSource(spec, nullptr);
        if (probe && probe->name() == name) {
            m_specs.removeAll(spec);
            m_sessionOnly.removeAll(spec);
            break;
        }
    }
    rememberSources();
    if (LiveIngestor* ingestor = m_ingestor)
        QMetaObject::invokeMethod(ingestor, [ingestor, name] { ingestor->removeSource(name); });
}

void LiveService::setPaused(const QString& name, bool paused)
{
    if (LiveIngestor* ingestor = m_ingestor)
        QMetaObject::invokeMethod(ingestor, [ingestor, name, paused] { ingestor->setPaused(name, paused); });
}

} // namespace carepulse::ui
