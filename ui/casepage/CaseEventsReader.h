#pragma once
// Reads one case's recorded events from the store on a named thread of its own ("case-events"), never on
// the GUI thread and never on the books' thread (a slow server must not hold up the KPI snapshots). The
// thread opens its own store connection for every read, as every thread in CarePulse does: a connection
// belongs to one thread, and a fresh one also sees a store replaced on disk. The owner quits and waits
// for the thread on destruction; a result arriving after that is dropped.

#include "model/Events.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <string>
#include <vector>

namespace carepulse::ui {

// What the store holds of one case: its events in the books' order, or why they could not be read.
struct RecordedCase {
    bool read = false;
    std::vector<CaseEvent> events;
    QString error;
};

class CaseEventsReader : public QObject {
    Q_OBJECT

public:
    explicit CaseEventsReader(QObject* parent = nullptr);
    ~CaseEventsReader() override;

    // Reads on the reader's thread, then calls done on this object's thread.
    void read(const QString& location, const std::string& caseNo, std::function<void(RecordedCase)> done);

private:
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread, deleted when it finishes
};

} // namespace carepulse::ui
