#pragma once
// Counts a store's tables on the loader's thread. It opens its own store connection for every load: a
// connection belongs to one thread, and a fresh one also sees a store replaced on disk.

#include "StoreContents.h"

#include <QObject>

namespace carepulse::ui {

class StoreContentsWorker : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    void load(quint64 generation, const QString& location);

signals:
    void loaded(quint64 generation, const carepulse::ui::StoreContents& contents);
    void failed(quint64 generation, const QString& location, const QString& message);
};

} // namespace carepulse::ui
