#pragma once
// TAB-separated text with one header line and no quoting: columns are found by name, case-insensitively.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carepulse {

// Splits on TAB; fields view into line.
void splitFields(std::string_view line, char separator, std::vector<std::string_view>& fields);

std::string toLowerAscii(std::string_view s);
std::string toUpperAscii(std::string_view s);

struct TsvHeader {
    std::vector<std::string> names; // lower case, trimmed

    static TsvHeader parse(std::string_view line);
    std::optional<std::size_t> indexOf(std::string_view lowerName) const;
};

} // namespace carepulse
