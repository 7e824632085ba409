#pragma once
// One case's events in time order: time, what happened, details.

#include "CaseTimeline.h"
#include "models/KeyedRowsModel.h"

namespace carepulse::ui {

class TimelineModel : public KeyedRowsModel<TimelineEvent> {
    Q_OBJECT

public:
    enum Column { TimeColumn, EventColumn, DetailColumn, ColumnCount };

    explicit TimelineModel(QObject* parent = nullptr);

    void setEvents(std::vector<TimelineEvent> events) { replaceRows(std::move(events)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const TimelineEvent& row) const override;
    bool sameRow(const TimelineEvent& a, const TimelineEvent& b) const override;
};

} // namespace carepulse::ui
