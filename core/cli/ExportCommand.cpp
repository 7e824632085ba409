#include "CaseListOptions.h"
#include "CliCommands.h"
#include "CliOutput.h"
#include "ReportCommandLine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carepulse::cli {

bool parseGroupBy(const QString& command, const QString& value, std::vector<GroupKey>& levels);
bool parseState(const QString& command, const QString& value, CaseGrouper::StateFilter& state);

namespace {

// The version of metrics.md's definitions these figures follow; bump when a definition changes.
constexpr const char* kMetricDefinitions = "metrics.md/1";

QJsonObject manifest(ReportCommandLine& cl, const QString& report, const QString& file, std::size_t rows)
{
    const ReportOptions& o = cl.options();
    // The global filters, then the view of the case list (--within, --search, --sort), if any.
    std::string filters = o.filter.describe();
    const std::string view = describeCaseListOptions(o);
    if (!view.empty())
        filters += (filters.empty() ? "" : ";") + view;
    QJsonArray groupBy;
    for (GroupKey key : o.groupBy)
        groupBy.append(QString::fromStdString(groupKeyName(key)));
    return QJsonObject{
        {QStringLiteral("report"), report},
        {QStringLiteral("file"), file},
        {QStringLiteral("store"), cl.storePath()},
        {QStringLiteral("store_fingerprint"), QString::fromStdString(storeFingerprint(cl.store()))},
        {QStringLiteral("as_of"), QString::fromStdString(formatTimestamp(o.asOf))},
        {QStringLiteral("filters"), QString::fromStdString(filters)},
        {QStringLiteral("group_by"), groupBy},
        {QStringLiteral("state"), cl.value(QStringLiteral("state"))},
        {QStringLiteral("days"), o.trendDays},
        {QStringLiteral("metric_definitions"), QString::fromLatin1(kMetricDefinitions)},
        {QStringLiteral("program_version"), QStringLiteral(CAREPULSE_VERSION)},
        {QStringLiteral("rows"), static_cast<qint64>(rows)},
    };
}

} // namespace

int runExport(const QStringList& args)
{
    const QString command = QStringLiteral("carepulse-cli export");
    QStringList names;
    for (const std::string& n : reportKindNames())
        names << QString::fromStdString(n);
    ReportCommandLine cl(QCoreApplication::translate("cli", "Export a report as CSV (RFC 4180, UTF-8). Reports: %1.")
                             .arg(names.join(QStringLiteral(", "))));
    cl.parser().addPositionalArgument(QStringLiteral("REPORT"), names.join(QStringLiteral(", ")));
    cl.parser().addOptions({
        {QStringLiteral("output"), QCoreApplication::translate("cli", "The CSV file to write."), QStringLiteral("FILE")},
        {QStringLiteral("manifest"), QCoreApplication::translate("cli", "Also write FILE.manifest.json.")},
        {QStringLiteral("group-by"), QCoreApplication::translate("cli", "groups: one or two members (default: center)."),
         QStringLiteral("A[,B]")},
        {QStringLiteral("state"), QCoreApplication::translate("cli", "breaches: breached (default), at-risk, "
                                                                   "breached-or-at-risk, open, closed or all."),
         QStringLiteral("STATE"), QStringLiteral("breached")},
        {QStringLiteral("days"), QCoreApplication::translate("cli", "trends: days ending at the as-of moment (default 14)."),
         QStringLiteral("N"), QStringLiteral("14")},
    });
    addCaseListOptions(cl.parser());
    int exitCode = ExitOk;
    if (!cl.parse(command, args, exitCode))
        return exitCode;
    const QStringList positional = cl.parser().positionalArguments();
    const auto kind = positional.size() == 1 ? reportKindFromName(positional.front().toStdString()) : std::nullopt;
    if (!kind) {
        err() << QCoreApplication::translate("cli", "%1: name one report: %2\n").arg(command, names.join(QStringLiteral(", ")));
        return ExitUsage;
    }
    const QString output = cl.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        err() << QCoreApplication::translate("cli", "%1: --output FILE.csv is required\n").arg(command);
        return ExitUsage;
    }
    bool daysOk = false;
    cl.options().trendDays = cl.value(QStringLiteral("days")).toInt(&daysOk);
    if (!daysOk || cl.options().trendDays < 1 || cl.options().trendDays > 3660) {
        err() << QCoreApplication::translate("cli", "%1: --days must be a whole number from 1 to 3660\n").arg(command);
        return ExitUsage;
    }
    if (!parseGroupBy(command, cl.value(QStringLiteral("group-by")), cl.options().groupBy)
        || !parseState(command, cl.value(QStringLiteral("state")), cl.options().state))
        return ExitUsage;
    if (!parseCaseListOptions(command, cl.parser(), cl.options()))
        return ExitUsage;
    if (caseListQueried(cl.parser()) && *kind != ReportKind::Breaches) {
        err() << QCoreApplication::translate("cli", "%1: --search and --sort apply to the breaches report\n").arg(command);
        return ExitUsage;
    }
    if (cl.isSet(QStringLiteral("within")) && *kind != ReportKind::Breaches && *kind != ReportKind::Groups) {
        err() << QCoreApplication::translate("cli", "%1: --within applies to the breaches and groups reports\n").arg(command);
        return ExitUsage;
    }
    if (*kind == ReportKind::Groups && cl.options().groupBy.empty())
        cl.options().groupBy = {GroupKey::CallCenter};
    if (!cl.load(exitCode))
        return exitCode;

    const ReportTable table = buildReport(*kind, cl.books(), &cl.store(), cl.options());
    if (!writeOutput(output, table.toCsv()))
        return ExitFailure;
    if (cl.isSet(QStringLiteral("manifest"))) {
        const QJsonDocument doc(manifest(cl, positional.front(), output, table.rows.size()));
        if (!writeOutput(output + QStringLiteral(".manifest.json"), doc.toJson(QJsonDocument::Indented).toStdString()))
            return ExitFailure;
    }
    err() << QCoreApplication::translate("cli", "%1: %2 rows written to %3\n").arg(command).arg(table.rows.size()).arg(output);
    return ExitOk;
}

} // namespace carepulse::cli
