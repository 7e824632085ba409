#pragma once
// One case's events in time order: time, what happened (a recorded event's status as recorded), the
// status class of a state change, and details (what changed since the event before).

#include "CaseTimeline.h"
#include "models/KeyedRowsModel.h"

namespace carepulse::ui {

class TimelineModel : public KeyedRowsModel<TimelineEvent> {
    Q_OBJECT

public:
    enum Column { TimeColumn, EventColumn, ClassColumn, DetailColumn, ColumnCount };

    explicit TimelineModel(QObject* parent = nullptr);

    void setEvents(std::vector<TimelineEvent> events) { replaceRows(std::move(events)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The Event column's text: the status as recorded, else what kind of event it is.
    static QString eventText(const TimelineEvent& e);
    // "open" or "closed" for a state change; empty for the other rows.
    static QString classText(TimelineEvent::Kind kind);

protected:
    QString rowKey(const TimelineEvent& row) const override;
    bool sameRow(const TimelineEvent& a, const TimelineEvent& b) const override;
};

} // namespace carepulse::ui
