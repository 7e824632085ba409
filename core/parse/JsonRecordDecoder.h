#pragma once
// Decodes one JSON object (a JSON Lines line or one element of an array file) into a case or survey
// event. A record with a "survey_id" key is a survey; otherwise it is a case (data-formats.md).

#include "EventFields.h"

#include <memory>
#include <string_view>

namespace carepulse {

enum class DecodedKind : std::uint8_t { Case, Survey, Quarantined };

class JsonRecordDecoder {
public:
    JsonRecordDecoder();
    ~JsonRecordDecoder();
    JsonRecordDecoder(const JsonRecordDecoder&) = delete;
    JsonRecordDecoder& operator=(const JsonRecordDecoder&) = delete;

    // json must be followed by at least `readable - json.size()` readable bytes; when fewer than the
    // parser's padding are readable the text is copied first. On Quarantined, quarantine holds the
    // reason, field and detail (the caller sets line, offset and raw text).
    DecodedKind decode(std::string_view json, std::size_t readable, CaseEvent& caseEvent, SurveyEvent& survey,
                       QuarantineRecord& quarantine);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace carepulse
