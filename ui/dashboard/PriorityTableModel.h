#pragma once
// Cases by priority and severity (the snapshot's by_priority): one row per priority key.

#include "kpi/KpiSnapshot.h"
#include "models/KeyedRowsModel.h"

namespace carepulse::ui {

class PriorityTableModel : public KeyedRowsModel<PriorityFigures> {
    Q_OBJECT

public:
    enum Column { PriorityColumn, LevelColumn, SeverityColumn, SlaColumn, TotalColumn, OpenColumn, ClosedColumn, ColumnCount };

    explicit PriorityTableModel(QObject* parent = nullptr);

    void setFigures(std::vector<PriorityFigures> figures) { replaceRows(std::move(figures)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const PriorityFigures& row) const override;
    bool sameRow(const PriorityFigures& a, const PriorityFigures& b) const override;

private:
    QVariant rawValue(const PriorityFigures& row, int column) const;
};

} // namespace carepulse::ui
