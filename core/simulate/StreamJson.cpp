#include "StreamJson.h"

namespace carepulse::simulate {

namespace {

// A JSON string; seed-file values are text from outside, so quotes, backslashes and control
// characters are escaped (generated values never contain them).
void appendString(std::string& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(ch);
        } else if (c < 0x20) {
            out.append("\\u00");
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0xf]);
        } else {
            out.push_back(ch);
        }
    }
    out.push_back('"');
}

void appendTimestamp(std::string& out, Timestamp ts)
{
    char text[19];
    formatTimestamp(ts, text);
    out.push_back('"');
    out.append(text, sizeof text);
    out.push_back('"');
}

void appendField(std::string& out, std::string_view name, std::string_view value, bool first = false)
{
    if (!first)
        out.push_back(',');
    out.push_back('"');
    out.append(name);
    out.append("\":");
    appendString(out, value);
}

} // namespace

void appendJson(const StreamEvent& e, std::string& out)
{
    out.push_back('{');
    if (e.kind == StreamEventKind::Survey) {
        appendField(out, "survey_id", e.surveyId, true);
        appendField(out, "case_no", e.caseNo);
        out.append(",\"survey_timestamp\":");
        appendTimestamp(out, e.modified);
        for (std::size_t q = 0; q < e.answers.size(); ++q) {
            out.append(",\"Q");
            out.push_back(static_cast<char>('1' + q));
            out.append("\":");
            const std::uint8_t answer = e.answers[q];
            if (answer == 0) {
                out.append("\"\"");
            } else if (q == 3) {
                out.push_back('"');
                out.push_back(static_cast<char>(answer));
                out.push_back('"');
            } else if (answer >= 10) {
                out.append("10");
            } else {
                out.push_back(static_cast<char>('0' + answer));
            }
        }
        out.push_back('}');
        return;
    }
    appendField(out, "case_no", e.caseNo, true);
    out.append(",\"create_timestamp\":");
    appendTimestamp(out, e.created);
    out.append(",\"last_modified_timestamp\":");
    appendTimestamp(out, e.modified);
    appendField(out, "created_employee_key", e.employeeKey);
    appendField(out, "call_center_id", e.callCenterId);
    appendField(out, "status", e.status);
    appendField(out, "category", e.category);
    appendField(out, "sub_category", e.subCategory);
    appendField(out, "communication_mode", e.channel);
    appendField(out, "country_cd", e.countryCode);
    appendField(out, "product_code", e.productCode);
    out.push_back('}');
}

} // namespace carepulse::simulate
