#pragma once
// The data page's two reports, read off the GUI thread: the store's quarantine (every bad record with
// its reason, as `carepulse-cli export quarantine` lists it) and the data-quality report from the books.

#include "report/DataQuality.h"

#include <QString>

#include <string>
#include <vector>

namespace carepulse {
class Store;
}

namespace carepulse::ui {

struct QuarantineRow {
    QString source;
    std::int64_t line = 0;
    std::int64_t offset = 0;
    std::string recordKind;
    std::string reason;
    std::string field;
    std::string detail;
    std::string raw;
};

std::vector<QuarantineRow> readQuarantine(Store& store);

} // namespace carepulse::ui
