#pragma once
// A table model over a list of rows that each have a key, whose refresh signals only what changed:
// rows that left are removed, rows that stayed are updated in place (dataChanged only when they differ)
// or moved with a layout change, new rows are inserted. Selection, sort and scroll survive a refresh.
// Small lists only (groups, priorities, timelines): the big case list has its own model.

#include "ModelRoles.h"

#include <QAbstractTableModel>
#include <QHash>

#include <algorithm>
#include <iterator>
#include <vector>

namespace carepulse::ui {

template<typename Row> class KeyedRowsModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
    const std::vector<Row>& rows() const { return m_rows; }

protected:
    virtual QString rowKey(const Row& row) const = 0;
    virtual bool sameRow(const Row& a, const Row& b) const = 0;

    void replaceRows(std::vector<Row> next)
    {
        QHash<QString, int> position;
        for (int i = 0; i < static_cast<int>(next.size()); ++i)
            position.insert(rowKey(next[static_cast<std::size_t>(i)]), i);
        removeRowsMissingFrom(position);
        reorderLike(position);
        mergeInOrder(std::move(next));
    }

    const Row& rowAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

private:
    void removeRowsMissingFrom(const QHash<QString, int>& position)
    {
        for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0;) {
            if (position.contains(rowKey(rowAt(row)))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !position.contains(rowKey(rowAt(first - 1))))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
            endRemoveRows();
            row = first - 1;
        }
    }

    // The rows that stay, put into next's relative order (a layout change that keeps persistent indexes).
    void reorderLike(const QHash<QString, int>& position)
    {
        std::vector<int> order(m_rows.size());
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            order[i] = position.value(rowKey(m_rows[i]));
        if (std::is_sorted(order.begin(), order.end()))
            return;
        std::vector<int> permutation(m_rows.size());
        for (std::size_t i = 0; i < permutation.size(); ++i)
            permutation[i] = static_cast<int>(i);
        std::sort(permutation.begin(), permutation.end(), [&](int a, int b) {
            return order[static_cast<std::size_t>(a)] < order[static_cast<std::size_t>(b)];
        });
        emit layoutAboutToBeChanged();
        std::vector<int> newRowOf(m_rows.size());
        std::vector<Row> sorted;
        sorted.reserve(m_rows.size());
        for (std::size_t i = 0; i < permutation.size(); ++i) {
            newRowOf[static_cast<std::size_t>(permutation[i])] = static_cast<int>(i);
            sorted.push_back(std::move(m_rows[static_cast<std::size_t>(permutation[i])]));
        }
        m_rows = std::move(sorted);
        const QModelIndexList persistent = persistentIndexList();
        QModelIndexList moved;
        for (const QModelIndex& p : persistent)
            moved << index(newRowOf[static_cast<std::size_t>(p.row())], p.column());
        changePersistentIndexList(persistent, moved);
        emit layoutChanged();
    }

    // Precondition: the current rows are a subsequence of next in the same order. New rows that come
    // together are inserted together.
    void mergeInOrder(std::vector<Row> next)
    {
        const int lastColumn = columnCount() - 1;
        std::size_t i = 0;
        while (i < next.size()) {
            const int row = static_cast<int>(i);
            if (i < m_rows.size() && rowKey(m_rows[i]) == rowKey(next[i])) {
                if (!sameRow(m_rows[i], next[i])) {
                    m_rows[i] = std::move(next[i]);
                    emit dataChanged(index(row, 0), index(row, lastColumn));
                }
                ++i;
                continue;
            }
            const QString stop = i < m_rows.size() ? rowKey(m_rows[i]) : QString();
            std::size_t end = i;
            while (end < next.size() && (i >= m_rows.size() || rowKey(next[end]) != stop))
                ++end;
            beginInsertRows({}, row, static_cast<int>(end) - 1);
            m_rows.insert(m_rows.begin() + row, std::make_move_iterator(next.begin() + static_cast<std::ptrdiff_t>(i)),
                std::make_move_iterator(next.begin() + static_cast<std::ptrdiff_t>(end)));
            endInsertRows();
            i = end;
        }
    }

    std::vector<Row> m_rows;
};

} // namespace carepulse::ui
