#include "EventFields.h"

#include <algorithm>

namespace carepulse {

namespace {

constexpr std::array<std::string_view, kEventFieldCount> kNames = {
    "case_no", "create_timestamp", "last_modified_timestamp", "created_employee_key", "call_center_id",
    "status", "category", "sub_category", "communication_mode", "country_cd", "product_code",
    "survey_id", "survey_timestamp", "q1", "q2", "q3", "q4", "q5"};

bool equalsIgnoreCase(std::string_view a, std::string_view lower)
{
    if (a.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

bool refuse(QuarantineRecord& q, RecordKind kind, QuarantineReason reason, EventField field, std::string_view detail)
{
    q.kind = kind;
    q.reason = reason;
    q.field = std::string(eventFieldName(field));
    q.detail = std::string(detail.substr(0, 200));
    return false;
}

bool requireAll(const EventFieldValues& v, std::initializer_list<EventField> fields, RecordKind kind, QuarantineRecord& q)
{
    for (EventField f : fields) {
        if (!v.has(f))
            return refuse(q, kind, QuarantineReason::MissingField, f, {});
    }
    return true;
}

bool readTimestamp(const EventFieldValues& v, EventField f, RecordKind kind, Timestamp& out, QuarantineRecord& q)
{
    const std::string_view text = v.get(f);
    const auto ts = parseTimestamp(text);
    if (!ts)
        return refuse(q, kind, QuarantineReason::BadTimestamp, f, text);
    out = *ts;
    return true;
}

bool readScaleAnswer(std::string_view text, std::int8_t& out)
{
    // Whole numbers only; JSON numbers arrive as their raw token ("7"), strings as their content.
    // A leading minus still makes a number (one outside 1..10).
    const bool negative = !text.empty() && text.front() == '-';
    if (negative)
        text.remove_prefix(1);
    if (text.empty())
        return false;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = std::min(value * 10 + (c - '0'), 1000);
    }
    out = static_cast<std::int8_t>(negative ? -std::min(value, 128) : std::min(value, 127));
    return true;
}

} // namespace

std::string_view eventFieldName(EventField field)
{
    return kNames[static_cast<std::size_t>(field)];
}

std::optional<EventField> eventFieldFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (equalsIgnoreCase(name, kNames[i]))
            return static_cast<EventField>(i);
    }
    return std::nullopt;
}

bool buildCaseEvent(const EventFieldValues& v, CaseEvent& e, QuarantineRecord& q)
{
    using F = EventField;
    constexpr auto kind = RecordKind::Case;
    if (!requireAll(v, {F::CaseNo, F::CreateTimestamp, F::LastModifiedTimestamp, F::Status}, kind, q))
        return false;
    if (!readTimestamp(v, F::CreateTimestamp, kind, e.created, q)
        || !readTimestamp(v, F::LastModifiedTimestamp, kind, e.modified, q))
        return false;
    if (e.created > e.modified) {
        return refuse(q, kind, QuarantineReason::CreatedAfterModified, F::CreateTimestamp,
                      std::string(v.get(F::CreateTimestamp)) + " > " + std::string(v.get(F::LastModifiedTimestamp)));
    }
    e.caseNo.assign(v.get(F::CaseNo));
    e.status.assign(v.get(F::Status));
    e.employeeKey.assign(v.get(F::CreatedEmployeeKey));
    e.callCenterId.assign(v.get(F::CallCenterId));
    e.category.assign(v.get(F::Category));
    e.subCategory.assign(v.get(F::SubCategory));
    e.channel.assign(v.get(F::CommunicationMode));
    e.countryCode.assign(v.get(F::CountryCode));
    e.productCode.assign(v.get(F::ProductCode));
    return true;
}

bool buildSurveyEvent(const EventFieldValues& v, SurveyEvent& s, QuarantineRecord& q)
{
    using F = EventField;
    constexpr auto kind = RecordKind::Survey;
    if (!requireAll(v, {F::SurveyId, F::CaseNo, F::SurveyTimestamp}, kind, q))
        return false;
    if (!readTimestamp(v, F::SurveyTimestamp, kind, s.at, q))
        return false;
    constexpr std::array<F, kSurveyQuestionCount> questions = {F::Q1, F::Q2, F::Q3, F::Q4, F::Q5};
    for (int i = 0; i < kSurveyQuestionCount; ++i) {
        const F f = questions[static_cast<std::size_t>(i)];
        const std::string_view text = v.get(f);
        std::int8_t& answer = s.answers[static_cast<std::size_t>(i)];
        answer = 0;
        if (text.empty())
            continue;
        if (i == kOptionsQuestionIndex) {
            if (text != "Y" && text != "N")
                return refuse(q, kind, QuarantineReason::BadOption, f, text);
            answer = static_cast<std::int8_t>(text[0]);
        } else if (!readScaleAnswer(text, answer)) {
            return refuse(q, kind, QuarantineReason::AnswerNotNumber, f, text);
        } else if (answer < 1 || answer > 10) {
            return refuse(q, kind, QuarantineReason::AnswerOutOfRange, f, text);
        }
    }
    s.surveyId.assign(v.get(F::SurveyId));
    s.caseNo.assign(v.get(F::CaseNo));
    return true;
}

} // namespace carepulse
