#pragma once
// Picks an index with probability proportional to its weight (cumulative table + binary search).

#include "Random.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace carepulse::simulate {

class WeightedPicker {
public:
    WeightedPicker() = default;
    explicit WeightedPicker(const std::vector<double>& weights) { assign(weights); }

    void assign(const std::vector<double>& weights)
    {
        m_cumulative.clear();
        m_cumulative.reserve(weights.size());
        double total = 0;
        for (const double w : weights) {
            total += w > 0 ? w : 0;
            m_cumulative.push_back(total);
        }
    }

    bool isEmpty() const { return m_cumulative.empty() || m_cumulative.back() <= 0; }
    std::size_t size() const { return m_cumulative.size(); }
    double total() const { return m_cumulative.empty() ? 0.0 : m_cumulative.back(); }

    std::size_t pick(Random& random) const { return pickAt(random.uniform() * total()); }

    // The index whose cumulative interval holds `point` (0 <= point < total()).
    std::size_t pickAt(double point) const
    {
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), point);
        const auto index = static_cast<std::size_t>(it - m_cumulative.begin());
        return std::min(index, m_cumulative.size() - 1);
    }

private:
    std::vector<double> m_cumulative;
};

} // namespace carepulse::simulate
