#pragma once
// First and last names for generated employees, grouped by where a centre is: Indian centres mostly
// staff Indian names, the US, UK and Canada mostly Western ones, the Philippines Western first names
// with Filipino surnames. All ASCII, one word each, so e-mails and LDAP ids derive from them directly.

#include <span>
#include <string_view>

namespace carepulse::simulate {

enum class NameOrigin { Indian, Western, Filipino };

struct NamePool {
    std::span<const std::string_view> maleFirst;
    std::span<const std::string_view> femaleFirst;
    std::span<const std::string_view> last;
};

const NamePool& namePool(NameOrigin origin);

} // namespace carepulse::simulate
