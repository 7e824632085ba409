#pragma once
// The store's data tables and what each holds, in the order "what is in the store" lists them. One list
// for every backend, so they count the same tables under the same (translated) descriptions.

#include <QString>

#include <string_view>
#include <utility>
#include <vector>

namespace carepulse {

std::vector<std::pair<std::string_view, QString>> dataTables();

} // namespace carepulse
