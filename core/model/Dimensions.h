#pragma once
// The eight FutureCart dimension tables: their columns, keys and how each column's text is read.
// One table drives the TSV reader, the store's DDL and the generic writer, so a column is named once.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace carepulse {

enum class ColumnType : std::uint8_t {
    Text,     // kept as written ("NA" is a value, e.g. Namibia's code)
    Integer,  // whole number
    Date,     // YYYY-MM-DD
    SlaHours, // whole hours, or NA = no SLA (null)
    Range,    // "lo-hi", or NA (null)
};

struct DimensionColumn {
    std::string_view name;
    ColumnType type = ColumnType::Text;
    bool required = false; // a row without it is quarantined; the file header must have it
};

struct DimensionSpec {
    std::string_view name;  // "calendar", "call_center", ...
    std::string_view table; // store table, "dim_calendar", ...
    std::vector<DimensionColumn> columns;
    int keyColumnCount = 1; // the first keyColumnCount columns form the primary key

    std::string fileName() const; // futurecart_<name>_details.txt
};

// All eight, in load order.
std::span<const DimensionSpec> dimensionSpecs();
const DimensionSpec* findDimension(std::string_view name);

// A parsed dimension row: values in the spec's column order. A null value (NA in an SLA or range
// column) has its bit set in nullMask.
struct DimensionRow {
    std::vector<std::string> values;
    std::uint32_t nullMask = 0;
    bool isNull(std::size_t column) const { return (nullMask >> column) & 1U; }
};

// The case_country file stores id 384's name double-encoded as UTF-8 read as Latin-1 ("CÃ´te d'Ivoire").
// Returns the repaired text when the value is such a double encoding, otherwise the value unchanged.
std::string repairDoubleEncodedUtf8(std::string_view value);

} // namespace carepulse
