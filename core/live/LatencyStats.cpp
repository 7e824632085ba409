#include "LatencyStats.h"

#include <algorithm>
#include <cmath>

namespace carepulse {

void LatencyStats::add(std::int64_t latencyMs, std::int64_t events)
{
    if (events <= 0)
        return;
    m_samples.push_back({std::max<std::int64_t>(0, latencyMs), events});
    m_events += events;
    m_sorted = false;
}

std::int64_t LatencyStats::percentile(double p) const
{
    if (m_events == 0)
        return 0;
    if (!m_sorted) {
        std::sort(m_samples.begin(), m_samples.end(),
                  [](const Sample& a, const Sample& b) { return a.latencyMs < b.latencyMs; });
        m_sorted = true;
    }
    const auto rank = std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(p / 100.0 * static_cast<double>(m_events))));
    std::int64_t seen = 0;
    for (const Sample& s : m_samples) {
        seen += s.events;
        if (seen >= rank)
            return s.latencyMs;
    }
    return m_samples.back().latencyMs;
}

} // namespace carepulse
