#pragma once
// Loads store contents off the GUI thread. Owns a named worker thread that it quits and waits for on
// destruction. Every request gets a generation number; a result for anything but the newest request is
// dropped, so a slow load of an old store can never overwrite a newer one.

#include "StoreContents.h"

#include <QObject>
#include <QThread>

namespace carepulse::ui {

class StoreContentsWorker;

class StoreContentsLoader : public QObject {
    Q_OBJECT

public:
    explicit StoreContentsLoader(QObject* parent = nullptr);
    ~StoreContentsLoader() override;

    void load(const QString& location);
    bool isLoading() const { return m_pending; }

signals:
    void loaded(const carepulse::ui::StoreContents& contents);
    void failed(const QString& location, const QString& message);

private:
    QThread m_thread;
    StoreContentsWorker* m_worker = nullptr; // lives in m_thread, deleted when it finishes
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace carepulse::ui
