#include "Tsv.h"

#include <algorithm>
#include <cstring>

namespace carepulse {

void splitFields(std::string_view line, char separator, std::vector<std::string_view>& fields)
{
    fields.clear();
    std::size_t start = 0;
    for (;;) {
        const void* hit = std::memchr(line.data() + start, separator, line.size() - start);
        if (!hit) {
            fields.push_back(line.substr(start));
            return;
        }
        const auto pos = static_cast<std::size_t>(static_cast<const char*>(hit) - line.data());
        fields.push_back(line.substr(start, pos - start));
        start = pos + 1;
    }
}

std::string toLowerAscii(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

std::string toUpperAscii(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    return out;
}

TsvHeader TsvHeader::parse(std::string_view line)
{
    TsvHeader header;
    std::vector<std::string_view> fields;
    splitFields(line, '\t', fields);
    for (std::string_view f : fields) {
        while (!f.empty() && (f.front() == ' ' || f.front() == '"'))
            f.remove_prefix(1);
        while (!f.empty() && (f.back() == ' ' || f.back() == '"'))
            f.remove_suffix(1);
        header.names.push_back(toLowerAscii(f));
    }
    return header;
}

std::optional<std::size_t> TsvHeader::indexOf(std::string_view lowerName) const
{
    const auto it = std::find(names.begin(), names.end(), lowerName);
    if (it == names.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - names.begin());
}

} // namespace carepulse
