#include "CaseListQuery.h"
#include "parse/Tsv.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace carepulse {

namespace {

using A = CaseBook::Attribute;

constexpr std::size_t at(A a)
{
    return static_cast<std::size_t>(a);
}

bool contains(const std::string& haystack, const std::string& needle)
{
    return toLowerAscii(haystack).find(needle) != std::string::npos;
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
            return contains(t.centre[id], needle) || contains(t.centreName[id], needle)
                || contains(t.centreLocation[id], needle);
        });
        fill(A::Employee, t.employee.size(), [&](std::size_t id) {
            return contains(t.employee[id], needle) || contains(t.employeeName[id], needle)
                || contains(t.managerName[id], needle);
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
            priority.push_back(
                contains(p.key, needle) || contains(p.level, needle) || contains(p.severity, needle) ? 1 : 0);
    }

    bool matches(const CaseRecords& set, const CaseRecord& r) const
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
std::vector<std::uint32_t> textRanks(const CaseRecords& set, CaseColumn column)
{
    std::unordered_map<std::uint64_t, std::uint32_t> distinct;
    std::vector<std::pair<QString, std::uint64_t>> texts;
    for (const CaseRecord& r : set.rows) {
        const std::uint64_t id = labelIdentity(r, column);
        if (distinct.try_emplace(id, 0).second)
            texts.emplace_back(QString::fromStdString(set.shownText(r, column)), id);
    }
    std::sort(texts.begin(), texts.end(),
        [](const auto& a, const auto& b) { return QString::compare(a.first, b.first, Qt::CaseInsensitive) < 0; });
    for (std::size_t k = 0; k < texts.size(); ++k)
        distinct[texts[k].second] = static_cast<std::uint32_t>(k);
    std::vector<std::uint32_t> rank;
    rank.reserve(set.rows.size());
    for (const CaseRecord& r : set.rows)
        rank.push_back(distinct[labelIdentity(r, column)]);
    return rank;
}

void sortRows(const CaseRecords& set, const CaseSort& sort, std::vector<std::size_t>& order)
{
    const bool descending = sort.descending;
    if (isNumericColumn(sort.column)) {
        std::vector<std::optional<std::int64_t>> keys;
        keys.reserve(set.rows.size());
        for (const CaseRecord& r : set.rows)
            keys.push_back(set.number(r, sort.column));
        // Empty values sort after every value, in both directions.
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const std::optional<std::int64_t>& ka = keys[a];
            const std::optional<std::int64_t>& kb = keys[b];
            if (!ka || !kb)
                return ka.has_value() && !kb.has_value();
            return descending ? *kb < *ka : *ka < *kb;
        });
    } else {
        const std::vector<std::uint32_t> rank = textRanks(set, sort.column);
        std::stable_sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return descending ? rank[b] < rank[a] : rank[a] < rank[b]; });
    }
}

} // namespace

bool CaseListQuery::keepsRows() const
{
    return search.trimmed().isEmpty() && sort.column == CaseColumn::CaseNo && !sort.descending;
}

std::vector<std::size_t> caseListOrder(const CaseRecords& set, const CaseListQuery& query)
{
    std::vector<std::size_t> order(set.rows.size());
    std::iota(order.begin(), order.end(), std::size_t { 0 });
    const QString search = query.search.trimmed();
    if (!search.isEmpty() && set.labels) {
        const SearchIndex index(*set.labels, toLowerAscii(search.toStdString()));
        std::erase_if(order, [&](std::size_t k) { return !index.matches(set, set.rows[k]); });
    }
    if (query.sort.column == CaseColumn::CaseNo) {
        // The rows come in case-number order.
        if (query.sort.descending)
            std::reverse(order.begin(), order.end());
    } else if (query.sort.column < CaseColumn::Count && set.labels) {
        sortRows(set, query.sort, order);
    }
    return order;
}

CaseGrouper::CaseRows searchAndSort(
    const CaseBook& book, Timestamp asOf, CaseGrouper::CaseRows rows, const CaseListQuery& query)
{
    if (query.keepsRows())
        return rows;
    LabelCache cache;
    CaseRecords records;
    records.asOf = asOf;
    records.labels = cache.tables(book);
    records.rows.reserve(rows.size());
    for (const CaseGrouper::CaseRow& row : rows)
        records.append(book, row);
    CaseGrouper::CaseRows ordered;
    const std::vector<std::size_t> order = caseListOrder(records, query);
    ordered.reserve(order.size());
    for (std::size_t k : order)
        ordered.push_back(rows[k]);
    return ordered;
}

std::string caseSortText(const CaseSort& sort)
{
    return std::string(caseColumnName(sort.column)) + (sort.descending ? ":desc" : ":asc");
}

} // namespace carepulse
