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
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(row.time)
        .arg(static_cast<int>(row.kind))
        .arg(row.ordinal)
        .arg(row.status, row.detail);
}

bool TimelineModel::sameRow(const TimelineEvent& a, const TimelineEvent& b) const
{
    return a.time == b.time && a.kind == b.kind && a.detail == b.detail && a.afterAsOf == b.afterAsOf
        && a.status == b.status && a.ordinal == b.ordinal;
}

QString TimelineModel::eventText(const TimelineEvent& e)
{
    const QString what = e.status.isEmpty() ? timelineKindName(e.kind) : e.status;
    return e.afterAsOf ? tr("%1 (after T)").arg(what) : what;
}

QString TimelineModel::classText(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::Opened: return tr("open");
    case TimelineEvent::Kind::Closed: return tr("closed");
    case TimelineEvent::Kind::Created:
    case TimelineEvent::Kind::SlaDue:
    case TimelineEvent::Kind::Breached:
    case TimelineEvent::Kind::Survey: break;
    }
    return {};
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
            return eventText(e);
        case ClassColumn:
            return classText(e.kind);
        case DetailColumn:
            return e.detail;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DetailColumn && !e.detail.isEmpty())
            return e.detail;
        return {};
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return static_cast<qlonglong>(e.time);
        case EventColumn:
            return static_cast<int>(e.kind);
        case ClassColumn:
            return classText(e.kind);
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
    case ClassColumn: return tr("Class");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}

} // namespace carepulse::ui
