#include "StoreContentsLoader.h"

#include "StoreContentsWorker.h"

namespace carepulse::ui {

StoreContentsLoader::StoreContentsLoader(QObject* parent)
    : QObject(parent)
    , m_worker(new StoreContentsWorker)
{
    m_thread.setObjectName(QStringLiteral("store-contents"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StoreContentsWorker::loaded, this, [this](quint64 generation, const StoreContents& contents) {
        if (generation != m_generation)
            return;
        m_pending = false;
        emit loaded(contents);
    });
    connect(m_worker, &StoreContentsWorker::failed, this,
        [this](quint64 generation, const QString& location, const QString& message) {
            if (generation != m_generation)
                return;
            m_pending = false;
            emit failed(location, message);
        });
    m_thread.start();
}

StoreContentsLoader::~StoreContentsLoader()
{
    m_thread.quit();
    m_thread.wait();
}

void StoreContentsLoader::load(const QString& location)
{
    const quint64 generation = ++m_generation;
    m_pending = true;
    StoreContentsWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, generation, location] { worker->load(generation, location); }, Qt::QueuedConnection);
}

} // namespace carepulse::ui
