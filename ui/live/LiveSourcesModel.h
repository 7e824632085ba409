#pragma once
// The live sources as a table: state, events/s, applied, quarantined, newest event, lag, clients and
// what each is doing. A status update changes only the rows whose figures moved.

#include "live/LiveSource.h"
#include "models/KeyedRowsModel.h"

namespace carepulse::ui {

class LiveSourcesModel : public KeyedRowsModel<SourceStatus> {
    Q_OBJECT

public:
    enum Column { Source, State, Rate, Applied, Quarantined, Newest, Lag, Clients, CutOff, Message, ColumnCount };

    using KeyedRowsModel::KeyedRowsModel;

    void setStatus(const std::vector<SourceStatus>& status) { replaceRows(status); }
    const SourceStatus* statusAt(int row) const
    {
        return row >= 0 && row < rowCount() ? &rowAt(row) : nullptr;
    }

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const SourceStatus& row) const override { return row.name; }
    bool sameRow(const SourceStatus& a, const SourceStatus& b) const override;
};

} // namespace carepulse::ui
