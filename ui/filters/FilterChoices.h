#pragma once
// The values the global filters offer, read from the books on their thread: every call centre, channel,
// category, priority and country that cases use, with names, and the span of the data's clock.

#include "model/Timestamp.h"

#include <QString>

#include <array>
#include <utility>
#include <vector>

namespace carepulse {
struct Books;
}

namespace carepulse::ui {

enum class FilterField { CallCenter, Channel, Category, Priority, Country, Count };

struct FilterChoices {
    // Per field: (value the filter compares, label shown).
    std::array<std::vector<std::pair<QString, QString>>, static_cast<std::size_t>(FilterField::Count)> values;
    Timestamp firstCreated = 0;
    Timestamp dataClock = 0;
    std::size_t cases = 0;
};

FilterChoices readFilterChoices(const Books& books);

} // namespace carepulse::ui
