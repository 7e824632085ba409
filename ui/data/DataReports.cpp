#include "DataReports.h"

#include "store/Store.h"

namespace carepulse::ui {

std::vector<QuarantineRow> readQuarantine(Store& store)
{
    std::vector<QuarantineRow> rows;
    store.forEachQuarantined([&rows](const Store::QuarantineEntry& e) {
        const QuarantineRecord& q = e.record;
        rows.push_back({ e.source, q.line, q.offset, std::string(recordKindName(q.kind)), std::string(reasonName(q.reason)),
            q.field, q.detail, q.raw });
    });
    return rows;
}

} // namespace carepulse::ui
