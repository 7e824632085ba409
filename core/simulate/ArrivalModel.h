#pragma once
// When cases are created: a contact centre is busiest in business hours, quiet at night and lighter at
// weekends. The window [start, end) is cut into clock hours, each weighted by its hour of day and its
// weekday; a case lands in an hour with probability proportional to that weight, uniformly inside it.

#include "WeightedPicker.h"
#include "model/Timestamp.h"

#include <vector>

namespace carepulse::simulate {

class Random;

class ArrivalModel {
public:
    ArrivalModel(Timestamp start, Timestamp end);

    // `count` creation times in [start, end), ascending.
    std::vector<Timestamp> drawSorted(std::size_t count, Random& random) const;

    static double hourWeight(int hour);
    static double weekdayWeight(int isoWeekday); // 0 = Monday

private:
    struct Slot {
        Timestamp begin;
        Timestamp length;
    };
    std::vector<Slot> m_slots;
    WeightedPicker m_picker;
};

} // namespace carepulse::simulate
