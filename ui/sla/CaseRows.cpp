#include "CaseRows.h"

#include "book/Books.h"
#include "kpi/KpiEngine.h"
#include "report/Reports.h"

#include <algorithm>
#include <atomic>

namespace carepulse::ui {

namespace {

struct Selection {
    Timestamp asOf = 0;
    CaseGrouper::CaseRows rows;
    CaseRowSet set;
};

// withStatus: also keep core's rows (with each case's status) in the same order, for the CSV.
Selection select(const Books& books, const CaseQuery& query, LabelCache& cache, bool withStatus)
{
    const CaseBook& book = books.cases;
    Selection out;
    out.asOf = query.asOf.value_or(dataClock(books.cases, books.surveys));
    const CaseGrouper grouper(book, query.settings);
    CaseGrouper::CaseRows rows = grouper.cases(out.asOf, grouperState(query.state), query.filter, query.path);
    CaseRowSet& set = out.set;
    set.asOf = out.asOf;
    set.labels = cache.tables(book);
    set.rows.reserve(rows.size());
    for (const CaseGrouper::CaseRow& row : rows)
        set.append(book, row);

    // Searched and sorted by the code `carepulse-cli breaches --search --sort` runs.
    const std::vector<std::size_t> order = caseListOrder(set, query.listQuery());
    std::size_t same = 0;
    while (same < order.size() && order[same] == same)
        ++same;
    if (order.size() == set.rows.size() && same == order.size()) {
        // Case-number order, nothing searched: the rows are already right (no copies of a million records).
        if (withStatus)
            out.rows = std::move(rows);
        return out;
    }
    std::vector<CaseRecord> sorted;
    sorted.reserve(order.size());
    for (std::size_t k : order)
        sorted.push_back(set.rows[k]);
    set.rows = std::move(sorted);
    if (withStatus) {
        out.rows.reserve(order.size());
        for (std::size_t k : order)
            out.rows.push_back(rows[k]);
    }
    return out;
}

} // namespace

CaseListQuery CaseQuery::listQuery() const
{
    CaseListQuery q;
    q.search = search;
    if (sortColumn >= 0 && sortColumn < static_cast<int>(CaseColumn::Count)) {
        q.sort.column = static_cast<CaseColumn>(sortColumn);
        q.sort.descending = order == Qt::DescendingOrder;
    }
    return q;
}

CaseGrouper::StateFilter grouperState(CaseState state)
{
    switch (state) {
    case CaseState::Breached:
        return CaseGrouper::StateFilter::Breached;
    case CaseState::AtRisk:
        return CaseGrouper::StateFilter::AtRisk;
    case CaseState::BreachedOrAtRisk:
        return CaseGrouper::StateFilter::BreachedOrAtRisk;
    case CaseState::Open:
        return CaseGrouper::StateFilter::Open;
    case CaseState::Closed:
        return CaseGrouper::StateFilter::Closed;
    case CaseState::All:
        break;
    }
    return CaseGrouper::StateFilter::All;
}

QVariant CaseRowSet::raw(const CaseRecord& r, CaseColumn column) const
{
    switch (column) {
    case CaseColumn::Level:
    case CaseColumn::Severity: {
        const PriorityInfo* p = labels->priority(r.priority);
        return p && p->known ? QVariant(QString::fromStdString(shownText(r, column))) : QVariant();
    }
    case CaseColumn::SlaHours: {
        const PriorityInfo* p = labels->priority(r.priority);
        return p && p->slaHours ? QVariant(*p->slaHours) : QVariant();
    }
    case CaseColumn::Created:
    case CaseColumn::Due:
    case CaseColumn::ClosedAt:
    case CaseColumn::Elapsed:
    case CaseColumn::OverdueBy:
    case CaseColumn::TimeToBreach: {
        const std::optional<std::int64_t> v = number(r, column);
        return v ? QVariant(static_cast<qlonglong>(*v)) : QVariant();
    }
    case CaseColumn::Count:
        return {};
    default:
        return QString::fromStdString(shownText(r, column));
    }
}

CaseRowSet runCaseQuery(const Books& books, const CaseQuery& query, LabelCache& labels,
    const std::shared_ptr<const CaseRowSet>& previous)
{
    static std::atomic<std::uint64_t> serials { 0 };
    CaseRowSet set = std::move(select(books, query, labels, false).set);
    set.serial = ++serials;
    if (!previous)
        return set;
    set.previousSerial = previous->serial;
    const std::vector<CaseRecord>& before = previous->rows;
    set.sameCasesAsPrevious = before.size() == set.rows.size()
        && std::equal(before.begin(), before.end(), set.rows.begin(),
            [](const CaseRecord& a, const CaseRecord& b) { return a.caseIndex == b.caseIndex; });
    if (set.sameCasesAsPrevious)
        return set;
    std::vector<std::int32_t> rowOfCase(books.cases.size(), -1);
    for (std::size_t i = 0; i < set.rows.size(); ++i) {
        if (set.rows[i].caseIndex < rowOfCase.size())
            rowOfCase[set.rows[i].caseIndex] = static_cast<std::int32_t>(i);
    }
    set.previousToNew.reserve(before.size());
    for (const CaseRecord& r : before)
        set.previousToNew.push_back(r.caseIndex < rowOfCase.size() ? rowOfCase[r.caseIndex] : -1);
    return set;
}

std::string caseQueryCsv(const Books& books, const CaseQuery& query, LabelCache& labels)
{
    const Selection selection = select(books, query, labels, true);
    const CaseGrouper grouper(books.cases, query.settings);
    return caseRowsTable(grouper, selection.rows).toCsv();
}

} // namespace carepulse::ui
