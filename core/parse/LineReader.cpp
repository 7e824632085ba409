#include "LineReader.h"

#include <algorithm>
#include <cstring>

namespace carepulse {

LineReader::LineReader(ByteSource& source, std::size_t maxLine)
    : m_buffer(source, std::max<std::size_t>(4U << 20, maxLine * 2)), m_maxLine(maxLine)
{
}

std::size_t LineReader::paddingAfter(const Line& line) const
{
    return static_cast<std::size_t>(m_buffer.end() - (line.text.data() + line.text.size())) + ChunkBuffer::kPadding;
}

bool LineReader::next(Line& line)
{
    for (;;) {
        const char* begin = m_buffer.begin();
        const std::size_t available = m_buffer.available();
        if (!m_bomChecked) {
            if (available < 3 && !m_buffer.atEof()) {
                m_buffer.fill();
                continue;
            }
            m_bomChecked = true;
            if (available >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0) {
                m_buffer.consume(3);
                continue;
            }
        }
        const std::size_t searchLength = std::min(available, m_maxLine + 1);
        const auto* newline = static_cast<const char*>(std::memchr(begin, '\n', searchLength));
        if (newline || (m_buffer.atEof() && available > 0 && available <= m_maxLine)) {
            std::size_t length = newline ? static_cast<std::size_t>(newline - begin) : available;
            line.number = ++m_lineNumber;
            line.offset = m_buffer.offset();
            line.tooLong = false;
            m_buffer.consume(newline ? length + 1 : length);
            if (length > 0 && begin[length - 1] == '\r')
                --length;
            line.text = std::string_view(begin, length);
            return true;
        }
        if (available > m_maxLine) {
            line.number = ++m_lineNumber;
            line.offset = m_buffer.offset();
            line.tooLong = true;
            m_longPrefix.assign(begin, std::min(available, kMaxQuarantinedRawBytes));
            skipRestOfLongLine();
            line.text = m_longPrefix;
            return true;
        }
        if (m_buffer.atEof())
            return false;
        m_buffer.fill();
    }
}

bool LineReader::skipRestOfLongLine()
{
    for (;;) {
        const char* begin = m_buffer.begin();
        const std::size_t available = m_buffer.available();
        if (const auto* newline = static_cast<const char*>(std::memchr(begin, '\n', available))) {
            m_buffer.consume(static_cast<std::size_t>(newline - begin) + 1);
            return true;
        }
        m_buffer.consume(available);
        if (!m_buffer.fill())
            return false;
    }
}

} // namespace carepulse
