#pragma once
// The course's warehouse layout on a MySQL server, which `carepulse-cli mysql load-dimensions` writes and
// `carepulse-cli import --from mysql://...` reads:
//   - one table per dimension file, named like the file without ".txt" (futurecart_calendar_details, ...),
//     with the file's columns, typed as the store types them;
//   - the history tables futurecart_case_details and futurecart_case_survey_details with the columns of
//     the historical TSV files (data-formats.md).
// As with files, columns are found by name case-insensitively, in any order, and extra columns are
// ignored. Any column type works (values are read as text); the suggested event tables keep raw text, as
// the course landed the files, so every value is checked exactly as a file import checks it. (A DATETIME
// column would round fractional seconds, which a file import drops.)

#include "model/Dimensions.h"

#include <string>
#include <string_view>
#include <vector>

namespace carepulse::mysql {

constexpr std::string_view kCourseCaseTable = "futurecart_case_details";
constexpr std::string_view kCourseSurveyTable = "futurecart_case_survey_details";

// futurecart_<name>_details
std::string courseDimensionTable(const DimensionSpec& spec);

// CREATE TABLE IF NOT EXISTS statements for the two history tables.
std::vector<std::string> courseEventTablesSql(std::string_view collation);

} // namespace carepulse::mysql
