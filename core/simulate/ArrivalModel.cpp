#include "ArrivalModel.h"

#include "Random.h"

#include <algorithm>
#include <array>

namespace carepulse::simulate {

namespace {

// Relative case arrivals per hour of day: a morning ramp, a plateau with a lunch dip, a long evening tail.
constexpr std::array<double, 24> kHourWeights = {
    0.25, 0.15, 0.10, 0.08, 0.08, 0.12, 0.30, 0.60, 1.00, 1.50, 1.80, 1.90,
    1.70, 1.60, 1.80, 1.80, 1.70, 1.50, 1.20, 1.00, 0.90, 0.70, 0.50, 0.35,
};
// Monday is the heaviest day (the weekend's backlog), Sunday the lightest.
constexpr std::array<double, 7> kWeekdayWeights = {1.15, 1.05, 1.00, 1.00, 1.05, 0.70, 0.55};

} // namespace

double ArrivalModel::hourWeight(int hour)
{
    return kHourWeights[static_cast<std::size_t>(hour)];
}

double ArrivalModel::weekdayWeight(int isoWeekday)
{
    return kWeekdayWeights[static_cast<std::size_t>(isoWeekday)];
}

ArrivalModel::ArrivalModel(Timestamp start, Timestamp end)
{
    std::vector<double> weights;
    for (Timestamp hour = start - ((start % 3600) + 3600) % 3600; hour < end; hour += 3600) {
        const Timestamp begin = std::max(hour, start);
        const Timestamp length = std::min(hour + 3600, end) - begin;
        if (length <= 0)
            continue;
        const int hourOfDay = static_cast<int>(((hour % kSecondsPerDay) + kSecondsPerDay) % kSecondsPerDay / 3600);
        m_slots.push_back({begin, length});
        weights.push_back(hourWeight(hourOfDay) * weekdayWeight(isoWeekday(hour)) * static_cast<double>(length) / 3600.0);
    }
    m_picker.assign(weights);
}

std::vector<Timestamp> ArrivalModel::drawSorted(std::size_t count, Random& random) const
{
    std::vector<Timestamp> times;
    if (m_slots.empty())
        return times;
    times.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Slot& slot = m_slots[m_picker.pick(random)];
        times.push_back(slot.begin + static_cast<Timestamp>(random.below(static_cast<std::uint32_t>(slot.length))));
    }
    std::sort(times.begin(), times.end());
    return times;
}

} // namespace carepulse::simulate
