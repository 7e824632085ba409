#include "StoreContentsModel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace carepulse::ui {

StoreContentsModel::StoreContentsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StoreContentsModel::setCounts(std::vector<TableCount> counts)
{
    if (!keepsOrderOf(counts)) {
        // The surviving tables moved relative to each other: there is no selection worth keeping.
        beginResetModel();
        m_counts = std::move(counts);
        endResetModel();
        return;
    }
    removeTablesMissingFrom(counts);
    mergeInOrder(std::move(counts));
}

std::optional<std::int64_t> StoreContentsModel::rowsOf(const QString& table) const
{
    for (const TableCount& count : m_counts) {
        if (count.table == table)
            return count.rows;
    }
    return std::nullopt;
}

std::int64_t StoreContentsModel::totalRows() const
{
    std::int64_t total = 0;
    for (const TableCount& count : m_counts)
        total += count.rows;
    return total;
}

// True when the tables present both now and in counts appear in the same order in both, and counts names
// each table once: then the update is a sequence of removals, insertions and in-place changes.
bool StoreContentsModel::keepsOrderOf(const std::vector<TableCount>& counts) const
{
    QHash<QString, std::size_t> position;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (position.contains(counts[i].table))
            return false;
        position.insert(counts[i].table, i);
    }
    std::size_t previous = 0;
    bool first = true;
    for (const TableCount& current : m_counts) {
        const auto found = position.constFind(current.table);
        if (found == position.cend())
            continue;
        if (!first && *found <= previous)
            return false;
        previous = *found;
        first = false;
    }
    return true;
}

void StoreContentsModel::removeTablesMissingFrom(const std::vector<TableCount>& counts)
{
    QSet<QString> kept;
    for (const TableCount& count : counts)
        kept.insert(count.table);
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (kept.contains(m_counts[static_cast<std::size_t>(row)].table))
            continue;
        beginRemoveRows({}, row, row);
        m_counts.erase(m_counts.begin() + row);
        endRemoveRows();
    }
}

// Precondition: the current tables are a subsequence of counts, in the same order. So at each position
// either the table is the same one (update in place) or counts has a new table there (insert).
void StoreContentsModel::mergeInOrder(std::vector<TableCount> counts)
{
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const int row = static_cast<int>(i);
        if (i < m_counts.size() && m_counts[i].table == counts[i].table) {
            TableCount& current = m_counts[i];
            if (current.rows == counts[i].rows && current.description == counts[i].description)
                continue;
            current = std::move(counts[i]);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, row, row);
        m_counts.insert(m_counts.begin() + row, std::move(counts[i]));
        endInsertRows();
    }
}

int StoreContentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_counts.size());
}

int StoreContentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoreContentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableCount& count = m_counts[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(count, index.column());
    case RawValueRole:
        return rawValue(count, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == RowsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant StoreContentsModel::displayValue(const TableCount& count, int column) const
{
    switch (column) {
    case TableColumn:
        return count.table;
    case DescriptionColumn:
        return count.description;
    case RowsColumn:
        return QLocale().toString(static_cast<qlonglong>(count.rows));
    default:
        return {};
    }
}

// The value behind the text: what sorting, filtering, charts and CSV export use.
QVariant StoreContentsModel::rawValue(const TableCount& count, int column) const
{
    switch (column) {
    case TableColumn:
        return count.table;
    case DescriptionColumn:
        return count.description;
    case RowsColumn:
        return static_cast<qlonglong>(count.rows);
    default:
        return {};
    }
}

QVariant StoreContentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == RowsColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TableColumn:
        return tr("Table");
    case DescriptionColumn:
        return tr("Contents");
    case RowsColumn:
        return tr("Rows");
    default:
        return {};
    }
}

} // namespace carepulse::ui
