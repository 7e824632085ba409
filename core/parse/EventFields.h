#pragma once
// The fields of case and survey events, found by name case-insensitively, and the validation that turns
// their text into records or quarantines them. Shared by the TSV and JSON readers.

#include "ParseIssue.h"
#include "model/Events.h"

#include <array>
#include <optional>
#include <string_view>

namespace carepulse {

enum class EventField : std::uint8_t {
    CaseNo,
    CreateTimestamp,
    LastModifiedTimestamp,
    CreatedEmployeeKey,
    CallCenterId,
    Status,
    Category,
    SubCategory,
    CommunicationMode,
    CountryCode,
    ProductCode,
    SurveyId,
    SurveyTimestamp,
    Q1,
    Q2,
    Q3,
    Q4,
    Q5,
    Count
};
constexpr std::size_t kEventFieldCount = static_cast<std::size_t>(EventField::Count);

// The canonical (lower-case) column name: "case_no", "q1", ...
std::string_view eventFieldName(EventField field);
std::optional<EventField> eventFieldFromName(std::string_view name);

// The text of each field of one record. A field is missing when it is absent or empty.
struct EventFieldValues {
    std::array<std::string_view, kEventFieldCount> text{};
    std::array<bool, kEventFieldCount> present{};

    void clear() { present.fill(false); }
    void set(EventField f, std::string_view value)
    {
        text[static_cast<std::size_t>(f)] = value;
        present[static_cast<std::size_t>(f)] = true;
    }
    bool has(EventField f) const
    {
        const auto i = static_cast<std::size_t>(f);
        return present[i] && !text[i].empty();
    }
    std::string_view get(EventField f) const { return has(f) ? text[static_cast<std::size_t>(f)] : std::string_view(); }
    bool isSurvey() const { return present[static_cast<std::size_t>(EventField::SurveyId)]; }
};

// Fill the record, or fill quarantine (reason, field, detail; the caller sets position and raw text)
// and return false.
bool buildCaseEvent(const EventFieldValues& values, CaseEvent& event, QuarantineRecord& quarantine);
bool buildSurveyEvent(const EventFieldValues& values, SurveyEvent& survey, QuarantineRecord& quarantine);

} // namespace carepulse
