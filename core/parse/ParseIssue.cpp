#include "ParseIssue.h"

#include <QCoreApplication>

namespace carepulse {

std::string_view reasonName(QuarantineReason reason)
{
    switch (reason) {
    case QuarantineReason::MissingField: return "missing_field";
    case QuarantineReason::BadTimestamp: return "bad_timestamp";
    case QuarantineReason::CreatedAfterModified: return "created_after_modified";
    case QuarantineReason::AnswerNotNumber: return "answer_not_number";
    case QuarantineReason::AnswerOutOfRange: return "answer_out_of_range";
    case QuarantineReason::BadOption: return "bad_option";
    case QuarantineReason::MalformedJson: return "malformed_json";
    case QuarantineReason::RecordTooLong: return "record_too_long";
    case QuarantineReason::BadValue: return "bad_value";
    case QuarantineReason::WrongFieldCount: return "wrong_field_count";
    }
    return "unknown";
}

std::optional<QuarantineReason> reasonFromName(std::string_view name)
{
    for (int i = 0; i < kQuarantineReasonCount; ++i) {
        if (reasonName(static_cast<QuarantineReason>(i)) == name)
            return static_cast<QuarantineReason>(i);
    }
    return std::nullopt;
}

QString reasonText(QuarantineReason reason)
{
    switch (reason) {
    case QuarantineReason::MissingField: return QCoreApplication::translate("Quarantine", "A required field is missing");
    case QuarantineReason::BadTimestamp: return QCoreApplication::translate("Quarantine", "A timestamp does not parse");
    case QuarantineReason::CreatedAfterModified:
        return QCoreApplication::translate("Quarantine", "Created after it was last modified");
    case QuarantineReason::AnswerNotNumber: return QCoreApplication::translate("Quarantine", "An answer is not a number");
    case QuarantineReason::AnswerOutOfRange: return QCoreApplication::translate("Quarantine", "An answer is outside 1..10");
    case QuarantineReason::BadOption: return QCoreApplication::translate("Quarantine", "Q4 is not Y or N");
    case QuarantineReason::MalformedJson: return QCoreApplication::translate("Quarantine", "Malformed JSON");
    case QuarantineReason::RecordTooLong: return QCoreApplication::translate("Quarantine", "Record longer than 1 MiB");
    case QuarantineReason::BadValue: return QCoreApplication::translate("Quarantine", "A value has the wrong type");
    case QuarantineReason::WrongFieldCount: return QCoreApplication::translate("Quarantine", "Too few fields");
    }
    return {};
}

std::string_view recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Case: return "case";
    case RecordKind::Survey: return "survey";
    case RecordKind::Dimension: return "dimension";
    case RecordKind::Unknown: break;
    }
    return "unknown";
}

RecordKind recordKindFromName(std::string_view name)
{
    for (RecordKind kind : {RecordKind::Case, RecordKind::Survey, RecordKind::Dimension}) {
        if (recordKindName(kind) == name)
            return kind;
    }
    return RecordKind::Unknown;
}

std::string clipRaw(std::string_view raw)
{
    return std::string(raw.substr(0, kMaxQuarantinedRawBytes));
}

} // namespace carepulse
