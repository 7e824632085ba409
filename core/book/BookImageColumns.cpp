// The books' columns in and out of an image (BookImage.h). Every restore checks what the rest of the
// book relies on (equal column lengths, ids inside their dictionaries, hash slots that end), so a damaged
// image is refused rather than read into a book that would crash later.

#include "CaseBook.h"
#include "Dictionary.h"
#include "ImageStream.h"
#include "SurveyBook.h"

#include <algorithm>
#include <bit>

namespace carepulse {

void Dictionary::save(ImageWriter& out) const
{
    out.texts(m_strings);
}

bool Dictionary::restore(ImageReader& in)
{
    std::vector<std::string> strings;
    if (!in.texts(strings) || strings.empty() || !strings.front().empty())
        return false;
    m_strings = std::move(strings);
    m_hashes.clear();
    m_hashes.reserve(m_strings.size());
    for (const std::string& s : m_strings)
        m_hashes.push_back(hash(s));
    std::size_t capacity = 64;
    while (m_strings.size() * 10 > capacity * 7)
        capacity *= 2;
    rehash(capacity);
    return true;
}

void CaseIndex::save(ImageWriter& out) const
{
    out.column(m_keys);
    m_texts.save(out);
    out.column(m_slots);
}

bool CaseIndex::restore(ImageReader& in)
{
    if (!in.column(m_keys) || !m_texts.restore(in) || !in.column(m_slots))
        return false;
    for (const std::uint64_t key : m_keys) {
        if (!isNumericKey(key) && (key & ~(1ULL << 63)) >= m_texts.size())
            return false;
    }
    // Every case in exactly one slot, and empty slots left so a probe always ends.
    if (!m_slots.empty() && !std::has_single_bit(m_slots.size()))
        return false;
    std::size_t used = 0;
    for (const std::uint32_t slot : m_slots) {
        used += slot != 0 ? 1 : 0;
        if (slot > m_keys.size())
            return false;
    }
    return used == m_keys.size() && (m_slots.empty() ? m_keys.empty() : used < m_slots.size());
}

void CaseBook::save(ImageWriter& out) const
{
    m_index.save(out);
    out.column(m_created);
    out.column(m_openAt);
    out.column(m_closeAt);
    out.column(m_priority);
    for (const auto& column : m_attributes)
        out.column(column);
    for (const Dictionary& dictionary : m_dictionaries)
        dictionary.save(out);
    // Cases with an unusual history, in case order (a file that does not depend on hashing).
    std::vector<std::uint32_t> cases;
    for (const auto& entry : m_overflow)
        cases.push_back(entry.first);
    std::sort(cases.begin(), cases.end());
    out.column(cases);
    for (const std::uint32_t i : cases) {
        std::vector<Timestamp> times;
        std::vector<std::uint8_t> closed;
        for (const StateEvent& e : m_overflow.at(i)) {
            times.push_back(e.time);
            closed.push_back(e.closed ? 1 : 0);
        }
        out.column(times);
        out.column(closed);
    }
    out.value(m_newestEvent);
    out.value(m_eventsApplied);
}

bool CaseBook::restore(ImageReader& in)
{
    if (!m_index.restore(in) || !in.column(m_created) || !in.column(m_openAt) || !in.column(m_closeAt)
        || !in.column(m_priority))
        return false;
    for (auto& column : m_attributes) {
        if (!in.column(column))
            return false;
    }
    for (Dictionary& dictionary : m_dictionaries) {
        if (!dictionary.restore(in))
            return false;
    }
    const std::size_t count = m_index.size();
    const auto sized = [count](const auto& column) { return column.size() == count; };
    if (!sized(m_created) || !sized(m_openAt) || !sized(m_closeAt) || !sized(m_priority)
        || !std::all_of(m_attributes.begin(), m_attributes.end(), sized))
        return false;
    for (std::size_t a = 0; a < m_attributes.size(); ++a) {
        const std::size_t ids = m_dictionaries[a].size();
        if (std::any_of(m_attributes[a].begin(), m_attributes[a].end(), [ids](std::uint32_t id) { return id >= ids; }))
            return false;
    }
    std::vector<std::uint32_t> cases;
    if (!in.column(cases))
        return false;
    m_overflow.clear();
    for (const std::uint32_t i : cases) {
        std::vector<Timestamp> times;
        std::vector<std::uint8_t> closed;
        if (!in.column(times) || !in.column(closed) || i >= count || times.empty() || times.size() != closed.size())
            return false;
        std::vector<StateEvent> list;
        for (std::size_t e = 0; e < times.size(); ++e)
            list.push_back({times[e], closed[e] != 0});
        if (!std::is_sorted(list.begin(), list.end()))
            return false;
        m_overflow[i] = std::move(list);
    }
    // Exactly the cases marked unusual have a list; a plain history's open event comes before its close.
    std::size_t marked = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const Timestamp open = m_openAt[i];
        const Timestamp close = m_closeAt[i];
        if (close == kUnusual) {
            if (open != kNever || !m_overflow.contains(static_cast<std::uint32_t>(i)))
                return false;
            ++marked;
        } else if (open == kUnusual || (open != kNever && close != kNever && close < open)) {
            return false;
        }
    }
    if (marked != m_overflow.size())
        return false;
    return in.value(m_newestEvent) && in.value(m_eventsApplied);
}

void SurveyBook::save(ImageWriter& out) const
{
    out.column(m_time);
    out.column(m_answers);
    out.column(m_idOffset);
    out.column(m_idLength);
    out.column(m_idArena);
    out.value(m_newest);
}

bool SurveyBook::restore(ImageReader& in)
{
    if (!in.column(m_time) || !in.column(m_answers) || !in.column(m_idOffset) || !in.column(m_idLength)
        || !in.column(m_idArena) || !in.value(m_newest))
        return false;
    const std::size_t count = m_time.size();
    if (m_answers.size() != count || m_idOffset.size() != count || m_idLength.size() != count)
        return false;
    for (std::size_t i = 0; i < count; ++i) {
        if (std::size_t{m_idOffset[i]} + m_idLength[i] > m_idArena.size())
            return false;
    }
    return true;
}

} // namespace carepulse
