#include "Dictionary.h"

#include "util/Hash.h"

namespace carepulse {

Dictionary::Dictionary()
{
    rehash(64);
    intern({});
}

std::uint64_t Dictionary::hash(std::string_view text)
{
    Hasher h;
    h.add(text);
    return h.finish();
}

void Dictionary::rehash(std::size_t capacity)
{
    m_slots.assign(capacity, 0);
    const std::size_t mask = capacity - 1;
    for (std::size_t id = 0; id < m_hashes.size(); ++id) {
        std::size_t i = m_hashes[id] & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = static_cast<std::uint32_t>(id + 1);
    }
}

std::uint32_t Dictionary::find(std::string_view text) const
{
    const std::uint64_t h = hash(text);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = h & mask; m_slots[i] != 0; i = (i + 1) & mask) {
        const std::uint32_t id = m_slots[i] - 1;
        if (m_hashes[id] == h && m_strings[id] == text)
            return id;
    }
    return UINT32_MAX;
}

std::uint32_t Dictionary::intern(std::string_view text)
{
    const std::uint64_t h = hash(text);
    std::size_t mask = m_slots.size() - 1;
    std::size_t i = h & mask;
    for (; m_slots[i] != 0; i = (i + 1) & mask) {
        const std::uint32_t id = m_slots[i] - 1;
        if (m_hashes[id] == h && m_strings[id] == text)
            return id;
    }
    const auto id = static_cast<std::uint32_t>(m_strings.size());
    m_strings.emplace_back(text);
    m_hashes.push_back(h);
    if ((m_strings.size()) * 10 > m_slots.size() * 7) {
        rehash(m_slots.size() * 2);
    } else {
        m_slots[i] = id + 1;
    }
    return id;
}

} // namespace carepulse
