#include "GroupTableModel.h"

#include "CaseTableModel.h"

#include <QColor>
#include <QLocale>

namespace carepulse::ui {

GroupTableModel::GroupTableModel(QObject* parent)
    : KeyedRowsModel<GroupRow>(parent)
{
}

void GroupTableModel::setRows(GroupKey level, std::vector<GroupRow> rows)
{
    if (level != m_level) {
        replaceRows({}); // other members: nothing to keep
        m_level = level;
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
    replaceRows(std::move(rows));
}

int GroupTableModel::rowOfKey(const QString& key) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowKey(rowAt(row)) == key)
            return row;
    }
    return -1;
}

int GroupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GroupTableModel::rowKey(const GroupRow& row) const
{
    return row.members.empty() ? QString() : QString::fromStdString(row.members.back().key);
}

bool GroupTableModel::sameRow(const GroupRow& a, const GroupRow& b) const
{
    return a.cases == b.cases && a.open == b.open && a.breached == b.breached && a.atRisk == b.atRisk && a.met == b.met
        && a.breachedClosed == b.breachedClosed && a.compliancePct == b.compliancePct
        && a.medianOverdue == b.medianOverdue && a.members.back().name == b.members.back().name;
}

QVariant GroupTableModel::rawValue(const GroupRow& row, int column) const
{
    switch (column) {
    case KeyColumn:
        return QString::fromStdString(row.members.back().key);
    case NameColumn:
        return QString::fromStdString(row.members.back().name);
    case CasesColumn:
        return static_cast<qlonglong>(row.cases);
    case OpenColumn:
        return static_cast<qlonglong>(row.open);
    case BreachedColumn:
        return static_cast<qlonglong>(row.breached);
    case AtRiskColumn:
        return static_cast<qlonglong>(row.atRisk);
    case MetColumn:
        return static_cast<qlonglong>(row.met);
    case ComplianceColumn:
        return row.compliancePct ? QVariant(*row.compliancePct) : QVariant();
    case MedianOverdueColumn:
        return row.medianOverdue ? QVariant(static_cast<qlonglong>(*row.medianOverdue)) : QVariant();
    default:
        return {};
    }
}

QVariant GroupTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupRow& row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant raw = rawValue(row, column);
        if (column == MedianOverdueColumn)
            return raw.isValid() ? CaseTableModel::formatDuration(raw.toLongLong()) : QString();
        if (column == ComplianceColumn)
            return raw.isValid() ? QLocale().toString(raw.toDouble(), 'f', 2) + QStringLiteral(" %") : QStringLiteral("–");
        if (column == KeyColumn && raw.toString().isEmpty())
            return tr("(none)");
        if (raw.typeId() == QMetaType::LongLong)
            return QLocale().toString(raw.toLongLong());
        return raw;
    }
    case RawValueRole:
        return rawValue(row, column);
    case Qt::BackgroundRole:
        if (column == BreachedColumn && row.breached > 0)
            return breachedTint();
        if (column == AtRiskColumn && row.atRisk > 0)
            return atRiskTint();
        return {};
    case Qt::TextAlignmentRole:
        if (column >= CasesColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QString GroupTableModel::levelTitle(GroupKey key)
{
    switch (key) {
    case GroupKey::CallCenter: return tr("Call centre");
    case GroupKey::Manager: return tr("Manager");
    case GroupKey::Employee: return tr("Agent");
    case GroupKey::Category: return tr("Category");
    case GroupKey::SubCategory: return tr("Sub-category");
    case GroupKey::Priority: return tr("Priority");
    case GroupKey::Channel: return tr("Channel");
    case GroupKey::Country: return tr("Country");
    }
    return {};
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == CsvHeaderRole) {
        const std::string level = groupKeyName(m_level);
        static const char* const names[] = { "", "", "cases", "open", "breached", "at_risk", "met", "compliance_pct",
            "median_overdue_by_s" };
        if (section == KeyColumn)
            return QString::fromStdString(level);
        if (section == NameColumn)
            return QString::fromStdString(level + "_name");
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(names[section]) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return levelTitle(m_level);
    case NameColumn: return tr("Name");
    case CasesColumn: return tr("Cases");
    case OpenColumn: return tr("Open");
    case BreachedColumn: return tr("Breached");
    case AtRiskColumn: return tr("At risk");
    case MetColumn: return tr("Met");
    case ComplianceColumn: return tr("Compliance");
    case MedianOverdueColumn: return tr("Median overdue");
    default: return {};
    }
}

} // namespace carepulse::ui
