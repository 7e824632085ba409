#pragma once
// 000000_0, the 2020 course's real-time simulator seed: comma-separated, no header, one case a line
// (case_no, created_employee_key, call_center_id, status, category, sub_category, communication_mode,
// country_cd, product_code) and no timestamps: the simulator stamps them. The parser is pure: bytes in,
// rows and refused lines out; refused lines are reported as quarantine records, never fatal.

#include "parse/ParseIssue.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carepulse::simulate {

struct SeedCaseRow {
    std::string caseNo;
    std::string employeeKey;
    std::string callCenterId;
    std::string status;
    std::string category;
    std::string subCategory;
    std::string channel; // communication_mode
    std::string countryCode;
    std::string productCode;
};

struct SeedCaseFile {
    std::vector<SeedCaseRow> rows;
    std::vector<QuarantineRecord> refused; // a line without exactly 9 fields, or with an empty case_no
};

constexpr std::size_t kSeedCaseFieldCount = 9;

SeedCaseFile parseSeedCases(std::string_view bytes);

// Reads and parses a seed file. A file that cannot be read, is too big to be a seed, or is not of the
// 000000_0 kind (detectFileKind) gives nothing and an error naming the file.
std::optional<SeedCaseFile> loadSeedCases(const QString& path, QString* error);

} // namespace carepulse::simulate
