#pragma once
// Runs core's Importer on a worker thread with its own store connection: progress comes back queued
// (at most every 50 ms), cancel() makes the progress callback return false so the file in progress is
// rolled back, and finished() reports every file's result.

#include "import/ImportReport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace carepulse::ui {

class ImportRunner : public QObject {
    Q_OBJECT

public:
    explicit ImportRunner(QObject* parent = nullptr);
    ~ImportRunner() override; // cancels and waits

    bool start(const QString& storeLocation, const QStringList& paths);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(const carepulse::ImportProgress& progress);
    // errors: inputs that could not be planned (unreadable, unrecognised), or a store failure.
    void finished(const std::vector<carepulse::FileImportResult>& results, const QStringList& errors, bool cancelled);

private:
    QPointer<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace carepulse::ui

Q_DECLARE_METATYPE(carepulse::ImportProgress)
