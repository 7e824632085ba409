#include "BookDimensions.h"

#include "parse/Tsv.h"
#include "store/Store.h"

#include <algorithm>
#include <charconv>

namespace carepulse {

namespace {

std::optional<AnswerBands::Band> parseBand(const DimensionRow& row, std::size_t column)
{
    if (row.isNull(column))
        return std::nullopt;
    const std::string& text = row.values[column];
    const auto dash = text.find('-', 1);
    if (dash == std::string::npos)
        return std::nullopt;
    AnswerBands::Band band;
    std::from_chars(text.data(), text.data() + dash, band.low);
    std::from_chars(text.data() + dash + 1, text.data() + text.size(), band.high);
    return band;
}

} // namespace

AnswerBands::Sentiment AnswerBands::classify(std::int8_t answer) const
{
    if (answer == 0)
        return Sentiment::None;
    if (options)
        return answer == 'Y' ? Sentiment::Positive : answer == 'N' ? Sentiment::Negative : Sentiment::None;
    if (negative && negative->contains(answer))
        return Sentiment::Negative;
    if (neutral && neutral->contains(answer))
        return Sentiment::Neutral;
    if (positive && positive->contains(answer))
        return Sentiment::Positive;
    return Sentiment::None;
}

bool naturalLess(const std::string& a, const std::string& b)
{
    const auto split = [](const std::string& s) {
        std::size_t i = s.size();
        while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
            --i;
        long long number = -1;
        if (i < s.size())
            std::from_chars(s.data() + i, s.data() + s.size(), number);
        return std::make_pair(s.substr(0, i), number);
    };
    const auto [pa, na] = split(a);
    const auto [pb, nb] = split(b);
    if (pa != pb)
        return pa < pb;
    if (na != nb)
        return na < nb;
    return a < b;
}

std::array<AnswerBands, 5> BookDimensions::defaultQuestions()
{
    using B = AnswerBands::Band;
    std::array<AnswerBands, 5> q;
    q[0] = {false, B{1, 4}, B{5, 7}, B{8, 10}};
    q[1] = {false, B{1, 5}, B{6, 8}, B{9, 10}};
    q[2] = {false, B{1, 4}, B{5, 7}, B{8, 10}};
    q[3] = {true, std::nullopt, std::nullopt, std::nullopt};
    q[4] = {false, B{1, 5}, B{6, 8}, B{8, 10}};
    return q;
}

std::optional<std::uint16_t> BookDimensions::findPriority(const std::string& key) const
{
    for (std::size_t i = 0; i < priorities.size(); ++i) {
        if (priorities[i].key == key)
            return static_cast<std::uint16_t>(i);
    }
    return std::nullopt;
}

std::uint16_t BookDimensions::priorityIndex(const std::string& key)
{
    if (const auto found = findPriority(key))
        return *found;
    priorities.push_back({key, {}, {}, std::nullopt, false});
    return static_cast<std::uint16_t>(priorities.size() - 1);
}

BookDimensions BookDimensions::load(Store& store)
{
    BookDimensions d;
    d.questions = defaultQuestions();
    const auto spec = [](std::string_view name) { return *findDimension(name); };

    store.forEachDimensionRow(spec("case_priority"), [&](const DimensionRow& r) {
        PriorityInfo p{r.values[0], r.values[1], r.values[2], std::nullopt, true};
        if (!r.isNull(3) && !r.values[3].empty())
            p.slaHours = std::stoi(r.values[3]);
        d.priorities.push_back(std::move(p));
    });
    std::sort(d.priorities.begin(), d.priorities.end(),
              [](const PriorityInfo& a, const PriorityInfo& b) { return naturalLess(a.key, b.key); });
    store.forEachDimensionRow(spec("case_category"), [&](const DimensionRow& r) {
        d.categoryPairs[{r.values[0], r.values[1]}] = {r.values[2], r.values[3], d.priorityIndex(r.values[4])};
    });
    store.forEachDimensionRow(spec("call_center"), [&](const DimensionRow& r) {
        d.centres[r.values[0]] = {r.values[1], r.values[2], r.values[3]};
    });
    store.forEachDimensionRow(spec("employee"), [&](const DimensionRow& r) {
        d.employees[r.values[0]] = {r.values[1] + ' ' + r.values[2], r.values[7]};
    });
    store.forEachDimensionRow(spec("case_country"), [&](const DimensionRow& r) { d.countries[toUpperAscii(r.values[2])] = r.values[1]; });
    store.forEachDimensionRow(spec("product"), [&](const DimensionRow& r) {
        d.products[r.values[0]] = r.values[1] + " / " + r.values[2];
    });
    store.forEachDimensionRow(spec("survey_question"), [&](const DimensionRow& r) {
        const std::string id = toUpperAscii(r.values[0]);
        if (id.size() != 2 || id[0] != 'Q' || id[1] < '1' || id[1] > '5')
            return;
        AnswerBands& bands = d.questions[static_cast<std::size_t>(id[1] - '1')];
        bands.options = toLowerAscii(r.values[2]) == "options";
        bands.negative = parseBand(r, 4);
        bands.neutral = parseBand(r, 5);
        bands.positive = parseBand(r, 6);
    });

    // Fiscal weeks and months: group the calendar's days by (fiscal year, week) and (fiscal year, month);
    // the fiscal year is year_week_number / 100.
    struct Day {
        std::int64_t day;
        int fiscalYear, week, month;
    };
    std::vector<Day> days;
    store.forEachDimensionRow(spec("calendar"), [&](const DimensionRow& r) {
        const auto date = parseDate(r.values[0]);
        if (!date || r.values[5].empty() || r.values[3].empty() || r.values[6].empty())
            return;
        const int yearWeek = std::stoi(r.values[5]);
        days.push_back({*date / kSecondsPerDay, yearWeek / 100, std::stoi(r.values[3]), std::stoi(r.values[6])});
    });
    std::map<std::pair<int, int>, std::int64_t> weekStart, monthStart;
    for (const Day& day : days) {
        auto [w, newWeek] = weekStart.try_emplace({day.fiscalYear, day.week}, day.day);
        if (!newWeek)
            w->second = std::min(w->second, day.day);
        auto [m, newMonth] = monthStart.try_emplace({day.fiscalYear, day.month}, day.day);
        if (!newMonth)
            m->second = std::min(m->second, day.day);
    }
    for (const Day& day : days)
        d.fiscalPeriodStart[day.day] = {weekStart[{day.fiscalYear, day.week}], monthStart[{day.fiscalYear, day.month}]};
    return d;
}

} // namespace carepulse
