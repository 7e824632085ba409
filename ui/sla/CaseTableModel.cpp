#include "CaseTableModel.h"

#include <QColor>
#include <QLocale>

#include <unordered_map>

namespace carepulse::ui {

namespace {

QString timestampText(const QVariant& raw)
{
    return raw.isValid() ? QString::fromStdString(formatTimestamp(raw.toLongLong())) : QString();
}

} // namespace

QColor breachedTint()
{
    return QColor(220, 50, 47, 70);
}

QColor atRiskTint()
{
    return QColor(235, 160, 0, 75);
}

CaseTableModel::CaseTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CaseTableModel::setRows(std::shared_ptr<const CaseRowSet> rows)
{
    const std::size_t oldSize = m_rows ? m_rows->rows.size() : 0;
    const std::size_t newSize = rows ? rows->rows.size() : 0;
    if (oldSize == 0 || newSize == 0) {
        if (oldSize > 0) {
            beginRemoveRows({}, 0, static_cast<int>(oldSize) - 1);
            m_rows = std::move(rows);
            endRemoveRows();
        } else if (newSize > 0) {
            beginInsertRows({}, 0, static_cast<int>(newSize) - 1);
            m_rows = std::move(rows);
            endInsertRows();
        } else {
            m_rows = std::move(rows);
        }
        return;
    }
    const bool related = rows->previousSerial != 0 && rows->previousSerial == m_rows->serial;
    bool sameCases = related ? rows->sameCasesAsPrevious : oldSize == newSize;
    for (std::size_t i = 0; !related && sameCases && i < newSize; ++i)
        sameCases = m_rows->rows[i].caseIndex == rows->rows[i].caseIndex;
    if (sameCases) {
        // The same cases in the same order: the figures may have moved on (elapsed, state) but no row did.
        m_rows = std::move(rows);
        emit dataChanged(index(0, 0), index(static_cast<int>(newSize) - 1, columnCount() - 1));
        return;
    }
    // Rows came, went or moved: a layout change that takes every persistent index (the selection, the
    // current row) to its case's new row, or drops it when the case left the list. The books' thread
    // worked the moves out when it knew what was on screen; otherwise they are looked up here.
    emit layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    if (related) {
        for (const QModelIndex& p : persistent) {
            const int row = rows->previousToNew[static_cast<std::size_t>(p.row())];
            moved << (row < 0 ? QModelIndex() : createIndex(row, p.column()));
        }
    } else {
        std::unordered_map<std::uint32_t, int> wanted;
        for (const QModelIndex& p : persistent)
            wanted.emplace(m_rows->rows[static_cast<std::size_t>(p.row())].caseIndex, -1);
        for (std::size_t i = 0; !wanted.empty() && i < newSize; ++i) {
            const auto it = wanted.find(rows->rows[i].caseIndex);
            if (it != wanted.end())
                it->second = static_cast<int>(i);
        }
        for (const QModelIndex& p : persistent) {
            const int row = wanted[m_rows->rows[static_cast<std::size_t>(p.row())].caseIndex];
            moved << (row < 0 ? QModelIndex() : createIndex(row, p.column()));
        }
    }
    m_rows = std::move(rows);
    changePersistentIndexList(persistent, moved);
    emit layoutChanged();
}

int CaseTableModel::rowOfCase(std::uint32_t caseIndex) const
{
    if (!m_rows)
        return -1;
    for (std::size_t i = 0; i < m_rows->rows.size(); ++i) {
        if (m_rows->rows[i].caseIndex == caseIndex)
            return static_cast<int>(i);
    }
    return -1;
}

QString CaseTableModel::caseNo(int row) const
{
    if (!m_rows || row < 0 || row >= rowCount())
        return {};
    return QString::fromStdString(m_rows->caseNo(m_rows->rows[static_cast<std::size_t>(row)]));
}

int CaseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_rows ? 0 : static_cast<int>(m_rows->rows.size());
}

int CaseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(CaseColumn::Count);
}

QString CaseTableModel::formatDuration(std::int64_t seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("−") : QString();
    std::int64_t s = seconds < 0 ? -seconds : seconds;
    const std::int64_t days = s / 86400;
    s %= 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg(s / 3600, 2, 10, QLatin1Char('0'))
                              .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
                              .arg(s % 60, 2, 10, QLatin1Char('0'));
    if (days == 0)
        return sign + clock;
    return sign + tr("%n d", nullptr, static_cast<int>(days)) + QLatin1Char(' ') + clock;
}

QVariant CaseTableModel::display(const CaseRecord& r, CaseColumn column) const
{
    const QVariant raw = m_rows->raw(r, column);
    switch (column) {
    case CaseColumn::Created:
    case CaseColumn::Due:
    case CaseColumn::ClosedAt:
        return timestampText(raw);
    case CaseColumn::Elapsed:
    case CaseColumn::OverdueBy:
    case CaseColumn::TimeToBreach:
        return raw.isValid() ? formatDuration(raw.toLongLong()) : QString();
    case CaseColumn::Priority:
        return r.priority == CaseBook::kUnknownPriority ? tr("unknown") : raw;
    case CaseColumn::State:
        return r.closedAt == CaseBook::kNever ? tr("Open") : tr("Closed");
    case CaseColumn::SlaState:
        switch (r.sla) {
        case SlaState::Breached:
            return tr("Breached");
        case SlaState::AtRisk:
            return tr("At risk");
        case SlaState::Met:
            return tr("Met");
        case SlaState::OnTrack:
            return tr("On track");
        case SlaState::NoSla:
            return tr("No SLA");
        }
        return {};
    default:
        return raw;
    }
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseRecord& r = m_rows->rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<CaseColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case RawValueRole:
        return m_rows->raw(r, column);
    case SlaStateRole:
        return static_cast<int>(r.sla);
    case CaseIndexRole:
        return r.caseIndex;
    case Qt::BackgroundRole:
        if (r.sla == SlaState::Breached)
            return breachedTint();
        if (r.sla == SlaState::AtRisk)
            return atRiskTint();
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case CaseColumn::SlaHours:
        case CaseColumn::Elapsed:
        case CaseColumn::OverdueBy:
        case CaseColumn::TimeToBreach:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == CsvHeaderRole && section >= 0 && section < static_cast<int>(CaseColumn::Count)) {
        const std::string_view name = caseColumnName(static_cast<CaseColumn>(section));
        return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<CaseColumn>(section)) {
    case CaseColumn::CaseNo: return tr("Case");
    case CaseColumn::Priority: return tr("Priority");
    case CaseColumn::Level: return tr("Level");
    case CaseColumn::Severity: return tr("Severity");
    case CaseColumn::SlaHours: return tr("SLA (h)");
    case CaseColumn::Created: return tr("Created");
    case CaseColumn::Due: return tr("Due");
    case CaseColumn::ClosedAt: return tr("Closed at");
    case CaseColumn::Elapsed: return tr("Elapsed");
    case CaseColumn::OverdueBy: return tr("Overdue by");
    case CaseColumn::TimeToBreach: return tr("Time to breach");
    case CaseColumn::State: return tr("State");
    case CaseColumn::SlaState: return tr("SLA");
    case CaseColumn::CallCenter: return tr("Call centre");
    case CaseColumn::Location: return tr("Location");
    case CaseColumn::Employee: return tr("Agent");
    case CaseColumn::Manager: return tr("Manager");
    case CaseColumn::Category: return tr("Category");
    case CaseColumn::SubCategory: return tr("Sub-category");
    case CaseColumn::Channel: return tr("Channel");
    case CaseColumn::Country: return tr("Country");
    case CaseColumn::Product: return tr("Product");
    case CaseColumn::Count: break;
    }
    return {};
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0)
        column = 0;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit sortRequested(column, order);
}

} // namespace carepulse::ui
