#pragma once
// The desktop's live ingestion: a LiveIngestor on its own thread writing to the open store, whose
// committed batches go to the engine's books (so the dashboard moves as events arrive). The sources
// are remembered in the settings and come back when the app or the store is opened again.

#include "book/Books.h"
#include "live/LiveSource.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>
#include <vector>

namespace carepulse {
class LiveIngestor;
}

namespace carepulse::ui {

class Engine;

class LiveService : public QObject {
    Q_OBJECT

public:
    explicit LiveService(Engine& engine, QObject* parent = nullptr);
    ~LiveService() override; // commits what was read and stops the thread

    // Starts ingesting into the store at location with the remembered sources (a new store restarts it).
    void openStore(const QString& location);
    // "file:PATH", "dir:PATH" or "tcp:HOST:PORT"; false with a message when the spec is not a source or
    // is there already. Remembered in the settings unless remember is false (a --tail of one session).
    bool addSource(const QString& spec, QString* error, bool remember = true);
    void removeSource(const QString& name);
    void setPaused(const QString& name, bool paused);

    const std::vector<SourceStatus>& status() const { return m_status; }
    bool hasSources() const { return !m_specs.isEmpty(); }
    // Events per second over every source, from the latest status.
    double eventsPerSecond() const;

    // The remembered sources (typed setting "live/sources").
    static QStringList rememberedSources();

signals:
    void statusChanged(const std::vector<carepulse::SourceStatus>& status);
    void failed(const QString& message);

private:
    void stopIngestor();
    void startSource(const QString& spec);
    void rememberSources() const;

    Engine& m_engine;
    QString m_location;
    QThread m_thread;
    LiveIngestor* m_ingestor = nullptr; // lives on m_thread
    QStringList m_specs;                // what runs now, in the order added
    QStringList m_sessionOnly;          // added with remember = false
    std::vector<SourceStatus> m_status;
    // While the engine (re)loads its books from the store, committed batches are kept and applied to the
    // new books when they are ready: a batch committed during the load may be missing from it, and
    // applying one twice changes nothing.
    bool m_engineLoading = false;
    std::vector<std::shared_ptr<const EventBatch>> m_heldBack;
};

} // namespace carepulse::ui
