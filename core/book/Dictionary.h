#pragma once
// Dictionary encoding for the book's text columns: each distinct string gets a dense 32-bit id.
// Id 0 is always the empty string ("not given"). Open addressing over the ids keeps lookups to one
// or two cache misses even with hundreds of thousands of employees or products.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace carepulse {

class ImageReader;
class ImageWriter;

class Dictionary {
public:
    Dictionary();

    std::uint32_t intern(std::string_view text);
    // Returns UINT32_MAX when the text was never interned.
    std::uint32_t find(std::string_view text) const;
    const std::string& text(std::uint32_t id) const { return m_strings[id]; }
    std::size_t size() const { return m_strings.size(); }

    // The books' image (BookImage.h). restore returns false on a damaged image.
    void save(ImageWriter& out) const;
    bool restore(ImageReader& in);

private:
    static std::uint64_t hash(std::string_view text);
    void rehash(std::size_t capacity);

    std::vector<std::string> m_strings;
    std::vector<std::uint64_t> m_hashes;
    std::vector<std::uint32_t> m_slots; // id + 1, 0 = empty
};

} // namespace carepulse
