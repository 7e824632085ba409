#pragma once
// The SLA page's case list: a lazy model over a CaseRowSet. Rows are compact records; data() formats a
// cell only when a view asks for it, so a million rows cost no strings. Sorting and searching run on the
// books' thread: sort() asks the page for a new query. A new row set keeps persistent indexes (the
// selection) on the same cases.

#include "CaseRows.h"
#include "models/ModelRoles.h"

#include <QAbstractTableModel>

#include <memory>

namespace carepulse::ui {

class CaseTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit CaseTableModel(QObject* parent = nullptr);

    void setRows(std::shared_ptr<const CaseRowSet> rows);
    const CaseRowSet* rowSet() const { return m_rows.get(); }
    const std::shared_ptr<const CaseRowSet>& rows() const { return m_rows; }
    // The row of a case index, or -1.
    int rowOfCase(std::uint32_t caseIndex) const;
    QString caseNo(int row) const;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString formatDuration(std::int64_t seconds);

signals:
    void sortRequested(int column, Qt::SortOrder order);

private:
    QVariant display(const CaseRecord& r, CaseColumn column) const;

    std::shared_ptr<const CaseRowSet> m_rows;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

// Translucent tints that read on light and dark palettes alike.
QColor breachedTint();
QColor atRiskTint();

} // namespace carepulse::ui
