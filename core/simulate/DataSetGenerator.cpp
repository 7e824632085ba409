#include "DataSetGenerator.h"

#include "CaseMix.h"
#include "EmployeeGenerator.h"
#include "HistoryGenerator.h"
#include "HistoryWriter.h"
#include "ProductGenerator.h"
#include "ReferenceData.h"
#include "SurveyGenerator.h"
#include "TsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace carepulse::simulate {

namespace {

QString copyBundledDimensions(const QDir& dir, DataSetReport& report)
{
    for (const QString& name : bundledDimensionFileNames()) {
        QFile resource(bundledResourcePath(name));
        if (!resource.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("simulate", "cannot read bundled resource %1").arg(resource.fileName());
        const QByteArray bytes = resource.readAll();
        const QString error = writeWholeFile(dir.filePath(name), bytes);
        if (!error.isEmpty())
            return error;
        const auto lines = static_cast<std::uint64_t>(bytes.count('\n')) + (bytes.endsWith('\n') || bytes.isEmpty() ? 0 : 1);
        report.files.push_back({name, lines > 0 ? lines - 1 : 0});
    }
    return {};
}

// Opens `name` in `dir`, lets `write` fill it, closes it and records its row count.
template <typename Write>
QString writeTable(const QDir& dir, const QString& name, DataSetReport& report, Write&& write)
{
    TsvWriter writer(dir.filePath(name));
    if (!writer.open())
        return writer.error();
    write(writer);
    if (!writer.close())
        return writer.error();
    report.files.push_back({name, writer.rows()});
    return {};
}

} // namespace

std::size_t minimumEmployeeCount()
{
    QString error;
    const auto reference = ReferenceData::loadBundled(&error);
    return reference ? simulate::minimumEmployeeCount(*reference) : 75;
}

DataSetReport generateDataSet(const DataSetOptions& options, const ProgressCallback& progress)
{
    DataSetReport report;
    auto step = [&](const QString& what) {
        if (progress)
            progress(what);
    };

    const auto reference = ReferenceData::loadBundled(&report.error);
    if (!reference)
        return report;
    if (!QDir().mkpath(options.outDir)) {
        report.error = QCoreApplication::translate("simulate", "cannot create directory %1").arg(options.outDir);
        return report;
    }
    const QDir dir(options.outDir);
    const Timestamp start = options.end - static_cast<Timestamp>(options.days) * kSecondsPerDay;

    step(QStringLiteral("dimension files"));
    if (!(report.error = copyBundledDimensions(dir, report)).isEmpty())
        return report;

    step(QStringLiteral("employees"));
    const EmployeeDirectory employees = generateEmployees(*reference, options.employeeCount, options.seed, start);
    report.error = writeTable(dir, QStringLiteral("futurecart_employee_details.txt"), report,
                              [&](TsvWriter& w) { writeEmployees(employees, w); });
    if (!report.error.isEmpty())
        return report;

    step(QStringLiteral("products"));
    const ProductCatalog products = generateProducts(*reference, options.productCount, options.seed);
    report.error = writeTable(dir, QStringLiteral("futurecart_product_details.txt"), report,
                              [&](TsvWriter& w) { writeProducts(products, w); });
    if (!report.error.isEmpty())
        return report;

    step(QStringLiteral("cases"));
    const CaseMix mix(*reference);
    const CaseHistory history =
        generateCases({options.seed, options.caseCount, start, options.end}, *reference, mix, employees, products);
    report.error = writeTable(dir, QStringLiteral("futurecart_case_details.txt"), report,
                              [&](TsvWriter& w) { writeCaseEvents(history, *reference, mix, start, w); });
    if (!report.error.isEmpty())
        return report;

    step(QStringLiteral("surveys"));
    const std::vector<SimSurvey> surveys = generateSurveys(history, mix, options.end, options.seed);
    report.error = writeTable(dir, QStringLiteral("futurecart_case_survey_details.txt"), report,
                              [&](TsvWriter& w) { writeSurveys(surveys, w); });
    return report;
}

} // namespace carepulse::simulate
