#include "CourseTables.h"

#include "MysqlConnection.h"
#include "MysqlSchema.h"
#include "parse/EventFields.h"

namespace carepulse::mysql {

std::string courseDimensionTable(const DimensionSpec& spec)
{
    return "futurecart_" + std::string(spec.name) + "_details";
}

std::vector<std::string> courseEventTablesSql(std::string_view collation)
{
    using F = EventField;
    const auto table = [&](std::string_view name, std::initializer_list<EventField> fields) {
        std::string sql = "CREATE TABLE IF NOT EXISTS " + quoteIdentifier(name) + " (";
        bool first = true;
        for (EventField f : fields) {
            sql += (first ? "" : ", ") + quoteIdentifier(eventFieldName(f)) + " VARCHAR(255) NULL";
            first = false;
        }
        return sql + ") " + tableOptions(collation);
    };
    return {
        table(kCourseCaseTable,
            { F::CaseNo, F::CreateTimestamp, F::LastModifiedTimestamp, F::CreatedEmployeeKey, F::CallCenterId,
                F::Status, F::Category, F::SubCategory, F::CommunicationMode, F::CountryCode, F::ProductCode }),
        table(kCourseSurveyTable, { F::SurveyId, F::CaseNo, F::SurveyTimestamp, F::Q1, F::Q2, F::Q3, F::Q4, F::Q5 }),
    };
}

} // namespace carepulse::mysql
