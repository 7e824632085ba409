#pragma once
// A small, fast, well-mixed 64-bit hash for record identities. Fields are length-prefixed so that
// ("ab","c") and ("a","bc") differ.

#include <cstdint>
#include <cstring>
#include <string_view>

namespace carepulse {

class Hasher {
public:
    void add(std::string_view s)
    {
        mix(s.size());
        std::size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            mix(w);
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, s.data() + i, s.size() - i);
        mix(tail);
    }
    void add(std::int64_t v) { mix(static_cast<std::uint64_t>(v)); }
    std::uint64_t finish() const { return avalanche(m_state ^ m_count); }

private:
    static std::uint64_t avalanche(std::uint64_t x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        x ^= x >> 31;
        return x;
    }
    void mix(std::uint64_t w)
    {
        m_state = avalanche(m_state ^ (w + 0x9e3779b97f4a7c15ULL + (m_state << 6) + (m_state >> 2)));
        ++m_count;
    }
    std::uint64_t m_state = 0x243f6a8885a308d3ULL;
    std::uint64_t m_count = 0;
};

} // namespace carepulse
