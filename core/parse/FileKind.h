#pragma once
// Recognises what an input file holds from its name, its header or its first bytes.

#include "model/Dimensions.h"

#include <QString>
#include <QStringList>

namespace carepulse {

enum class FileKind : std::uint8_t {
    Dimension,   // futurecart_<name>_details.txt
    CaseTsv,     // historical cases, TSV
    SurveyTsv,   // historical surveys, TSV
    JsonLines,   // case/survey objects, one per line
    JsonArray,   // one (or more) JSON arrays of case/survey objects
    SeedCases,   // 000000_0: the real-time simulator's seed, not history
    Unrecognised,
    Unreadable,
};

struct FileDetection {
    FileKind kind = FileKind::Unrecognised;
    const DimensionSpec* dimension = nullptr;
    QStringList missingColumns; // required columns the header lacks (the file cannot be imported)
    QString error;              // why the file cannot be imported, naming the file
    bool importable() const { return error.isEmpty(); }
};

QString fileKindName(FileKind kind, const DimensionSpec* dimension = nullptr);

FileDetection detectFileKind(const QString& path);

// 000000_0 rows: case_no, created_employee_key, call_center_id, status, category, sub_category,
// communication_mode, country_cd, product_code; no header, no timestamps.
bool looksLikeSeedCases(std::string_view firstLine);

} // namespace carepulse
