#pragma once
// Which cases a case list shows: the SLA page's state choice and what a dashboard tile opens.

#include <QMetaType>

namespace carepulse::ui {

enum class CaseState { Breached, AtRisk, BreachedOrAtRisk, Open, Closed, All };

} // namespace carepulse::ui

Q_DECLARE_METATYPE(carepulse::ui::CaseState)
