#pragma once
// The desktop's engine session: loads a store's books off the GUI thread, then owns the SnapshotService
// whose worker thread holds them. Pages never touch the books: they post queries with query(), which runs
// the work on the books' thread and hands the result back on the GUI thread (dropped when the receiver
// is gone).

#include "book/Books.h"
#include "kpi/KpiSettings.h"
#include "kpi/SnapshotService.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace carepulse::ui {

class Engine : public QObject {
    Q_OBJECT

public:
    explicit Engine(QObject* parent = nullptr);
    ~Engine() override; // waits for a load in progress

    // Loads the store's books in the background; ready() or failed() follows. A newer open() wins.
    void open(const QString& location);
    // Reloads the current store (after a change of status mapping or an import).
    void reload();
    const QString& location() const { return m_location; }
    bool isReady() const { return m_service != nullptr; }
    SnapshotService* snapshots() const { return m_service.get(); }

    // The KPI choices of the settings (sentiment question, at-risk fraction).
    const KpiSettings& kpiSettings() const { return m_settings; }
    void setKpiSettings(const KpiSettings& settings);

    // Runs work(books) on the books' thread, then done(result) on the GUI thread if receiver still exists.
    // Returns false (and runs nothing) when no books are loaded.
    template<typename Result>
    bool query(QObject* receiver, std::function<Result(const Books&)> work, std::function<void(Result)> done)
    {
        if (!m_service)
            return false;
        QPointer<QObject> guard(receiver);
        m_service->post([guard, work = std::move(work), done = std::move(done)](const Books& books) {
            auto result = std::make_shared<Result>(work(books));
            deliver(guard, [guard, done, result] {
                if (guard)
                    done(std::move(*result));
            });
        });
        return true;
    }

signals:
    void loading(const QString& location);
    void ready(const QString& location);
    void failed(const QString& location, const QString& message);
    void settingsChanged();

private:
    static void deliver(const QPointer<QObject>& guard, std::function<void()> call);
    void adopt(quint64 generation, const QString& location, std::shared_ptr<std::unique_ptr<Books>> books);
    void retire(std::unique_ptr<SnapshotService> service);

    QString m_location;
    KpiSettings m_settings;
    std::unique_ptr<SnapshotService> m_service;
    std::vector<QPointer<QThread>> m_loaders;
    quint64 m_generation = 0;
};

} // namespace carepulse::ui
