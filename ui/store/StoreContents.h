#pragma once
// A snapshot of what is in one store, as the loader hands it to the GUI thread.

#include "store/Store.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace carepulse::ui {

// The table that holds every case event, as core's stores name it.
inline constexpr QLatin1StringView kCaseEventTable { "case_event" };

struct StoreContents {
    QString location;
    std::vector<TableCount> counts;
};

} // namespace carepulse::ui

Q_DECLARE_METATYPE(carepulse::ui::StoreContents)
