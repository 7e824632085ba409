#pragma once
// Resolution times of closed cases in close-time order, for any contiguous stretch of them (the cases
// closed in a window): count, sum and order statistics without copying the stretch. Kept in blocks, each
// also sorted by duration and summed, so a median over ten million cases reads a few thousand values.

#include <cstdint>
#include <span>
#include <vector>

namespace carepulse {

class DurationBlocks {
public:
    static constexpr std::size_t kBlock = 8192;

    // closeTimes ascending, durations in the same order.
    void assign(std::vector<std::int32_t> closeTimes, std::vector<std::int32_t> durations);

    std::size_t size() const { return m_time.size(); }
    // How many entries closed at or before t.
    std::size_t countAtOrBefore(std::int64_t t) const;
    long double sum(std::size_t from, std::size_t to) const { return prefixSum(to) - prefixSum(from); }
    // The k-th smallest (0-based) duration of the stretch [from, to), together with the added durations and
    // without the removed ones (both ascending; every removed one is in the stretch or among the added).
    std::int64_t select(std::size_t from, std::size_t to, std::span<const std::int64_t> added,
                        std::span<const std::int64_t> removed, std::size_t k) const;
    std::size_t memoryBytes() const;

private:
    long double prefixSum(std::size_t n) const;

    std::vector<std::int32_t> m_time;
    std::vector<std::int32_t> m_duration;
    std::vector<std::int32_t> m_sorted;   // each block sorted on its own
    std::vector<std::int64_t> m_blockSum; // sum of the blocks before block b (one more entry than blocks)
};

} // namespace carepulse
