#pragma once
// A dimension file (futurecart_<name>_details.txt): TSV with a header, columns found by name.

#include "LineReader.h"
#include "RecordBatch.h"
#include "Tsv.h"

namespace carepulse {

// Checks one value of a dimension row as the file reader does and appends it to row (NA in an SLA or range
// column becomes null); on a bad value fills q's reason, field and detail and returns false. Shared with
// readers of dimension tables on a MySQL server.
bool readDimensionValue(const DimensionSpec& spec, std::size_t column, std::string_view text, DimensionRow& row,
                        QuarantineRecord& q);

class DimensionReader final : public RecordReader {
public:
    DimensionReader(ByteSource& source, const DimensionSpec& spec);

    const DimensionSpec& spec() const { return m_spec; }
    // Required columns the header lacks (the file then cannot be imported).
    std::vector<std::string> missingRequiredColumns() const;
    bool readBatch(RecordBatch& batch, std::size_t maxRecords) override;

private:
    const DimensionSpec& m_spec;
    LineReader m_lines;
    TsvHeader m_header;
    std::vector<std::optional<std::size_t>> m_sourceColumn; // spec column -> file column
    std::vector<std::string_view> m_fields;
    bool m_warned = false;
};

} // namespace carepulse
