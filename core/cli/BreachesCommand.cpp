#include "CaseListOptions.h"
#include "CliCommands.h"
#include "CliOutput.h"
#include "ReportCommandLine.h"
#include "ReportFormats.h"

#include <QCoreApplication>

namespace carepulse::cli {

// Parses "center,manager" into grouping levels; prints why not and returns false.
bool parseGroupBy(const QString& command, const QString& value, std::vector<GroupKey>& levels)
{
    levels.clear();
    for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto key = groupKeyFromName(name.trimmed().toLower().toStdString());
        if (!key) {
            QStringList names;
            for (const std::string& n : groupKeyNames())
                names << QString::fromStdString(n);
            err() << QCoreApplication::translate("cli", "%1: cannot group by '%2'; choose from %3\n")
                         .arg(command, name, names.join(QStringLiteral(", ")));
            return false;
        }
        levels.push_back(*key);
    }
    if (levels.size() > 2) {
        err() << QCoreApplication::translate("cli", "%1: --group-by takes one or two members\n").arg(command);
        return false;
    }
    return true;
}

bool parseState(const QString& command, const QString& value, CaseGrouper::StateFilter& state)
{
    if (value == QLatin1String("breached"))
        state = CaseGrouper::StateFilter::Breached;
    else if (value == QLatin1String("at-risk"))
        state = CaseGrouper::StateFilter::AtRisk;
    else if (value == QLatin1String("breached-or-at-risk"))
        state = CaseGrouper::StateFilter::BreachedOrAtRisk;
    else if (value == QLatin1String("open"))
        state = CaseGrouper::StateFilter::Open;
    else if (value == QLatin1String("closed"))
        state = CaseGrouper::StateFilter::Closed;
    else if (value == QLatin1String("all"))
        state = CaseGrouper::StateFilter::All;
    else {
        err() << QCoreApplication::translate("cli", "%1: --state must be breached, at-risk, breached-or-at-risk, open, "
                                                    "closed or all, not '%2'\n")
                     .arg(command, value);
        return false;
    }
    return true;
}

int runBreaches(const QStringList& args)
{
    const QString command = QStringLiteral("carepulse-cli breaches");
    ReportCommandLine cl(QCoreApplication::translate("cli",
        "List SLA-breached or at-risk cases as of a moment, or group them (e.g. --group-by center,manager); "
        "--within, --search and --sort give the SLA page's view of the case list."));
    cl.parser().addOptions({
        {QStringLiteral("group-by"), QCoreApplication::translate("cli", "Group by one or two of: center, manager, employee, "
                                                                      "category, sub-category, priority, channel, country."),
         QStringLiteral("A[,B]")},
        {QStringLiteral("state"), QCoreApplication::translate("cli", "breached (default), at-risk, breached-or-at-risk, "
                                                                   "open, closed or all cases (the SLA page's choices)."),
         QStringLiteral("STATE"), QStringLiteral("breached")},
        {QStringLiteral("format"), QCoreApplication::translate("cli", "csv (default), json or table."), QStringLiteral("FORMAT"),
         QStringLiteral("csv")},
        {QStringLiteral("output"), QCoreApplication::translate("cli", "Write to FILE instead of standard output."),
         QStringLiteral("FILE")},
    });
    addCaseListOptions(cl.parser());
    int exitCode = ExitOk;
    if (!cl.parse(command, args, exitCode))
        return exitCode;
    const QString format = cl.value(QStringLiteral("format"));
    ReportOptions& options = cl.options();
    if (!isTableFormat(format)) {
        err() << QCoreApplication::translate("cli", "%1: --format must be csv, json or table\n").arg(command);
        return ExitUsage;
    }
    if (!parseGroupBy(command, cl.value(QStringLiteral("group-by")), options.groupBy)
        || !parseState(command, cl.value(QStringLiteral("state")), options.state)
        || !parseCaseListOptions(command, cl.parser(), options))
        return ExitUsage;
    if (!options.groupBy.empty() && caseListQueried(cl.parser())) {
        err() << QCoreApplication::translate("cli", "%1: --search and --sort apply to the case list, not to --group-by\n")
                     .arg(command);
        return ExitUsage;
    }
    if (!cl.load(exitCode))
        return exitCode;
    const ReportKind kind = options.groupBy.empty() ? ReportKind::Breaches : ReportKind::Groups;
    const ReportTable table = buildReport(kind, cl.books(), nullptr, options);
    return writeOutput(cl.value(QStringLiteral("output")), formatTable(table, format)) ? ExitOk : ExitFailure;
}

} // namespace carepulse::cli
