#pragma once
// Event-to-snapshot latency: how long after its receipt each event was first in a snapshot. Samples are
// weighted by the number of events they stand for, so p99 is over events, not batches.

#include <cstdint>
#include <vector>

namespace carepulse {

class LatencyStats {
public:
    void add(std::int64_t latencyMs, std::int64_t events);
    std::int64_t events() const { return m_events; }
    // Nearest-rank percentile over events (p in 0..100); 0 when there are none.
    std::int64_t percentile(double p) const;

private:
    struct Sample {
        std::int64_t latencyMs;
        std::int64_t events;
    };
    mutable std::vector<Sample> m_samples;
    mutable bool m_sorted = true;
    std::int64_t m_events = 0;
};

} // namespace carepulse
