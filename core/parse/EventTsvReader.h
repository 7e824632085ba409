#pragma once
// The historical case and survey files: TSV with a header naming the event fields.

#include "EventFields.h"
#include "LineReader.h"
#include "RecordBatch.h"
#include "Tsv.h"

#include <vector>

namespace carepulse {

class EventTsvReader final : public RecordReader {
public:
    // Reads the header line. recordKind() says whether the file holds cases or surveys (by its
    // survey_id column); missingColumns() lists the required columns the header lacks.
    explicit EventTsvReader(ByteSource& source);

    RecordKind recordKind() const { return m_kind; }
    std::vector<std::string> missingColumns() const;
    bool readBatch(RecordBatch& batch, std::size_t maxRecords) override;

    // The required columns of each kind, for header checks.
    static std::vector<EventField> requiredFields(RecordKind kind);

private:
    LineReader m_lines;
    TsvHeader m_header;
    std::vector<std::optional<EventField>> m_columnField;
    RecordKind m_kind = RecordKind::Case;
    std::vector<std::string_view> m_fields;
    EventFieldValues m_values;
    bool m_warnedUnknown = false;
};

} // namespace carepulse
