#include "DurationBlocks.h"

#include <algorithm>
#include <limits>

namespace carepulse {

namespace {

// One sorted run of values and the part of it still in question: [low, high) holds the values between the
// search's current bounds.
template<typename T>
struct Run {
    std::span<const T> values;
    std::size_t low = 0;
    std::size_t high = 0;
    std::size_t probe = 0;
};

template<typename T>
std::int64_t probeRuns(std::vector<Run<T>>& runs, std::int64_t value)
{
    std::int64_t count = 0;
    for (Run<T>& r : runs) {
        const auto begin = r.values.begin();
        r.probe = static_cast<std::size_t>(
            std::upper_bound(begin + static_cast<std::ptrdiff_t>(r.low), begin + static_cast<std::ptrdiff_t>(r.high),
                             value, [](std::int64_t v, T x) { return v < static_cast<std::int64_t>(x); })
            - begin);
        count += static_cast<std::int64_t>(r.probe);
    }
    return count;
}

template<typename T>
void narrow(std::vector<Run<T>>& runs, bool keepLow)
{
    for (Run<T>& r : runs)
        (keepLow ? r.high : r.low) = r.probe;
}

template<typename T>
void widen(const std::vector<Run<T>>& runs, std::int64_t& low, std::int64_t& high)
{
    for (const Run<T>& r : runs) {
        if (r.values.empty())
            continue;
        low = std::min<std::int64_t>(low, r.values.front());
        high = std::max<std::int64_t>(high, r.values.back());
    }
}

} // namespace

void DurationBlocks::assign(std::vector<std::int32_t> closeTimes, std::vector<std::int32_t> durations)
{
    m_time = std::move(closeTimes);
    m_duration = std::move(durations);
    m_sorted = m_duration;
    const std::size_t blocks = (m_duration.size() + kBlock - 1) / kBlock;
    m_blockSum.assign(blocks + 1, 0);
    for (std::size_t b = 0; b < blocks; ++b) {
        const auto from = m_sorted.begin() + static_cast<std::ptrdiff_t>(b * kBlock);
        const auto to = m_sorted.begin() + static_cast<std::ptrdiff_t>(std::min(m_sorted.size(), (b + 1) * kBlock));
        std::sort(from, to);
        std::int64_t sum = 0;
        for (auto it = from; it != to; ++it)
            sum += *it;
        m_blockSum[b + 1] = m_blockSum[b] + sum;
    }
}

std::size_t DurationBlocks::countAtOrBefore(std::int64_t t) const
{
    return static_cast<std::size_t>(std::upper_bound(m_time.begin(), m_time.end(), t,
                                                     [](std::int64_t v, std::int32_t x) { return v < x; })
                                    - m_time.begin());
}

long double DurationBlocks::prefixSum(std::size_t n) const
{
    const std::size_t block = n / kBlock;
    auto sum = static_cast<long double>(m_blockSum[block]);
    for (std::size_t i = block * kBlock; i < n; ++i)
        sum += m_duration[i];
    return sum;
}

std::int64_t DurationBlocks::select(std::size_t from, std::size_t to, std::span<const std::int64_t> added,
                                    std::span<const std::int64_t> removed, std::size_t k) const
{
    // The stretch: whole blocks are read in their sorted form; the ends of partly covered blocks are copied
    // and sorted here (at most two blocks' worth).
    thread_local std::vector<std::int32_t> ends;
    ends.clear();
    std::vector<Run<std::int32_t>> narrowRuns;
    std::size_t i = from;
    while (i < to) {
        const std::size_t blockEnd = (i / kBlock + 1) * kBlock;
        if (i % kBlock == 0 && blockEnd <= to) {
            narrowRuns.push_back({std::span(m_sorted).subspan(i, kBlock), 0, kBlock, 0});
            i = blockEnd;
            continue;
        }
        const std::size_t end = std::min(blockEnd, to);
        ends.insert(ends.end(), m_duration.begin() + static_cast<std::ptrdiff_t>(i),
                    m_duration.begin() + static_cast<std::ptrdiff_t>(end));
        i = end;
    }
    std::sort(ends.begin(), ends.end());
    narrowRuns.push_back({std::span<const std::int32_t>(ends), 0, ends.size(), 0});
    std::vector<Run<std::int64_t>> addedRuns{{added, 0, added.size(), 0}};
    std::vector<Run<std::int64_t>> removedRuns{{removed, 0, removed.size(), 0}};

    // The smallest value v with at least k + 1 durations <= v, narrowing every run as the bounds close in.
    std::int64_t low = std::numeric_limits<std::int64_t>::max();
    std::int64_t high = std::numeric_limits<std::int64_t>::min();
    widen(narrowRuns, low, high);
    widen(addedRuns, low, high);
    const auto wanted = static_cast<std::int64_t>(k) + 1;
    while (low < high) {
        const std::int64_t mid = low + (high - low) / 2;
        const std::int64_t count = probeRuns(narrowRuns, mid) + probeRuns(addedRuns, mid) - probeRuns(removedRuns, mid);
        const bool atOrBelow = count >= wanted;
        narrow(narrowRuns, atOrBelow);
        narrow(addedRuns, atOrBelow);
        narrow(removedRuns, atOrBelow);
        if (atOrBelow)
            high = mid;
        else
            low = mid + 1;
    }
    return low;
}

std::size_t DurationBlocks::memoryBytes() const
{
    return (m_time.capacity() + m_duration.capacity() + m_sorted.capacity()) * 4 + m_blockSum.capacity() * 8;
}

} // namespace carepulse
