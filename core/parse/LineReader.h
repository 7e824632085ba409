#pragma once
// Splits a byte stream into lines without loading it whole: LF or CRLF endings, a UTF-8 BOM at the start
// is dropped, and a line longer than maxLine is reported as too long (with a prefix) and skipped.

#include "ChunkBuffer.h"
#include "ParseIssue.h"

#include <string>
#include <string_view>

namespace carepulse {

class LineReader {
public:
    struct Line {
        std::string_view text;   // without the line ending; valid until the next call
        std::int64_t number = 0; // 1-based
        std::int64_t offset = 0; // byte offset of the line's first byte
        bool tooLong = false;    // text then holds only the first kMaxQuarantinedRawBytes bytes
    };

    explicit LineReader(ByteSource& source, std::size_t maxLine = kMaxRecordBytes);

    bool next(Line& line);
    // Bytes consumed so far: the offset just after the last line returned.
    std::int64_t offset() const { return m_buffer.offset(); }
    // Readable bytes after a returned line's text end (at least ChunkBuffer::kPadding).
    std::size_t paddingAfter(const Line& line) const;

private:
    bool skipRestOfLongLine();

    ChunkBuffer m_buffer;
    std::size_t m_maxLine;
    std::int64_t m_lineNumber = 0;
    bool m_bomChecked = false;
    std::string m_longPrefix;
};

} // namespace carepulse
