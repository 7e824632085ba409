#include "CaseListOptions.h"

#include "CliOutput.h"

#include <QCoreApplication>

namespace carepulse::cli {

namespace {

QString joined(const std::vector<std::string>& names)
{
    QStringList list;
    for (const std::string& n : names)
        list << QString::fromStdString(n);
    return list.join(QStringLiteral(", "));
}

bool parseWithin(const QString& command, const QStringList& values, GroupPath& path)
{
    path.clear();
    for (const QString& value : values) {
        for (const QString& pair : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            if (equals < 0) {
                err() << QCoreApplication::translate("cli", "%1: --within wants KEY=VALUE[,KEY=VALUE], not '%2'\n")
                             .arg(command, pair);
                return false;
            }
            const QString name = pair.left(equals).trimmed();
            const auto key = groupKeyFromName(name.toLower().toStdString());
            if (!key) {
                err() << QCoreApplication::translate("cli", "%1: --within: unknown key '%2'; choose from %3\n")
                             .arg(command, name, joined(groupKeyNames()));
                return false;
            }
            for (const auto& [known, member] : path) {
                if (known == *key) {
                    err() << QCoreApplication::translate("cli", "%1: --within names '%2' twice\n").arg(command, name);
                    return false;
                }
            }
            path.emplace_back(*key, pair.mid(equals + 1).trimmed().toStdString());
        }
    }
    return true;
}

bool parseSort(const QString& command, const QString& value, CaseSort& sort)
{
    sort = CaseSort {};
    QString column = value.trimmed();
    QString order;
    const qsizetype colon = column.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        order = column.mid(colon + 1).trimmed().toLower();
        column = column.left(colon).trimmed();
    }
    const auto parsed = caseColumnFromName(column.toStdString());
    if (!parsed) {
        err() << QCoreApplication::translate("cli", "%1: --sort: unknown column '%2'; choose from %3\n")
                     .arg(command, column, joined(caseColumnNames()));
        return false;
    }
    if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc")) {
        err() << QCoreApplication::translate("cli", "%1: --sort: the order must be asc or desc, not '%2'\n")
                     .arg(command, order);
        return false;
    }
    sort.column = *parsed;
    sort.descending = order == QLatin1String("desc");
    return true;
}

} // namespace

void addCaseListOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        { QStringLiteral("within"),
            QCoreApplication::translate("cli",
                "Only the cases under a drill path, as the SLA page's breadcrumb: keys %1; "
                "values are member keys (C-101, an emp_key, CAT1, P3, IN, ...).")
                .arg(joined(groupKeyNames())),
            QStringLiteral("KEY=VALUE[,KEY=VALUE]") },
        { QStringLiteral("search"),
            QCoreApplication::translate("cli",
                "The case list: only cases whose number or shown names (centre, location, agent, "
                "manager, category, sub-category, channel, country, product, priority) hold TEXT, "
                "ignoring case, as the SLA page's search box."),
            QStringLiteral("TEXT") },
        { QStringLiteral("sort"),
            QCoreApplication::translate("cli",
                "The case list: sort by a column of its CSV header (e.g. overdue_by_s:desc; text "
                "columns by the names the SLA page shows, empty cells last); ties keep case-number order."),
            QStringLiteral("COLUMN[:asc|desc]") },
    });
}

bool parseCaseListOptions(const QString& command, const QCommandLineParser& parser, ReportOptions& options)
{
    if (!parseWithin(command, parser.values(QStringLiteral("within")), options.within))
        return false;
    options.caseList = CaseListQuery {};
    options.caseList.search = parser.value(QStringLiteral("search"));
    return !parser.isSet(QStringLiteral("sort"))
        || parseSort(command, parser.value(QStringLiteral("sort")), options.caseList.sort);
}

bool caseListQueried(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("search")) || parser.isSet(QStringLiteral("sort"));
}

std::string describeCaseListOptions(const ReportOptions& options)
{
    std::string text;
    const auto add = [&text](const std::string& part) { text += (text.empty() ? "" : ";") + part; };
    if (!options.within.empty()) {
        std::string path;
        for (const auto& [key, member] : options.within)
            path += (path.empty() ? "" : ",") + groupKeyName(key) + '=' + member;
        add("within=" + path);
    }
    if (!options.caseList.search.trimmed().isEmpty())
        add("search=" + options.caseList.search.trimmed().toStdString());
    if (options.caseList.sort.column != CaseColumn::CaseNo || options.caseList.sort.descending)
        add("sort=" + caseSortText(options.caseList.sort));
    return text;
}

} // namespace carepulse::cli
