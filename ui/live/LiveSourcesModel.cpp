#include "LiveSourcesModel.h"

#include <QLocale>

namespace carepulse::ui {

bool LiveSourcesModel::sameRow(const SourceStatus& a, const SourceStatus& b) const
{
    return a.state == b.state && a.message == b.message && a.eventsApplied == b.eventsApplied
           && a.quarantined == b.quarantined && qRound64(a.eventsPerSecond) == qRound64(b.eventsPerSecond)
           && a.newestEvent == b.newestEvent && a.lagSeconds == b.lagSeconds && a.connections == b.connections
           && a.cutOff == b.cutOff && a.paused == b.paused;
}

QVariant LiveSourcesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SourceStatus& s = rowAt(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case Source:
            return s.name;
        case State:
            return static_cast<int>(s.state);
        case Rate:
            return s.eventsPerSecond;
        case Applied:
            return static_cast<qlonglong>(s.eventsApplied);
        case Quarantined:
            return static_cast<qlonglong>(s.quarantined);
        case Newest:
            return s.newestEvent ? QVariant(static_cast<qlonglong>(*s.newestEvent)) : QVariant();
        case Lag:
            return s.lagSeconds ? QVariant(static_cast<qlonglong>(*s.lagSeconds)) : QVariant();
        case Clients:
            return s.connections;
        case CutOff:
            return static_cast<qlonglong>(s.cutOff);
        case Message:
            return s.message;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Rate && index.column() <= CutOff && index.column() != Newest)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Message)
        return s.message;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Source:
        return s.name;
    case State:
        return sourceStateText(s.state);
    case Rate:
        return locale.toString(qRound64(s.eventsPerSecond));
    case Applied:
        return locale.toString(static_cast<qlonglong>(s.eventsApplied));
    case Quarantined:
        return locale.toString(static_cast<qlonglong>(s.quarantined));
    case Newest:
        return s.newestEvent ? QString::fromStdString(formatTimestamp(*s.newestEvent)) : QString();
    case Lag:
        return s.lagSeconds ? tr("%1 s").arg(locale.toString(static_cast<qlonglong>(*s.lagSeconds))) : QString();
    case Clients:
        return s.name.startsWith(QLatin1String("tcp:")) ? locale.toString(s.connections) : QString();
    case CutOff:
        return s.name.startsWith(QLatin1String("tcp:")) ? locale.toString(static_cast<qlonglong>(s.cutOff)) : QString();
    case Message:
        return s.message;
    default:
        return {};
    }
}

QVariant LiveSourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char* const kCsv[] = {"source", "state", "events_per_second", "applied", "quarantined",
                                       "newest_event", "lag_seconds", "clients", "cut_off", "message"};
    if (role == CsvHeaderRole && section >= 0 && section < ColumnCount)
        return QString::fromLatin1(kCsv[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Source:
        return tr("Source");
    case State:
        return tr("State");
    case Rate:
        return tr("Events/s");
    case Applied:
        return tr("Applied");
    case Quarantined:
        return tr("Quarantined");
    case Newest:
        return tr("Newest event");
    case Lag:
        return tr("Lag");
    case Clients:
        return tr("Clients");
    case CutOff:
        return tr("Cut off");
    case Message:
        return tr("Activity");
    default:
        return {};
    }
}

} // namespace carepulse::ui
