#pragma once
// Case numbers to dense case indexes. Numeric case numbers (all the real and generated ones) are kept
// as numbers, so ten million cases cost about 24 bytes each here rather than a string and a map node;
// any other text is interned.

#include "Column.h"
#include "Dictionary.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace carepulse {

class ImageReader;
class ImageWriter;

class CaseIndex {
public:
    static constexpr std::uint32_t kNone = UINT32_MAX;

    // The case's index, adding it when new.
    std::uint32_t intern(std::string_view caseNo);
    std::uint32_t find(std::string_view caseNo) const;
    std::string caseNo(std::uint32_t index) const;
    std::size_t size() const { return m_keys.size(); }
    // Orders cases by number: numeric case numbers by value, then the others by text.
    bool less(std::uint32_t a, std::uint32_t b) const;
    // A key that orders numeric case numbers by value and before every other case number: sorting by it
    // and then ordering the non-numeric ones (isNumericKey false) with less() gives less()'s order.
    std::uint64_t sortKey(std::uint32_t index) const { return m_keys[index]; }
    static bool isNumericKey(std::uint64_t key) { return (key >> 63) == 0; }

    // The books' image (BookImage.h). restore returns false on a damaged image.
    void save(ImageWriter& out) const;
    bool restore(ImageReader& in);

private:
    static bool numericKey(std::string_view caseNo, std::uint64_t& key);
    std::uint64_t keyOf(std::string_view caseNo, bool add);
    std::uint32_t lookup(std::uint64_t key) const;
    void grow();

    Column<std::uint64_t> m_keys; // per case index
    Dictionary m_texts;                // non-numeric case numbers
    // Open addressing: slot -> case index + 1 (0 = empty).
    Column<std::uint32_t> m_slots;
};

} // namespace carepulse
