#include "JsonLinesReader.h"

namespace carepulse {

void addJsonRecord(JsonRecordDecoder& decoder, std::string_view json, std::size_t readable, std::int64_t line,
                   std::int64_t offset, RecordBatch& batch)
{
    batch.cases.emplace_back();
    batch.surveys.emplace_back();
    QuarantineRecord q;
    switch (decoder.decode(json, readable, batch.cases.back(), batch.surveys.back(), q)) {
    case DecodedKind::Case:
        batch.surveys.pop_back();
        return;
    case DecodedKind::Survey:
        batch.cases.pop_back();
        return;
    case DecodedKind::Quarantined:
        break;
    }
    batch.cases.pop_back();
    batch.surveys.pop_back();
    q.line = line;
    q.offset = offset;
    q.raw = clipRaw(json);
    batch.quarantined.push_back(std::move(q));
}

bool JsonLinesReader::readBatch(RecordBatch& batch, std::size_t maxRecords)
{
    batch.clear();
    LineReader::Line line;
    std::size_t count = 0;
    while (count < maxRecords && m_lines.next(line)) {
        if (!line.tooLong && line.text.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        ++count;
        ++batch.recordsRead;
        if (line.tooLong) {
            QuarantineRecord q;
            q.reason = QuarantineReason::RecordTooLong;
            q.line = line.number;
            q.offset = line.offset;
            q.raw = clipRaw(line.text);
            batch.quarantined.push_back(std::move(q));
            continue;
        }
        addJsonRecord(m_decoder, line.text, m_lines.paddingAfter(line) + line.text.size(), line.number, line.offset,
                      batch);
    }
    batch.endOffset = m_lines.offset();
    return count > 0;
}

} // namespace carepulse
