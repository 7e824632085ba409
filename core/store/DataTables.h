#pragma once
// The store's data tables and what each holds, in the order "what is in the store" lists them. One list
// for every backend, so they count the same tables under the same (translated) descriptions.

#include <QString>

#include <string_view>
#include <utility>
#include <vector>

namespace carepulse {

std::vector<std::pair<std::string_view, QString>> dataTables();

// The case_event columns every backend reads a CaseEvent from, in its members' order (append FROM ...).
inline constexpr std::string_view kSelectCaseEvent
    = "SELECT case_no, create_ts, modified_ts, status, created_employee_key, call_center_id, category,"
      " sub_category, communication_mode, country_cd, product_code";

} // namespace carepulse
