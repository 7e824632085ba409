#include "FilterChoices.h"

#include "book/Books.h"
#include "kpi/KpiEngine.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace carepulse::ui {

namespace {

using A = CaseBook::Attribute;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
        [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
    return text;
}

} // namespace

FilterChoices readFilterChoices(const Books& books)
{
    const CaseBook& book = books.cases;
    const BookDimensions& d = book.dimensions();
    FilterChoices c;
    const auto add = [&c](FilterField f, const std::string& value, const std::string& label) {
        c.values[static_cast<std::size_t>(f)].emplace_back(qs(value), qs(label));
    };
    std::set<std::string> seen;
    const Dictionary& centres = book.dictionary(A::CallCenter);
    for (std::uint32_t id = 1; id < centres.size(); ++id) {
        const std::string& key = centres.text(id);
        const auto it = d.centres.find(key);
        add(FilterField::CallCenter, key, it == d.centres.end() ? key : key + " · " + it->second[0] + ", " + it->second[1]);
    }
    const Dictionary& channels = book.dictionary(A::Channel);
    for (std::uint32_t id = 1; id < channels.size(); ++id)
        add(FilterField::Channel, channels.text(id), channels.text(id));
    std::map<std::string, std::string> categoryNames;
    for (const auto& [pair, info] : d.categoryPairs)
        categoryNames.emplace(pair.first, info.categoryDescription);
    const Dictionary& categories = book.dictionary(A::Category);
    for (std::uint32_t id = 1; id < categories.size(); ++id) {
        const std::string& key = categories.text(id);
        const auto it = categoryNames.find(key);
        add(FilterField::Category, key, it == categoryNames.end() ? key : key + " · " + it->second);
    }
    for (const PriorityInfo& p : d.priorities)
        add(FilterField::Priority, p.key, p.known ? p.key + " · " + p.level + " / " + p.severity : p.key);
    add(FilterField::Priority, "unknown", "unknown");
    const Dictionary& countries = book.dictionary(A::Country);
    for (std::uint32_t id = 1; id < countries.size(); ++id) {
        const std::string code = upper(countries.text(id));
        if (!seen.insert(code).second)
            continue;
        const auto it = d.countries.find(code);
        add(FilterField::Country, code, it == d.countries.end() ? code : code + " · " + it->second);
    }
    for (std::size_t f = 0; f < c.values.size(); ++f) {
        if (f == static_cast<std::size_t>(FilterField::Priority))
            continue; // already in natural key order (P2 before P10)
        auto& list = c.values[f];
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
            return QString::compare(a.first, b.first, Qt::CaseInsensitive) < 0;
        });
    }
    Timestamp first = std::numeric_limits<Timestamp>::max();
    for (std::uint32_t i = 0; i < book.size(); ++i) {
        if (book.hasEvents(i))
            first = std::min(first, book.created(i));
    }
    c.dataClock = dataClock(books.cases, books.surveys);
    c.firstCreated = first == std::numeric_limits<Timestamp>::max() ? c.dataClock : first;
    c.cases = book.size();
    return c;
}

} // namespace carepulse::ui
