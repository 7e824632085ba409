#include "CaseRows.h"

#include "book/Books.h"
#include "kpi/KpiEngine.h"
#include "report/Reports.h"

#include <algorithm>
#include <atomic>
#include <numeric>
#include <unordered_map>

namespace carepulse::ui {

namespace {

using A = CaseBook::Attribute;

constexpr std::size_t at(A a)
{
    return static_cast<std::size_t>(a);
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
        [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    return text;
}

bool contains(const std::string& haystack, const std::string& needle)
{
    return lower(haystack).find(needle) != std::string::npos;
}

// Per dictionary id of each attribute (and per priority index): does any name shown for it hold the needle?
struct SearchIndex {
    std::array<std::vector<char>, at(A::Count)> attribute;
    std::vector<char> priority;
    std::string needle;

    SearchIndex(const LabelTables& t, std::string text)
        : needle(std::move(text))
    {
        const auto fill = [&](A a, std::size_t size, auto matches) {
            std::vector<char>& v = attribute[at(a)];
            v.resize(size);
            for (std::size_t id = 0; id < size; ++id)
                v[id] = matches(id) ? 1 : 0;
        };
        fill(A::CallCenter, t.centre.size(), [&](std::size_t id) {
            return contains(t.centre[id], needle) || contains(t.centreName[id], needle) || contains(t.centreLocation[id], needle);
        });
        fill(A::Employee, t.employee.size(), [&](std::size_t id) {
            return contains(t.employee[id], needle) || contains(t.employeeName[id], needle) || contains(t.managerName[id], needle);
        });
        fill(A::Category, t.category.size(),
            [&](std::size_t id) { return contains(t.category[id], needle) || contains(t.categoryName[id], needle); });
        fill(A::SubCategory, t.subCategory.size(), [&](std::size_t id) {
            if (contains(t.subCategory[id], needle))
                return true;
            for (const auto& [pair, name] : t.subCategoryNames) {
                if (pair.second == t.subCategory[id] && contains(name, needle))
                    return true;
            }
            return false;
        });
        fill(A::Channel, t.channel.size(), [&](std::size_t id) { return contains(t.channel[id], needle); });
        fill(A::Country, t.country.size(),
            [&](std::size_t id) { return contains(t.country[id], needle) || contains(t.countryName[id], needle); });
        fill(A::Product, t.product.size(), [&](std::size_t id) { return contains(t.product[id], needle); });
        for (const PriorityInfo& p : t.priorities)
            priority.push_back(contains(p.key, needle) || contains(p.level, needle) || contains(p.severity, needle) ? 1 : 0);
    }

    bool matches(const CaseRowSet& set, const CaseRecord& r) const
    {
        for (std::size_t a = 0; a < at(A::Count); ++a) {
            const std::vector<char>& v = attribute[a];
            if (r.attributes[a] < v.size() && v[r.attributes[a]])
                return true;
        }
        if (r.priority < priority.size() && priority[r.priority])
            return true;
        if (r.priority == CaseBook::kUnknownPriority && std::string("unknown").find(needle) != std::string::npos)
            return true;
        return set.caseNo(r).find(needle) != std::string::npos;
    }
};

bool canonicalNumber(const std::string& text, std::uint64_t& value)
{
    if (text.empty() || text.size() > 18 || (text.size() > 1 && text[0] == '0'))
        return false;
    value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return true;
}

bool isNumeric(CaseColumn c)
{
    switch (c) {
    case CaseColumn::SlaHours:
    case CaseColumn::Created:
    case CaseColumn::Due:
    case CaseColumn::ClosedAt:
    case CaseColumn::Elapsed:
    case CaseColumn::OverdueBy:
    case CaseColumn::TimeToBreach:
        return true;
    default:
        return false;
    }
}

// Empty values sort after every value, in both directions.
std::optional<std::int64_t> numericKey(const CaseRowSet& s, const CaseRecord& r, CaseColumn c)
{
    switch (c) {
    case CaseColumn::SlaHours: {
        const std::int64_t sla = s.slaSeconds(r);
        return sla < 0 ? std::nullopt : std::optional<std::int64_t>(sla);
    }
    case CaseColumn::Created:
        return r.created;
    case CaseColumn::Due: {
        const Timestamp due = s.due(r);
        return due == CaseBook::kNever ? std::nullopt : std::optional<std::int64_t>(due);
    }
    case CaseColumn::ClosedAt:
        return r.closedAt == CaseBook::kNever ? std::nullopt : std::optional<std::int64_t>(r.closedAt);
    case CaseColumn::Elapsed:
        return s.elapsed(r);
    case CaseColumn::OverdueBy:
        return s.overdueBy(r);
    case CaseColumn::TimeToBreach:
        return s.timeToBreach(r);
    default:
        return std::nullopt;
    }
}

// The identity of the text a column shows for a row: rows with the same identity show the same text.
std::uint64_t labelIdentity(const CaseRecord& r, CaseColumn c)
{
    switch (c) {
    case CaseColumn::Priority:
    case CaseColumn::Level:
    case CaseColumn::Severity:
        return r.priority;
    case CaseColumn::State:
        return r.closedAt == CaseBook::kNever ? 0 : 1;
    case CaseColumn::SlaState:
        return static_cast<std::uint64_t>(r.sla);
    case CaseColumn::CallCenter:
    case CaseColumn::Location:
        return r.attributes[at(A::CallCenter)];
    case CaseColumn::Employee:
    case CaseColumn::Manager:
        return r.attributes[at(A::Employee)];
    case CaseColumn::Category:
        return r.attributes[at(A::Category)];
    case CaseColumn::SubCategory:
        return (static_cast<std::uint64_t>(r.attributes[at(A::Category)]) << 32) | r.attributes[at(A::SubCategory)];
    case CaseColumn::Channel:
        return r.attributes[at(A::Channel)];
    case CaseColumn::Country:
        return r.attributes[at(A::Country)];
    case CaseColumn::Product:
        return r.attributes[at(A::Product)];
    default:
        return 0;
    }
}

// Per row, the rank of its text in the column (case-insensitive): each distinct text is compared once,
// so sorting a million rows by a name column costs a hash lookup a row.
std::vector<std::uint32_t> textRanks(const CaseRowSet& set, CaseColumn column)
{
    std::unordered_map<std::uint64_t, std::uint32_t> distinct;
    std::vector<std::pair<QString, std::uint64_t>> texts;
    for (const CaseRecord& r : set.rows) {
        const std::uint64_t id = labelIdentity(r, column);
        if (distinct.try_emplace(id, 0).second)
            texts.emplace_back(set.raw(r, column).toString(), id);
    }
    std::sort(texts.begin(), texts.end(), [](const auto& a, const auto& b) {
        return QString::compare(a.first, b.first, Qt::CaseInsensitive) < 0;
    });
    for (std::size_t k = 0; k < texts.size(); ++k)
        distinct[texts[k].second] = static_cast<std::uint32_t>(k);
    std::vector<std::uint32_t> rank;
    rank.reserve(set.rows.size());
    for (const CaseRecord& r : set.rows)
        rank.push_back(distinct[labelIdentity(r, column)]);
    return rank;
}

struct Selection {
    Timestamp asOf = 0;
    std::vector<CaseGrouper::CaseRow> rows;
    CaseRowSet set;
};

// withStatus: also keep core's rows (with each case's status) in the same order, for the CSV.
Selection select(const Books& books, const CaseQuery& query, LabelCache& cache, bool withStatus)
{
    const CaseBook& book = books.cases;
    Selection out;
    out.asOf = query.asOf.value_or(dataClock(books.cases, books.surveys));
    const CaseGrouper grouper(book, query.settings);
    std::vector<CaseGrouper::CaseRow> rows = grouper.cases(out.asOf, grouperState(query.state), query.filter, query.path);
    if (query.state == CaseState::Open || query.state == CaseState::Closed) {
        const bool closed = query.state == CaseState::Closed;
        std::erase_if(rows, [closed](const CaseGrouper::CaseRow& r) { return r.status.closed != closed; });
    }
    CaseRowSet& set = out.set;
    set.asOf = out.asOf;
    set.labels = cache.tables(book);
    set.rows.reserve(rows.size());
    for (const CaseGrouper::CaseRow& row : rows) {
        const std::uint32_t i = row.caseIndex;
        CaseRecord r {};
        const std::string caseNo = book.caseNo(i);
        if (!canonicalNumber(caseNo, r.caseNo)) {
            r.caseNo = CaseRowSet::kTextCaseNo | set.textCaseNos.size();
            set.textCaseNos.push_back(caseNo);
        }
        r.created = book.created(i);
        r.closedAt = row.status.closed ? row.status.closedAt : CaseBook::kNever;
        r.caseIndex = i;
        for (std::size_t a = 0; a < at(A::Count); ++a)
            r.attributes[a] = book.attribute(i, static_cast<A>(a));
        r.priority = book.priority(i);
        r.sla = row.status.sla;
        set.rows.push_back(r);
    }

    std::vector<std::size_t> order(set.rows.size());
    std::iota(order.begin(), order.end(), std::size_t { 0 });
    if (!query.search.trimmed().isEmpty()) {
        const SearchIndex search(*set.labels, lower(query.search.trimmed().toStdString()));
        std::erase_if(order, [&](std::size_t k) { return !search.matches(set, set.rows[k]); });
    }
    const auto column = static_cast<CaseColumn>(query.sortColumn);
    if (query.sortColumn > 0 && query.sortColumn < static_cast<int>(CaseColumn::Count)) {
        const bool descending = query.order == Qt::DescendingOrder;
        if (isNumeric(column)) {
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                const auto ka = numericKey(set, set.rows[a], column);
                const auto kb = numericKey(set, set.rows[b], column);
                if (!ka || !kb)
                    return ka.has_value() && !kb.has_value();
                return descending ? *kb < *ka : *ka < *kb;
            });
        } else {
            const std::vector<std::uint32_t> rank = textRanks(set, column);
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                return descending ? rank[b] < rank[a] : rank[a] < rank[b];
            });
        }
    } else if (query.sortColumn == 0 && query.order == Qt::DescendingOrder) {
        std::reverse(order.begin(), order.end());
    }
    const bool identity = order.size() == set.rows.size()
        && (query.sortColumn <= 0 && !(query.sortColumn == 0 && query.order == Qt::DescendingOrder));
    if (identity) {
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
    case CaseState::Closed:
    case CaseState::All:
        break;
    }
    return CaseGrouper::StateFilter::All;
}

std::string CaseRowSet::caseNo(const CaseRecord& r) const
{
    if (r.caseNo & kTextCaseNo)
        return textCaseNos[static_cast<std::size_t>(r.caseNo & ~kTextCaseNo)];
    return std::to_string(r.caseNo);
}

const std::string& CaseRowSet::text(const CaseRecord& r, CaseBook::Attribute a) const
{
    const std::uint32_t id = r.attributes[at(a)];
    const auto pick = [id](const std::vector<std::string>& v) -> const std::string& {
        return id < v.size() ? v[id] : LabelTables::unknown();
    };
    switch (a) {
    case A::CallCenter:
        return pick(labels->centre);
    case A::Employee:
        return pick(labels->employee);
    case A::Category:
        return pick(labels->category);
    case A::SubCategory:
        return pick(labels->subCategory);
    case A::Channel:
        return pick(labels->channel);
    case A::Country:
        return pick(labels->country);
    case A::Product:
        return pick(labels->product);
    case A::Count:
        break;
    }
    return LabelTables::unknown();
}

Timestamp CaseRowSet::due(const CaseRecord& r) const
{
    const std::int64_t sla = slaSeconds(r);
    return sla < 0 ? CaseBook::kNever : r.created + sla;
}

std::int64_t CaseRowSet::elapsed(const CaseRecord& r) const
{
    return (r.closedAt == CaseBook::kNever ? asOf : r.closedAt) - r.created;
}

std::optional<std::int64_t> CaseRowSet::overdueBy(const CaseRecord& r) const
{
    if (r.sla != SlaState::Breached)
        return std::nullopt;
    return (r.closedAt == CaseBook::kNever ? asOf : r.closedAt) - due(r);
}

std::optional<std::int64_t> CaseRowSet::timeToBreach(const CaseRecord& r) const
{
    if (r.closedAt != CaseBook::kNever || (r.sla != SlaState::AtRisk && r.sla != SlaState::OnTrack))
        return std::nullopt;
    return due(r) - asOf;
}

QVariant CaseRowSet::raw(const CaseRecord& r, CaseColumn column) const
{
    const auto str = [](const std::string& s) { return QString::fromStdString(s); };
    const auto number = [](const std::optional<std::int64_t>& v) {
        return v ? QVariant(static_cast<qlonglong>(*v)) : QVariant();
    };
    const PriorityInfo* p = labels->priority(r.priority);
    const std::uint32_t employee = r.attributes[at(A::Employee)];
    const std::uint32_t centre = r.attributes[at(A::CallCenter)];
    const std::uint32_t category = r.attributes[at(A::Category)];
    const std::uint32_t country = r.attributes[at(A::Country)];
    const auto pick = [](const std::vector<std::string>& v, std::uint32_t id) {
        return QString::fromStdString(id < v.size() ? v[id] : LabelTables::unknown());
    };
    switch (column) {
    case CaseColumn::CaseNo:
        return str(caseNo(r));
    case CaseColumn::Priority:
        return p ? str(p->key) : QStringLiteral("unknown");
    case CaseColumn::Level:
        return p && p->known ? str(p->level) : QVariant();
    case CaseColumn::Severity:
        return p && p->known ? str(p->severity) : QVariant();
    case CaseColumn::SlaHours:
        return p && p->slaHours ? QVariant(*p->slaHours) : QVariant();
    case CaseColumn::Created:
        return static_cast<qlonglong>(r.created);
    case CaseColumn::Due: {
        const Timestamp d = due(r);
        return d == CaseBook::kNever ? QVariant() : QVariant(static_cast<qlonglong>(d));
    }
    case CaseColumn::ClosedAt:
        return r.closedAt == CaseBook::kNever ? QVariant() : QVariant(static_cast<qlonglong>(r.closedAt));
    case CaseColumn::Elapsed:
        return static_cast<qlonglong>(elapsed(r));
    case CaseColumn::OverdueBy:
        return number(overdueBy(r));
    case CaseColumn::TimeToBreach:
        return number(timeToBreach(r));
    case CaseColumn::State:
        return r.closedAt == CaseBook::kNever ? QStringLiteral("open") : QStringLiteral("closed");
    case CaseColumn::SlaState:
        return QString::fromLatin1(slaStateName(r.sla));
    case CaseColumn::CallCenter:
        return pick(labels->centreName, centre);
    case CaseColumn::Location:
        return pick(labels->centreLocation, centre);
    case CaseColumn::Employee:
        return pick(labels->employeeName, employee);
    case CaseColumn::Manager:
        return pick(labels->managerName, employee);
    case CaseColumn::Category:
        return pick(labels->categoryName, category);
    case CaseColumn::SubCategory:
        return str(labels->subCategoryName(category, r.attributes[at(A::SubCategory)]));
    case CaseColumn::Channel:
        return str(text(r, A::Channel));
    case CaseColumn::Country:
        return pick(labels->countryName, country);
    case CaseColumn::Product:
        return str(text(r, A::Product));
    case CaseColumn::Count:
        break;
    }
    return {};
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
