#pragma once
// One drill-down level of the SLA page: a row per member (centre, manager, agent, category, ...) with
// metrics.md's group figures. Refreshes signal only the rows that changed.

#include "models/KeyedRowsModel.h"
#include "report/Drilldown.h"

namespace carepulse::ui {

class GroupTableModel : public KeyedRowsModel<GroupRow> {
    Q_OBJECT

public:
    enum Column { KeyColumn, NameColumn, CasesColumn, OpenColumn, BreachedColumn, AtRiskColumn, MetColumn,
        ComplianceColumn, MedianOverdueColumn, ColumnCount };

    explicit GroupTableModel(QObject* parent = nullptr);

    // The rows of one level; a new level (another key) replaces every row.
    void setRows(GroupKey level, std::vector<GroupRow> rows);
    GroupKey level() const { return m_level; }
    const GroupMember& member(int row) const { return rowAt(row).members.back(); }
    int rowOfKey(const QString& key) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelTitle(GroupKey key);

protected:
    QString rowKey(const GroupRow& row) const override;
    bool sameRow(const GroupRow& a, const GroupRow& b) const override;

private:
    QVariant rawValue(const GroupRow& row, int column) const;

    GroupKey m_level = GroupKey::CallCenter;
};

} // namespace carepulse::ui
