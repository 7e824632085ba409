#include "ReferenceData.h"

#include "SeedCases.h"

#include <QCoreApplication>
#include <QFile>

#include <charconv>
#include <map>
#include <string_view>

namespace carepulse::simulate {

namespace {

// The bundled files are small and known, so a whole-file read and a plain split are enough here;
// the streaming parsers in core/parse serve real imports.
struct SmallTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;

    int column(std::string_view name) const
    {
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (equalsIgnoringCase(header[i], name))
                return static_cast<int>(i);
        }
        return -1;
    }

    static bool equalsIgnoringCase(std::string_view a, std::string_view b)
    {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (lower(a[i]) != lower(b[i]))
                return false;
        }
        return true;
    }
    static char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
};

std::vector<std::string> splitFields(std::string_view line, char separator)
{
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = line.find(separator, start);
        fields.emplace_back(line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return fields;
        start = end + 1;
    }
}

bool readTable(const QString& fileName, char separator, bool hasHeader, SmallTable& table, QString* error)
{
    QFile file(bundledResourcePath(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("simulate", "cannot read bundled resource %1").arg(file.fileName());
        return false;
    }
    const QByteArray bytes = file.readAll();
    std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    bool first = hasHeader;
    while (!text.empty()) {
        const std::size_t eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (line.empty())
            continue;
        if (first)
            table.header = splitFields(line, separator);
        else
            table.rows.push_back(splitFields(line, separator));
        first = false;
    }
    return true;
}

bool requireColumns(const SmallTable& table, const QString& fileName, std::initializer_list<std::string_view> names,
                    std::vector<int>& columns, QString* error)
{
    columns.clear();
    for (const std::string_view name : names) {
        const int c = table.column(name);
        if (c < 0) {
            *error = QCoreApplication::translate("simulate", "bundled %1 has no column %2")
                         .arg(fileName, QLatin1String(name.data(), static_cast<qsizetype>(name.size())));
            return false;
        }
        columns.push_back(c);
    }
    return true;
}

const std::string& field(const std::vector<std::string>& row, int column)
{
    static const std::string empty;
    return column >= 0 && static_cast<std::size_t>(column) < row.size() ? row[static_cast<std::size_t>(column)] : empty;
}

std::string upper(std::string s)
{
    for (char& c : s) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    return s;
}

std::uint32_t toNumber(const std::string& text)
{
    std::uint32_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

} // namespace

const std::vector<QString>& bundledDimensionFileNames()
{
    static const std::vector<QString> names = {
        QStringLiteral("futurecart_calendar_details.txt"),
        QStringLiteral("futurecart_call_center_details.txt"),
        QStringLiteral("futurecart_case_category_details.txt"),
        QStringLiteral("futurecart_case_country_details.txt"),
        QStringLiteral("futurecart_case_priority_details.txt"),
        QStringLiteral("futurecart_survey_question_details.txt"),
    };
    return names;
}

QString bundledResourcePath(const QString& fileName)
{
    return QStringLiteral(":/futurecart/") + fileName;
}

std::optional<ReferenceData> ReferenceData::loadBundled(QString* error)
{
    ReferenceData data;
    std::vector<int> c;

    const QString centreFile = QStringLiteral("futurecart_call_center_details.txt");
    SmallTable centres;
    if (!readTable(centreFile, '\t', true, centres, error)
        || !requireColumns(centres, centreFile, {"call_center_id", "country"}, c, error))
        return std::nullopt;
    std::map<std::string, std::size_t> centreIndex;
    for (const auto& row : centres.rows) {
        centreIndex.emplace(field(row, c[0]), data.centres.size());
        data.centres.push_back({field(row, c[0]), upper(field(row, c[1]))});
    }

    const QString priorityFile = QStringLiteral("futurecart_case_priority_details.txt");
    SmallTable priorities;
    if (!readTable(priorityFile, '\t', true, priorities, error)
        || !requireColumns(priorities, priorityFile, {"priority_key", "sla"}, c, error))
        return std::nullopt;
    std::map<std::string, int> slaByPriority;
    for (const auto& row : priorities.rows) {
        int hours = -1; // "NA": no SLA
        const std::string& sla = field(row, c[1]);
        std::from_chars(sla.data(), sla.data() + sla.size(), hours);
        slaByPriority[field(row, c[0])] = hours;
    }

    const QString categoryFile = QStringLiteral("futurecart_case_category_details.txt");
    SmallTable categories;
    if (!readTable(categoryFile, '\t', true, categories, error)
        || !requireColumns(categories, categoryFile, {"category_key", "sub_category_key", "priority"}, c, error))
        return std::nullopt;
    for (const auto& row : categories.rows) {
        const auto sla = slaByPriority.find(field(row, c[2]));
        data.pairs.push_back({field(row, c[0]), field(row, c[1]), sla == slaByPriority.end() ? -1 : sla->second, true});
    }

    const QString countryFile = QStringLiteral("futurecart_case_country_details.txt");
    SmallTable countries;
    if (!readTable(countryFile, '\t', true, countries, error)
        || !requireColumns(countries, countryFile, {"alpha_2"}, c, error))
        return std::nullopt;
    for (const auto& row : countries.rows)
        data.countryCodes.push_back(upper(field(row, c[0])));

    // The real seed cases (000000_0), whose employees and products the generated dimensions include.
    QFile seedFile(bundledResourcePath(QStringLiteral("seed_cases_000000_0.csv")));
    if (!seedFile.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("simulate", "cannot read bundled resource %1").arg(seedFile.fileName());
        return std::nullopt;
    }
    const QByteArray seedBytes = seedFile.readAll();
    const SeedCaseFile seed = parseSeedCases(std::string_view(seedBytes.constData(), static_cast<std::size_t>(seedBytes.size())));
    for (const SeedCaseRow& row : seed.rows) {
        const auto centre = centreIndex.find(row.callCenterId);
        if (centre == centreIndex.end())
            continue;
        data.seedCases.push_back({toNumber(row.employeeKey), centre->second, toNumber(row.productCode), upper(row.countryCode)});
    }

    if (data.centres.empty() || data.pairs.empty() || data.countryCodes.empty()) {
        *error = QCoreApplication::translate("simulate", "the bundled FutureCart dimension files are empty");
        return std::nullopt;
    }
    return data;
}

} // namespace carepulse::simulate
