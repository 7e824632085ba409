#include "CaseIndex.h"

namespace carepulse {

namespace {

constexpr std::uint64_t kTextFlag = 1ULL << 63;

std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

} // namespace

bool CaseIndex::numericKey(std::string_view caseNo, std::uint64_t& key)
{
    // Leading zeros would make "007" and "7" one case: such numbers are kept as text.
    if (caseNo.empty() || caseNo.size() > 18 || (caseNo.size() > 1 && caseNo[0] == '0'))
        return false;
    std::uint64_t value = 0;
    for (char c : caseNo) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    key = value;
    return true;
}

std::uint32_t CaseIndex::lookup(std::uint64_t key) const
{
    if (m_slots.empty())
        return kNone;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = mix(key) & mask; m_slots[i] != 0; i = (i + 1) & mask) {
        if (m_keys[m_slots[i] - 1] == key)
            return m_slots[i] - 1;
    }
    return kNone;
}

void CaseIndex::grow()
{
    const std::size_t capacity = m_slots.empty() ? 1024 : m_slots.size() * 2;
    m_slots.assign(capacity, 0);
    const std::size_t mask = capacity - 1;
    for (std::size_t index = 0; index < m_keys.size(); ++index) {
        std::size_t i = mix(m_keys[index]) & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = static_cast<std::uint32_t>(index + 1);
    }
}

std::uint32_t CaseIndex::intern(std::string_view caseNo)
{
    std::uint64_t key = 0;
    if (!numericKey(caseNo, key))
        key = kTextFlag | m_texts.intern(caseNo);
    if (const std::uint32_t found = lookup(key); found != kNone)
        return found;
    if ((m_keys.size() + 1) * 10 > m_slots.size() * 7)
        grow();
    const auto index = static_cast<std::uint32_t>(m_keys.size());
    m_keys.push_back(key);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = mix(key) & mask;
    while (m_slots[i] != 0)
        i = (i + 1) & mask;
    m_slots[i] = index + 1;
    return index;
}

std::uint32_t CaseIndex::find(std::string_view caseNo) const
{
    std::uint64_t key = 0;
    if (!numericKey(caseNo, key)) {
        const std::uint32_t text = m_texts.find(caseNo);
        if (text == UINT32_MAX)
            return kNone;
        key = kTextFlag | text;
    }
    return lookup(key);
}

bool CaseIndex::less(std::uint32_t a, std::uint32_t b) const
{
    const std::uint64_t ka = m_keys[a];
    const std::uint64_t kb = m_keys[b];
    const bool ta = (ka & kTextFlag) != 0;
    const bool tb = (kb & kTextFlag) != 0;
    if (ta != tb)
        return tb;
    if (!ta)
        return ka < kb;
    return m_texts.text(static_cast<std::uint32_t>(ka & ~kTextFlag)) < m_texts.text(static_cast<std::uint32_t>(kb & ~kTextFlag));
}

std::string CaseIndex::caseNo(std::uint32_t index) const
{
    const std::uint64_t key = m_keys[index];
    if (key & kTextFlag)
        return m_texts.text(static_cast<std::uint32_t>(key & ~kTextFlag));
    return std::to_string(key);
}

} // namespace carepulse
