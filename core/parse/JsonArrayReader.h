#pragma once
// Files that are one JSON array of case/survey objects (the course simulator's case_data_<epoch>.json),
// possibly on one line, possibly several arrays one after another. Elements are found by a small
// streaming scanner, so a file larger than memory is fine and one element over the size limit is
// quarantined without being buffered.

#include "ChunkBuffer.h"
#include "JsonLinesReader.h"
#include "RecordBatch.h"

namespace carepulse {

class JsonArrayReader final : public RecordReader {
public:
    explicit JsonArrayReader(ByteSource& source, std::size_t maxRecord = kMaxRecordBytes);
    bool readBatch(RecordBatch& batch, std::size_t maxRecords) override;

private:
    enum class State : std::uint8_t { Outside, ExpectElement, AfterElement };
    enum class Scan : std::uint8_t { Complete, TooLong, Truncated, Stray };

    // Skips white space and punctuation between elements; false at the end of input.
    bool seekElement();
    // Scans the element at the buffer's start; fills m_element (valid until the next call).
    Scan scanElement();

    ChunkBuffer m_buffer;
    JsonRecordDecoder m_decoder;
    std::size_t m_maxRecord;
    State m_state = State::Outside;
    std::int64_t m_line = 1;
    bool m_bomChecked = false;
    std::string_view m_element;
    std::string m_prefix;
};

} // namespace carepulse
