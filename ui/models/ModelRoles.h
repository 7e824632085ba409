#pragma once
// The roles every CarePulse table model answers beyond Qt's: the raw value behind the text (for sorting,
// filtering, charts and CSV export), as ui/store/StoreContentsModel.h started it.

#include <Qt>

namespace carepulse::ui {

enum ModelRole {
    RawValueRole = Qt::UserRole + 1, // same value as StoreContentsModel::RawValueRole
    SlaStateRole,                    // the row's SlaState as int (colouring)
    CaseIndexRole,                   // a case row's index in the books
};

} // namespace carepulse::ui

namespace carepulse::ui {

// headerData role: the column's name in CSV files, as carepulse-cli writes it ("case_no", "open", ...).
inline constexpr int CsvHeaderRole = Qt::UserRole + 10;

} // namespace carepulse::ui
