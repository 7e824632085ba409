#include "CaseEventsReader.h"

#include "store/Store.h"

#include <exception>
#include <memory>

namespace carepulse::ui {

namespace {

RecordedCase readCase(const QString& location, const std::string& caseNo)
{
    RecordedCase recorded;
    if (location.isEmpty()) {
        recorded.error = CaseEventsReader::tr("no store is open");
        return recorded;
    }
    try {
        const std::unique_ptr<Store> store = openStore(location);
        recorded.events = store->caseEvents(caseNo);
        recorded.read = true;
    } catch (const StoreError& e) {
        recorded.error = e.message();
    } catch (const std::exception& e) {
        // Anything else escaping the store (e.g. bad_alloc) must not take the GUI down with this thread.
        recorded.error = QString::fromLocal8Bit(e.what());
    }
    return recorded;
}

} // namespace

CaseEventsReader::CaseEventsReader(QObject* parent)
    : QObject(parent)
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("case-events"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

CaseEventsReader::~CaseEventsReader()
{
    m_thread.quit();
    m_thread.wait();
}

void CaseEventsReader::read(const QString& location, const std::string& caseNo, std::function<void(RecordedCase)> done)
{
    // The reader outlives this work (its destructor waits for the thread), so it can take the result: queued
    // to it, the call is dropped with it when it is deleted before the result is delivered.
    QMetaObject::invokeMethod(
        m_context,
        [this, location, caseNo, done = std::move(done)] {
            auto recorded = std::make_shared<RecordedCase>(readCase(location, caseNo));
            QMetaObject::invokeMethod(
                this, [done, recorded] { done(std::move(*recorded)); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace carepulse::ui
