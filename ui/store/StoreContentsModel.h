#pragma once
// What is in a store: one row per data table with its description and row count.

#include "store/Store.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace carepulse::ui {

class StoreContentsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TableColumn, DescriptionColumn, RowsColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit StoreContentsModel(QObject* parent = nullptr);

    // Replaces the counts, signalling only what changed so a refresh keeps selection and scroll position.
    void setCounts(std::vector<TableCount> counts);
    const std::vector<TableCount>& counts() const { return m_counts; }
    std::optional<std::int64_t> rowsOf(const QString& table) const;
    std::int64_t totalRows() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void removeTablesMissingFrom(const std::vector<TableCount>& counts);
    bool keepsOrderOf(const std::vector<TableCount>& counts) const;
    void mergeInOrder(std::vector<TableCount> counts);
    QVariant displayValue(const TableCount& count, int column) const;
    QVariant rawValue(const TableCount& count, int column) const;

    std::vector<TableCount> m_counts;
};

} // namespace carepulse::ui
