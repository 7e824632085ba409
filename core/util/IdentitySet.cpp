#include "IdentitySet.h"

namespace carepulse {

namespace {
constexpr std::int64_t kEmpty = 0;
constexpr std::int64_t kDeleted = 1;
} // namespace

std::uint64_t IdentitySet::slotOf(std::int64_t key, std::size_t mask)
{
    // Identities are hashes already; mix once more so that sequential test keys spread too.
    auto x = static_cast<std::uint64_t>(key);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x & mask;
}

void IdentitySet::reserve(std::size_t count)
{
    std::size_t capacity = 16;
    while (capacity < count * 2)
        capacity *= 2;
    if (capacity <= m_slots.size())
        return;
    std::vector<std::int64_t> old = std::move(m_slots);
    m_slots.assign(capacity, kEmpty);
    m_used = 0;
    const std::size_t mask = capacity - 1;
    for (std::int64_t key : old) {
        if (key == kEmpty || key == kDeleted)
            continue;
        std::size_t i = slotOf(key, mask);
        while (m_slots[i] != kEmpty)
            i = (i + 1) & mask;
        m_slots[i] = key;
        ++m_used;
    }
}

void IdentitySet::grow()
{
    reserve(m_slots.empty() ? 8 : m_slots.size());
}

bool IdentitySet::insert(std::int64_t key)
{
    if (key == kEmpty || key == kDeleted) {
        bool& flag = key == kEmpty ? m_hasZero : m_hasOne;
        if (flag)
            return false;
        flag = true;
        ++m_size;
        return true;
    }
    if ((m_used + 1) * 10 > m_slots.size() * 7)
        grow();
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = slotOf(key, mask);
    std::size_t firstDeleted = m_slots.size();
    while (m_slots[i] != kEmpty) {
        if (m_slots[i] == key)
            return false;
        if (m_slots[i] == kDeleted && firstDeleted == m_slots.size())
            firstDeleted = i;
        i = (i + 1) & mask;
    }
    if (firstDeleted != m_slots.size()) {
        i = firstDeleted;
    } else {
        ++m_used;
    }
    m_slots[i] = key;
    ++m_size;
    return true;
}

bool IdentitySet::contains(std::int64_t key) const
{
    if (key == kEmpty)
        return m_hasZero;
    if (key == kDeleted)
        return m_hasOne;
    if (m_slots.empty())
        return false;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = slotOf(key, mask); m_slots[i] != kEmpty; i = (i + 1) & mask) {
        if (m_slots[i] == key)
            return true;
    }
    return false;
}

void IdentitySet::erase(std::int64_t key)
{
    if (key == kEmpty || key == kDeleted) {
        bool& flag = key == kEmpty ? m_hasZero : m_hasOne;
        m_size -= flag ? 1 : 0;
        flag = false;
        return;
    }
    if (m_slots.empty())
        return;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = slotOf(key, mask); m_slots[i] != kEmpty; i = (i + 1) & mask) {
        if (m_slots[i] == key) {
            m_slots[i] = kDeleted;
            --m_size;
            return;
        }
    }
}

void IdentitySet::clear()
{
    m_slots.clear();
    m_size = m_used = 0;
    m_hasZero = m_hasOne = false;
}

} // namespace carepulse
