#include "MysqlImportSource.h"

#include "CourseTables.h"
#include "MysqlStatement.h"
#include "MysqlTableReader.h"
#include "parse/EventTsvReader.h"
#include "parse/Tsv.h"

#include <QCoreApplication>

#include <algorithm>

namespace carepulse::mysql {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::vector<std::string> column(const std::vector<Statement::TextRow>& rows)
{
    std::vector<std::string> values;
    for (const Statement::TextRow& row : rows)
        values.push_back(row.empty() || !row[0] ? std::string() : *row[0]);
    return values;
}

bool hasColumn(const std::vector<std::string>& columns, std::string_view lowerName)
{
    return std::any_of(
        columns.begin(), columns.end(), [&](const std::string& c) { return toLowerAscii(c) == lowerName; });
}

// Finds the course tables on the server and their columns.
class TableFinder {
public:
    TableFinder(Connection& db, MysqlImportPlan& plan)
        : m_plan(plan)
        , m_columns(db,
              "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
              " AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")
    {
        Statement tables(db, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()");
        m_present = column(tables.fetchAll());
    }

    void add(std::string_view wanted, FileKind kind, const DimensionSpec* spec)
    {
        const auto found = std::find_if(
            m_present.begin(), m_present.end(), [&](const std::string& name) { return toLowerAscii(name) == wanted; });
        if (found == m_present.end())
            return;
        CourseTable table;
        table.name = QString::fromStdString(*found);
        table.source = m_plan.options.tableSource(table.name);
        table.detection.kind = kind;
        table.detection.dimension = spec;
        m_columns.bind(0, std::string_view(*found));
        table.columns = column(m_columns.fetchAll());
        if (spec) {
            for (const DimensionColumn& c : spec->columns) {
                if (c.required && !hasColumn(table.columns, c.name))
                    table.detection.missingColumns << qs(c.name);
            }
        } else {
            for (EventField f :
                EventTsvReader::requiredFields(kind == FileKind::SurveyTsv ? RecordKind::Survey : RecordKind::Case)) {
                if (!hasColumn(table.columns, eventFieldName(f)))
                    table.detection.missingColumns << qs(eventFieldName(f));
            }
        }
        if (!table.detection.missingColumns.isEmpty()) {
            table.detection.error = QCoreApplication::translate("MySQL", "%1: the table lacks required columns: %2")
                                        .arg(table.source, table.detection.missingColumns.join(QStringLiteral(", ")));
            m_plan.errors << table.detection.error;
        }
        m_plan.tables.push_back(std::move(table));
    }

private:
    MysqlImportPlan& m_plan;
    Statement m_columns;
    std::vector<std::string> m_present;
};

} // namespace

MysqlImportPlan planMysqlImport(const QString& url)
{
    MysqlImportPlan plan;
    try {
        plan.options = parseMysqlUrl(url);
        Connection db(plan.options);
        TableFinder finder(db, plan);
        for (const DimensionSpec& spec : dimensionSpecs())
            finder.add(courseDimensionTable(spec), FileKind::Dimension, &spec);
        finder.add(kCourseCaseTable, FileKind::CaseTsv, nullptr);
        finder.add(kCourseSurveyTable, FileKind::SurveyTsv, nullptr);
        if (plan.tables.empty()) {
            plan.errors << QCoreApplication::translate("MySQL",
                "%1: none of the course tables (futurecart_<name>_details, %2, %3) "
                "is in this database")
                               .arg(plan.options.display(), qs(kCourseCaseTable), qs(kCourseSurveyTable));
        }
    } catch (const StoreError& e) {
        plan.errors << e.message();
    }
    return plan;
}

std::vector<FileImportResult> importFromMysql(
    Importer& importer, const MysqlImportPlan& plan, const Importer::ProgressCallback& progress)
{
    std::vector<FileImportResult> results;
    const int count = static_cast<int>(plan.tables.size());
    for (int i = 0; i < count; ++i) {
        const CourseTable& table = plan.tables[static_cast<std::size_t>(i)];
        FileImportResult result;
        try {
            MysqlTableReader reader(plan.options, table);
            result = importer.importRecords(table.source, table.detection, reader, -1, progress, i, count);
        } catch (const StoreError& e) {
            result.path = table.source;
            result.kind = table.detection.kind;
            result.dimension = table.detection.dimension;
            result.status = FileImportResult::Status::Failed;
            result.message = e.message();
        }
        results.push_back(std::move(result));
        if (results.back().status == FileImportResult::Status::Cancelled)
            break;
    }
    return results;
}

} // namespace carepulse::mysql
