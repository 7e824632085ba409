#pragma once
// Case and survey events as they arrive, after validation. Strings stay std::string: they go straight
// into the store's bound parameters without a QString round trip.

#include "Timestamp.h"

#include <array>
#include <cstdint>
#include <string>

namespace carepulse {

struct CaseEvent {
    std::string caseNo;
    Timestamp created = 0;
    Timestamp modified = 0;
    std::string status;
    std::string employeeKey;
    std::string callCenterId;
    std::string category;
    std::string subCategory;
    std::string channel;      // communication_mode
    std::string countryCode;  // country_cd, as given (compare case-insensitively)
    std::string productCode;
};

// Answers Q1..Q5. 0 means "not answered". Scale questions hold 1..10; the Y/N question (Q4) holds the
// character code 'Y' or 'N'.
using SurveyAnswers = std::array<std::int8_t, 5>;
constexpr int kSurveyQuestionCount = 5;
constexpr int kOptionsQuestionIndex = 3; // Q4

struct SurveyEvent {
    std::string surveyId;
    std::string caseNo;
    Timestamp at = 0;
    SurveyAnswers answers{};
};

// A 64-bit identity of an event's content: applying an event twice changes nothing because the store
// keys events by it. A case event's identity is all of its fields; a survey's is (survey_id, case_no,
// survey_timestamp), as data-formats.md defines it.
std::int64_t eventIdentity(const CaseEvent& e);
std::int64_t eventIdentity(const SurveyEvent& e);

} // namespace carepulse
