#pragma once
// JSON Lines: one case or survey object per line, mixed freely.

#include "JsonRecordDecoder.h"
#include "LineReader.h"
#include "RecordBatch.h"

namespace carepulse {

// Adds one decoded JSON record to the batch, or quarantines it with its position and raw text.
void addJsonRecord(JsonRecordDecoder& decoder, std::string_view json, std::size_t readable, std::int64_t line,
                   std::int64_t offset, RecordBatch& batch);

class JsonLinesReader final : public RecordReader {
public:
    explicit JsonLinesReader(ByteSource& source) : m_lines(source) {}
    bool readBatch(RecordBatch& batch, std::size_t maxRecords) override;

private:
    LineReader m_lines;
    JsonRecordDecoder m_decoder;
};

} // namespace carepulse
