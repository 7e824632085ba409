#pragma once
// What a parser reports besides records: quarantined records (kept, with the reason they were refused)
// and warnings about the input as a whole. Both are data; callers decide how to show them.

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace carepulse {

enum class QuarantineReason : std::uint8_t {
    MissingField,         // a required field is absent or empty
    BadTimestamp,         // a timestamp does not parse
    CreatedAfterModified, // create_timestamp is after last_modified_timestamp
    AnswerNotNumber,      // a scale answer is not a whole number
    AnswerOutOfRange,     // a scale answer is outside 1..10
    BadOption,            // Q4 is not Y or N
    MalformedJson,        // the record is not a valid JSON object
    RecordTooLong,        // one record is longer than kMaxRecordBytes
    BadValue,             // a dimension value of the wrong type (number, date, SLA hours, range)
    WrongFieldCount,      // a TSV/CSV row with fewer fields than its header
};
constexpr int kQuarantineReasonCount = 10;

// Stable machine name ("missing_field", ...), used in the store, JSON output and CSV.
std::string_view reasonName(QuarantineReason reason);
std::optional<QuarantineReason> reasonFromName(std::string_view name);
// Human text, translated.
QString reasonText(QuarantineReason reason);

enum class RecordKind : std::uint8_t { Case, Survey, Dimension, Unknown };
std::string_view recordKindName(RecordKind kind);
RecordKind recordKindFromName(std::string_view name); // Unknown for any other text

// One record longer than this is quarantined (data-formats.md: a TSV or JSON Lines line, or one element
// of a JSON array). A whole array file may be larger.
constexpr std::size_t kMaxRecordBytes = 1U << 20;
// Raw text kept for a quarantined record is cut to this many bytes.
constexpr std::size_t kMaxQuarantinedRawBytes = 4096;

struct QuarantineRecord {
    QuarantineReason reason = QuarantineReason::MalformedJson;
    RecordKind kind = RecordKind::Unknown;
    std::string field;  // the field at fault, when there is one
    std::string detail; // e.g. the value that did not parse
    std::int64_t line = 0;   // 1-based line where the record starts
    std::int64_t offset = 0; // byte offset where the record starts
    std::string raw;         // the record's text, cut to kMaxQuarantinedRawBytes
};

struct ParseWarning {
    enum class Kind : std::uint8_t { UnknownColumns, SkippedFile, TrailingData, Notice };
    Kind kind = Kind::Notice;
    std::int64_t line = 0;
    std::int64_t offset = 0;
    QString detail;
};

// Keeps at most kMaxQuarantinedRawBytes of a record's text.
std::string clipRaw(std::string_view raw);

} // namespace carepulse
