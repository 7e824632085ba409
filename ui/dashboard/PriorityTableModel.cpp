#include "PriorityTableModel.h"

#include <QLocale>

namespace carepulse::ui {

PriorityTableModel::PriorityTableModel(QObject* parent)
    : KeyedRowsModel<PriorityFigures>(parent)
{
}

int PriorityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PriorityTableModel::rowKey(const PriorityFigures& row) const
{
    return QString::fromStdString(row.key);
}

bool PriorityTableModel::sameRow(const PriorityFigures& a, const PriorityFigures& b) const
{
    return a.key == b.key && a.level == b.level && a.severity == b.severity && a.slaHours == b.slaHours
        && a.total == b.total && a.open == b.open && a.closed == b.closed;
}

QVariant PriorityTableModel::rawValue(const PriorityFigures& row, int column) const
{
    switch (column) {
    case PriorityColumn:
        return QString::fromStdString(row.key);
    case LevelColumn:
        return row.level ? QString::fromStdString(*row.level) : QVariant();
    case SeverityColumn:
        return row.severity ? QString::fromStdString(*row.severity) : QVariant();
    case SlaColumn:
        return row.slaHours ? QVariant(*row.slaHours) : QVariant();
    case TotalColumn:
        return static_cast<qlonglong>(row.total);
    case OpenColumn:
        return static_cast<qlonglong>(row.open);
    case ClosedColumn:
        return static_cast<qlonglong>(row.closed);
    default:
        return {};
    }
}

QVariant PriorityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PriorityFigures& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant raw = rawValue(row, index.column());
        if (index.column() == PriorityColumn && row.key == "unknown")
            return tr("unknown");
        if (!raw.isValid())
            return index.column() == SlaColumn ? tr("none") : QStringLiteral("–");
        if (raw.typeId() == QMetaType::LongLong)
            return QLocale().toString(raw.toLongLong());
        return raw.toString();
    }
    case RawValueRole:
        return rawValue(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= SlaColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant PriorityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The CLI's names: with the raw values, the CSV is `carepulse-cli export by-priority`.
    static const char* const csv[] = { "priority", "level", "severity", "sla_hours", "total", "open", "closed" };
    if (orientation == Qt::Horizontal && role == CsvHeaderRole && section >= 0 && section < ColumnCount)
        return QString::fromLatin1(csv[section]);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case LevelColumn:
        return tr("Level");
    case SeverityColumn:
        return tr("Severity");
    case SlaColumn:
        return tr("SLA (h)");
    case TotalColumn:
        return tr("Cases");
    case OpenColumn:
        return tr("Open");
    case ClosedColumn:
        return tr("Closed");
    default:
        return {};
    }
}

} // namespace carepulse::ui
