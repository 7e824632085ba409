#pragma once
// One case's recorded events as timeline rows: each with its status text, its class (by the books' status
// mapping, the same one the metrics use) and what changed since the event before it (status, agent,
// priority, category, ...).

#include "CaseTimeline.h"
#include "model/Events.h"

#include <vector>

namespace carepulse {
class CaseBook;
}

namespace carepulse::ui {

// events in the store's order (by last-modified time, then arrival); rows later than asOf are marked so.
std::vector<TimelineEvent> recordedEventRows(const CaseBook& book, const std::vector<CaseEvent>& events,
    Timestamp asOf);

} // namespace carepulse::ui
