#include "CliCommands.h"
#include "CliOutput.h"

#include "book/Books.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiJson.h"
#include "kpi/KpiTable.h"
#include "report/CsvWriter.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace carepulse::cli {

int runKpi(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Print every KPI of metrics.md as of a moment."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("cli", "The store."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        QCoreApplication::translate("cli", "The moment T (default: the newest event)."),
                                        QStringLiteral("TS"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QCoreApplication::translate("cli", "json, csv or table."),
                                          QStringLiteral("FORMAT"), QStringLiteral("json"));
    parser.addOptions({dbOption, asOfOption, formatOption});
    if (!parser.parse(QStringList{QStringLiteral("carepulse-cli kpi")} + args)) {
        err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("table")) {
        err() << QCoreApplication::translate("cli", "carepulse-cli kpi: --format must be json, csv or table\n");
        return ExitUsage;
    }
    std::optional<Timestamp> asOf;
    if (parser.isSet(asOfOption)) {
        asOf = parseTimestamp(parser.value(asOfOption).toStdString());
        if (!asOf) {
            err() << QCoreApplication::translate("cli", "carepulse-cli kpi: --as-of wants YYYY-MM-DD HH:MM:SS, not '%1'\n")
                         .arg(parser.value(asOfOption));
            return ExitUsage;
        }
    }
    std::unique_ptr<Books> books;
    try {
        std::unique_ptr<Store> store = openStore(resolveStorePath(parser.value(dbOption)));
        books = loadBooks(*store);
    } catch (const StoreError& e) {
        err() << e.message() << '\n';
        return ExitFailure;
    }
    const KpiSnapshot snapshot =
        computeKpis(books->cases, books->surveys, KpiSettings{}, asOf.value_or(dataClock(books->cases, books->surveys)));
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
