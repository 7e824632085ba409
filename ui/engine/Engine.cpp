#include "Engine.h"

#include "book/BookImage.h"
#include "settings/AppSettings.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

#include <exception>

namespace carepulse::ui {

Engine::Engine(QObject* parent)
    : QObject(parent)
    , m_settings(AppSettings::kpiSettings())
{
}

Engine::~Engine()
{
    m_service.reset();
    for (const QPointer<QThread>& thread : m_loaders) {
        if (thread)
            thread->wait();
    }
}

void Engine::deliver(const QPointer<QObject>& guard, std::function<void()> call)
{
    // Delivered through the application object, which outlives every receiver; the guard is checked on
    // the GUI thread, where receivers are deleted.
    Q_UNUSED(guard);
    QMetaObject::invokeMethod(QCoreApplication::instance(), std::move(call), Qt::QueuedConnection);
}

void Engine::open(const QString& location)
{
    m_location = location;
    reload();
}

void Engine::reload()
{
    const quint64 generation = ++m_generation;
    const QString location = m_location;
    const StatusClasses statuses(AppSettings::closedStatuses());
    emit loading(location);
    QPointer<Engine> self(this);
    QThread* thread = QThread::create([self, generation, location, statuses] {
        auto books = std::make_shared<std::unique_ptr<Books>>();
        QString error;
        try {
            const std::unique_ptr<Store> store = openStore(location);
            *books = loadBooks(*store, statuses, bookImagePath(store->location())).books;
        } catch (const StoreError& e) {
            error = e.message();
        } catch (const std::exception& e) {
            error = QString::fromLocal8Bit(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, location, books, error] {
                Engine* engine = self.data();
                if (engine == nullptr || generation != engine->m_generation)
                    return;
                if (!*books) {
                    emit engine->failed(location, error);
                    return;
                }
                engine->adopt(generation, location, books);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("books-loader"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_loaders.erase(std::remove_if(m_loaders.begin(), m_loaders.end(), [](const QPointer<QThread>& t) { return !t; }),
        m_loaders.end());
    m_loaders.emplace_back(thread);
    thread->start(QThread::LowPriority);
}

void Engine::adopt(quint64 generation, const QString& location, std::shared_ptr<std::unique_ptr<Books>> books)
{
    Q_UNUSED(generation);
    retire(std::move(m_service));
    m_service = std::make_unique<SnapshotService>(std::move(*books));
    emit ready(location);
}

// Stopping a service waits for its worker and frees its books: about 100 ms a million cases, too long for
// the GUI thread. The old service moves to a thread of its own that deletes it; nothing is delivered from
// it any more.
void Engine::retire(std::unique_ptr<SnapshotService> service)
{
    if (!service)
        return;
    SnapshotService* old = service.release();
    old->disconnect();
    QThread* disposal = QThread::create([old] { delete old; });
    disposal->setObjectName(QStringLiteral("books-disposal"));
    old->moveToThread(disposal);
    connect(disposal, &QThread::finished, disposal, &QObject::deleteLater);
    m_loaders.emplace_back(disposal); // waited for on destruction like a loader
    disposal->start(QThread::LowPriority);
}

void Engine::setKpiSettings(const KpiSettings& settings)
{
    m_settings = settings;
    emit settingsChanged();
}

} // namespace carepulse::ui
