#pragma once
// A compact open-addressing set of 64-bit record identities (16 bytes a key at most). The store keeps one
// per event table so that "already have it?" costs a probe in memory instead of a random-order index insert
// on disk, which halves the cost of a bulk import.

#include <cstdint>
#include <vector>

namespace carepulse {

class IdentitySet {
public:
    // Returns true when the key was not present (and is now).
    bool insert(std::int64_t key);
    bool contains(std::int64_t key) const;
    void erase(std::int64_t key);
    std::size_t size() const { return m_size; }
    void reserve(std::size_t count);
    void clear();

private:
    static std::uint64_t slotOf(std::int64_t key, std::size_t mask);
    void grow();

    // 0 marks an empty slot, 1 a deleted one; keys 0 and 1 are kept as flags.
    std::vector<std::int64_t> m_slots;
    std::size_t m_size = 0;
    std::size_t m_used = 0; // live + deleted slots
    bool m_hasZero = false;
    bool m_hasOne = false;
};

} // namespace carepulse
