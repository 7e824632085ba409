#pragma once
// The snapshot as (name, value) rows in the JSON's order, for the CSV and table formats.

#include "KpiSnapshot.h"

#include <string>
#include <utility>
#include <vector>

namespace carepulse {

std::vector<std::pair<std::string, std::string>> kpiRows(const KpiSnapshot& snapshot);

} // namespace carepulse
