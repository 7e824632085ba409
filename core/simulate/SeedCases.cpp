#include "SeedCases.h"

#include "parse/FileKind.h"
#include "parse/Tsv.h"

#include <QCoreApplication>
#include <QFile>

namespace carepulse::simulate {

namespace {

// The real file is 53 KB; a seed is read whole, so anything far bigger is refused rather than loaded.
constexpr qint64 kMaxSeedFileBytes = 256LL << 20;

} // namespace

SeedCaseFile parseSeedCases(std::string_view bytes)
{
    SeedCaseFile file;
    if (bytes.starts_with("\xEF\xBB\xBF"))
        bytes.remove_prefix(3);
    std::vector<std::string_view> fields;
    std::int64_t lineNo = 0;
    std::size_t offset = 0;
    while (offset < bytes.size()) {
        const std::size_t eol = bytes.find('\n', offset);
        const std::size_t lineEnd = eol == std::string_view::npos ? bytes.size() : eol;
        std::string_view line = bytes.substr(offset, lineEnd - offset);
        const std::size_t lineStart = offset;
        offset = lineEnd + 1;
        ++lineNo;
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (line.empty())
            continue;
        splitFields(line, ',', fields);
        if (fields.size() != kSeedCaseFieldCount || fields[0].empty()) {
            QuarantineRecord refused;
            refused.reason = fields.size() != kSeedCaseFieldCount ? QuarantineReason::WrongFieldCount
                                                                  : QuarantineReason::MissingField;
            refused.kind = RecordKind::Case;
            refused.field = fields.size() != kSeedCaseFieldCount ? std::string() : std::string("case_no");
            refused.detail = fields.size() != kSeedCaseFieldCount
                ? std::to_string(fields.size()) + " fields, expected " + std::to_string(kSeedCaseFieldCount)
                : std::string();
            refused.line = lineNo;
            refused.offset = static_cast<std::int64_t>(lineStart);
            refused.raw = clipRaw(line);
            file.refused.push_back(std::move(refused));
            continue;
        }
        file.rows.push_back({std::string(fields[0]), std::string(fields[1]), std::string(fields[2]),
                             std::string(fields[3]), std::string(fields[4]), std::string(fields[5]),
                             std::string(fields[6]), std::string(fields[7]), std::string(fields[8])});
    }
    return file;
}

std::optional<SeedCaseFile> loadSeedCases(const QString& path, QString* error)
{
    const FileDetection detection = detectFileKind(path);
    if (detection.kind == FileKind::Unreadable) {
        *error = detection.error;
        return std::nullopt;
    }
    if (detection.kind != FileKind::SeedCases) {
        *error = QCoreApplication::translate("simulate", "%1 is not a seed-cases file like 000000_0 (comma-separated "
                                                         "case_no, created_employee_key, call_center_id, status, "
                                                         "category, sub_category, communication_mode, country_cd, "
                                                         "product_code; no header)").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("simulate", "%1: cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxSeedFileBytes) {
        *error = QCoreApplication::translate("simulate", "%1: too big for a seed-cases file (%2 bytes)")
                     .arg(path)
                     .arg(file.size());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    return parseSeedCases(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace carepulse::simulate
