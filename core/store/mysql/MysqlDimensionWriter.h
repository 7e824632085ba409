#pragma once
// Writes dimension rows into a table shaped by their spec (the store's dim_* tables, or the course's
// futurecart_*_details tables), with the SQLite store's insert-then-update semantics: a new key is
// inserted, a known key whose values differ is updated, an identical row counts as a duplicate.

#include "MysqlBulkInsert.h"
#include "model/Dimensions.h"
#include "store/Store.h"

#include <span>

namespace carepulse::mysql {

class DimensionWriter {
public:
    DimensionWriter(const DimensionSpec& spec, std::string_view table);

    InsertCounts write(Connection& connection, std::span<const DimensionRow> rows);
    void reset();

private:
    const DimensionSpec& m_spec;
    // New keys only: "ON DUPLICATE KEY UPDATE key = key" leaves known keys alone and counts 1 per insert.
    BulkInsert m_insert;
    // Every value column from the row: counts 2 per row whose values changed, 0 per identical one.
    std::unique_ptr<BulkInsert> m_update;
};

} // namespace carepulse::mysql
