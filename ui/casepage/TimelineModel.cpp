#include "TimelineModel.h"

#include "sla/CaseTableModel.h"

#include <QFont>
#include <QPalette>

namespace carepulse::ui {

TimelineModel::TimelineModel(QObject* parent)
    : KeyedRowsModel<TimelineEvent>(parent)
{
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::rowKey(const TimelineEvent& row) const
{
    return QStringLiteral("%1/%2/%3").arg(row.time).arg(static_cast<int>(row.kind)).arg(row.detail);
}

bool TimelineModel::sameRow(const TimelineEvent& a, const TimelineEvent& b) const
{
    return a.time == b.time && a.kind == b.kind && a.detail == b.detail && a.afterAsOf == b.afterAsOf;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent& e = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QString::fromStdString(formatTimestamp(e.time));
        case EventColumn:
            return e.afterAsOf ? tr("%1 (after T)").arg(timelineKindName(e.kind)) : timelineKindName(e.kind);
        case DetailColumn:
            return e.detail;
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return static_cast<qlonglong>(e.time);
        case EventColumn:
            return static_cast<int>(e.kind);
        case DetailColumn:
            return e.detail;
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (e.kind == TimelineEvent::Kind::Breached)
            return breachedTint();
        return {};
    case Qt::ForegroundRole:
        if (e.afterAsOf)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case EventColumn: return tr("Event");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}

} // namespace carepulse::ui
