#pragma once
// Dictionary encoding for the book's text columns: each distinct string gets a dense 32-bit id.
// Id 0 is always the empty string ("not given").

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace carepulse {

class Dictionary {
public:
    Dictionary() { intern({}); }

    std::uint32_t intern(std::string_view text)
    {
        if (const auto it = m_ids.find(text); it != m_ids.end())
            return it->second;
        const auto id = static_cast<std::uint32_t>(m_strings.size());
        m_strings.emplace_back(text);
        m_ids.emplace(m_strings.back(), id);
        return id;
    }
    // Returns UINT32_MAX when the text was never interned.
    std::uint32_t find(std::string_view text) const
    {
        const auto it = m_ids.find(text);
        return it == m_ids.end() ? UINT32_MAX : it->second;
    }
    const std::string& text(std::uint32_t id) const { return m_strings[id]; }
    std::size_t size() const { return m_strings.size(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::vector<std::string> m_strings;
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_ids;
};

} // namespace carepulse
