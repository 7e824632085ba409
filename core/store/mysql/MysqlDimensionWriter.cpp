#include "MysqlDimensionWriter.h"

#include <charconv>

namespace carepulse::mysql {

namespace {

std::string columnList(const DimensionSpec& spec)
{
    std::string columns;
    for (const DimensionColumn& column : spec.columns)
        columns += (columns.empty() ? "" : ", ") + quoteIdentifier(column.name);
    return columns;
}

std::string head(const DimensionSpec& spec, std::string_view table)
{
    return "INSERT INTO " + quoteIdentifier(table) + " (" + columnList(spec) + ")";
}

// The reader checked it is a whole number of at most 18 digits.
std::int64_t toInteger(std::string_view text)
{
    std::int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::size_t rowBytes(const DimensionRow& row)
{
    std::size_t bytes = 16;
    for (const std::string& value : row.values)
        bytes += value.size() + 8;
    return bytes;
}

} // namespace

DimensionWriter::DimensionWriter(const DimensionSpec& spec, std::string_view table)
    : m_spec(spec)
    , m_insert(head(spec, table), spec.columns.size(),
          "ON DUPLICATE KEY UPDATE " + quoteIdentifier(spec.columns[0].name) + " = "
              + quoteIdentifier(spec.columns[0].name))
{
    std::string updates;
    for (std::size_t i = static_cast<std::size_t>(spec.keyColumnCount); i < spec.columns.size(); ++i) {
        const std::string name = quoteIdentifier(spec.columns[i].name);
        updates += (updates.empty() ? "" : ", ") + name + " = VALUES(" + name + ')';
    }
    if (!updates.empty())
        m_update = std::make_unique<BulkInsert>(
            head(spec, table), spec.columns.size(), "ON DUPLICATE KEY UPDATE " + updates);
}

void DimensionWriter::reset()
{
    m_insert.reset();
    if (m_update)
        m_update->reset();
}

InsertCounts DimensionWriter::write(Connection& connection, std::span<const DimensionRow> rows)
{
    InsertCounts counts;
    const std::size_t columns = m_spec.columns.size();
    const auto bindRows = [&](Statement& s, std::size_t begin, std::size_t end) {
        for (std::size_t r = begin; r < end; ++r) {
            const DimensionRow& row = rows[r];
            for (std::size_t c = 0; c < columns; ++c) {
                const std::size_t index = (r - begin) * columns + c;
                const ColumnType type = m_spec.columns[c].type;
                const std::string_view value
                    = c < row.values.size() ? std::string_view(row.values[c]) : std::string_view();
                if (c >= row.values.size() || row.isNull(c) || (value.empty() && type != ColumnType::Text))
                    s.bindNull(index);
                else if (type == ColumnType::Integer || type == ColumnType::SlaHours)
                    s.bind(index, toInteger(value));
                else
                    s.bind(index, value);
            }
        }
    };
    forEachChunk(
        rows.size(), [&](std::size_t i) { return rowBytes(rows[i]); },
        [&](std::size_t begin, std::size_t end) {
            const auto n = static_cast<std::int64_t>(end - begin);
            Statement& insert = m_insert.statement(connection, end - begin);
            bindRows(insert, begin, end);
            const std::int64_t inserted = insert.execute();
            std::int64_t updated = 0;
            if (inserted < n && m_update) {
                // Every key of the chunk exists now; rows whose values differ count 2 each.
                Statement& update = m_update->statement(connection, end - begin);
                bindRows(update, begin, end);
                updated = update.execute() / 2;
            }
            counts.inserted += inserted;
            counts.updated += updated;
            counts.duplicates += n - inserted - updated;
        });
    return counts;
}

} // namespace carepulse::mysql
