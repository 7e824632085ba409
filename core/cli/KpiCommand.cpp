#include "CliCommands.h"
#include "CliOutput.h"
#include "ReportCommandLine.h"

#include "kpi/KpiEngine.h"
#include "kpi/KpiJson.h"
#include "kpi/KpiTable.h"
#include "report/CsvWriter.h"

#include <QCoreApplication>

namespace carepulse::cli {

int runKpi(const QStringList& args)
{
    ReportCommandLine command(QCoreApplication::translate("cli",
        "Print every KPI of metrics.md as of a moment; the global filters count only the matching cases\n"
        "(and their surveys)."));
    command.parser().addOption({QStringLiteral("format"), QCoreApplication::translate("cli", "json, csv or table."),
                                QStringLiteral("FORMAT"), QStringLiteral("json")});
    int exitCode = ExitOk;
    if (!command.parse(QStringLiteral("carepulse-cli kpi"), args, exitCode))
        return exitCode;
    const QString format = command.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("table")) {
        err() << QCoreApplication::translate("cli", "carepulse-cli kpi: --format must be json, csv or table\n");
        return ExitUsage;
    }
    if (!command.load(exitCode))
        return exitCode;
    const ReportOptions& o = command.options();
    const CaseFilterIndex accepted(command.books().cases, o.filter);
    const KpiSnapshot snapshot = computeKpis(command.books().cases, command.books().surveys, o.settings, o.asOf,
                                             o.filter.empty() ? nullptr : &accepted);
    if (format == QLatin1String("json")) {
        out() << QString::fromStdString(kpiToJson(snapshot)) << '\n';
    } else if (format == QLatin1String("csv")) {
        CsvWriter csv;
        csv.row({"metric", "value"});
        for (const auto& [name, value] : kpiRows(snapshot))
            csv.row({name, value});
        out() << QString::fromStdString(csv.text());
    } else {
        for (const auto& [name, value] : kpiRows(snapshot))
            out() << QStringLiteral("%1 %2\n").arg(QString::fromStdString(name), -40).arg(QString::fromStdString(value));
    }
    return ExitOk;
}

} // namespace carepulse::cli
