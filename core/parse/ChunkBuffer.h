#pragma once
// A sliding window over a ByteSource. Bytes between begin() and end() are unread; the buffer always
// keeps kPadding readable bytes past end(), which simdjson needs to parse a record in place.

#include "ByteSource.h"

#include <vector>

namespace carepulse {

class ChunkBuffer {
public:
    static constexpr std::size_t kPadding = 64;

    explicit ChunkBuffer(ByteSource& source, std::size_t chunkSize = 4U << 20);

    const char* begin() const { return m_data.data() + m_begin; }
    const char* end() const { return m_data.data() + m_end; }
    std::size_t available() const { return m_end - m_begin; }
    bool atEof() const { return m_eof; }
    // Offset in the source of begin().
    std::int64_t offset() const { return m_offset; }

    // Marks n bytes from begin() as consumed.
    void consume(std::size_t n)
    {
        m_begin += n;
        m_offset += static_cast<std::int64_t>(n);
    }
    // Moves unread bytes to the front and reads more; grows the buffer when it is full.
    // Returns false when no more bytes came (end of source).
    bool fill();

private:
    ByteSource& m_source;
    std::vector<char> m_data;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    std::int64_t m_offset = 0;
    bool m_eof = false;
};

} // namespace carepulse
