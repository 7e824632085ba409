#include "Dimensions.h"

#include <algorithm>

namespace carepulse {

std::string DimensionSpec::fileName() const
{
    return "futurecart_" + std::string(name) + "_details.txt";
}

std::span<const DimensionSpec> dimensionSpecs()
{
    using T = ColumnType;
    static const std::vector<DimensionSpec> specs = {
        {"calendar", "dim_calendar",
         {{"calendar_date", T::Date, true}, {"date_desc", T::Text}, {"week_day_nbr", T::Integer},
          {"week_number", T::Integer}, {"week_name", T::Text}, {"year_week_number", T::Integer},
          {"month_number", T::Integer}, {"month_name", T::Text}, {"quarter_number", T::Integer},
          {"quarter_name", T::Text}, {"half_year_number", T::Integer}, {"half_year_name", T::Text},
          {"geo_region_cd", T::Text}}},
        {"call_center", "dim_call_center",
         {{"call_center_id", T::Text, true}, {"call_center_vendor", T::Text}, {"location", T::Text},
          {"country", T::Text}}},
        {"case_category", "dim_case_category",
         {{"category_key", T::Text, true}, {"sub_category_key", T::Text, true},
          {"category_description", T::Text}, {"sub_category_description", T::Text},
          {"priority", T::Text}},
         2},
        {"case_country", "dim_case_country",
         {{"id", T::Integer, true}, {"name", T::Text}, {"alpha_2", T::Text}, {"alpha_3", T::Text}}},
        {"case_priority", "dim_case_priority",
         {{"priority_key", T::Text, true}, {"priority", T::Text}, {"severity", T::Text},
          {"sla", T::SlaHours}}},
        {"employee", "dim_employee",
         {{"emp_key", T::Text, true}, {"first_name", T::Text}, {"last_name", T::Text}, {"email", T::Text},
          {"gender", T::Text}, {"ldap", T::Text}, {"hire_date", T::Date}, {"manager", T::Text}}},
        {"product", "dim_product",
         {{"product_id", T::Text, true}, {"department", T::Text}, {"brand", T::Text},
          {"commodity_desc", T::Text}, {"sub_commodity_desc", T::Text}}},
        {"survey_question", "dim_survey_question",
         {{"question_id", T::Text, true}, {"question_desc", T::Text}, {"response_type", T::Text},
          {"range", T::Range}, {"negative_response_range", T::Range}, {"neutral_response_range", T::Range},
          {"positive_response_range", T::Range}}},
    };
    return specs;
}

const DimensionSpec* findDimension(std::string_view name)
{
    const auto specs = dimensionSpecs();
    const auto it = std::find_if(specs.begin(), specs.end(), [&](const DimensionSpec& s) { return s.name == name; });
    return it == specs.end() ? nullptr : &*it;
}

std::string repairDoubleEncodedUtf8(std::string_view value)
{
    // Read the value as UTF-8; if every code point is below 256 and at least one is above 127, the bytes
    // those code points spell may be the original UTF-8. Accept them only if they form valid UTF-8.
    std::string bytes;
    bool high = false;
    for (std::size_t i = 0; i < value.size();) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c < 0x80) {
            bytes.push_back(static_cast<char>(c));
            ++i;
        } else if ((c & 0xE0) == 0xC0 && i + 1 < value.size() && c <= 0xC3) {
            const auto c2 = static_cast<unsigned char>(value[i + 1]);
            if ((c2 & 0xC0) != 0x80)
                return std::string(value);
            bytes.push_back(static_cast<char>(((c & 0x1F) << 6) | (c2 & 0x3F)));
            high = true;
            i += 2;
        } else {
            return std::string(value);
        }
    }
    if (!high)
        return std::string(value);
    // Validate the candidate as UTF-8 with at least one multi-byte sequence.
    for (std::size_t i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (len == 0 || (len == 2 && c < 0xC2) || i + len > bytes.size())
            return std::string(value);
        for (std::size_t k = 1; k < len; ++k) {
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80)
                return std::string(value);
        }
        i += len;
    }
    return bytes;
}

} // namespace carepulse
