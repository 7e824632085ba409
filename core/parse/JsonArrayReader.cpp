#include "JsonArrayReader.h"

#include <algorithm>
#include <cstring>

namespace carepulse {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonArrayReader::JsonArrayReader(ByteSource& source, std::size_t maxRecord)
    : m_buffer(source, std::max<std::size_t>(4U << 20, maxRecord * 2)), m_maxRecord(maxRecord)
{
}

bool JsonArrayReader::seekElement()
{
    for (;;) {
        if (m_buffer.available() == 0 && !m_buffer.fill())
            return false;
        const char* begin = m_buffer.begin();
        if (!m_bomChecked) {
            if (m_buffer.available() < 3 && m_buffer.fill())
                continue;
            m_bomChecked = true;
            if (m_buffer.available() >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0) {
                m_buffer.consume(3);
                continue;
            }
        }
        const char c = *begin;
        if (isSpace(c)) {
            if (c == '\n')
                ++m_line;
            m_buffer.consume(1);
            continue;
        }
        if (m_state == State::Outside && c == '[') {
            m_state = State::ExpectElement;
            m_buffer.consume(1);
            continue;
        }
        if (m_state != State::Outside && (c == ']' || c == ',')) {
            m_state = c == ']' ? State::Outside : State::ExpectElement;
            m_buffer.consume(1);
            continue;
        }
        return true;
    }
}

JsonArrayReader::Scan JsonArrayReader::scanElement()
{
    const char first = *m_buffer.begin();
    const bool container = first == '{' || first == '[';
    // Outside an array only a bare object is accepted (concatenated objects); anything else is stray text.
    const bool stray = m_state == State::Outside && first != '{';
    std::size_t pos = 0;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool tooLong = false;
    std::int64_t newlines = 0;
    for (;;) {
        const char* begin = m_buffer.begin();
        const std::size_t available = m_buffer.available();
        while (pos < available) {
            const char c = begin[pos];
            if (c == '\n')
                ++newlines;
            if (stray) {
                if (c == '\n' || c == '[')
                    goto done; // stray text ends at the line's end or where an array starts
                ++pos;
                continue;
            }
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
                ++pos;
                continue;
            }
            if (depth == 0 && (c == ',' || c == ']'))
                goto done; // the element ends before this byte
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0 && container) {
                    ++pos;
                    goto done;
                }
            }
            ++pos;
        }
        if (!tooLong && pos > m_maxRecord) {
            tooLong = true;
            m_prefix.assign(begin, std::min(pos, kMaxQuarantinedRawBytes));
        }
        if (tooLong) {
            m_buffer.consume(pos);
            pos = 0;
        }
        if (!m_buffer.fill()) {
            m_line += newlines;
            if (!tooLong)
                m_prefix.assign(m_buffer.begin(), std::min(pos, kMaxQuarantinedRawBytes));
            m_buffer.consume(pos);
            m_element = m_prefix;
            return tooLong ? Scan::TooLong : Scan::Truncated;
        }
    }
done:
    m_line += newlines;
    if (!tooLong && pos > m_maxRecord) {
        tooLong = true;
        m_prefix.assign(m_buffer.begin(), std::min(pos, kMaxQuarantinedRawBytes));
    }
    if (tooLong) {
        m_buffer.consume(pos);
        m_element = m_prefix;
        return Scan::TooLong;
    }
    m_element = std::string_view(m_buffer.begin(), pos);
    m_buffer.consume(pos);
    if (stray)
        return Scan::Stray;
    if (m_state != State::Outside)
        m_state = State::AfterElement;
    return Scan::Complete;
}

bool JsonArrayReader::readBatch(RecordBatch& batch, std::size_t maxRecords)
{
    batch.clear();
    std::size_t count = 0;
    while (count < maxRecords && seekElement()) {
        const std::int64_t line = m_line;
        const std::int64_t offset = m_buffer.offset();
        const Scan scan = scanElement();
        ++count;
        ++batch.recordsRead;
        if (scan == Scan::Complete) {
            const auto readable = static_cast<std::size_t>(m_buffer.end() - m_element.data()) + ChunkBuffer::kPadding;
            addJsonRecord(m_decoder, m_element, readable, line, offset, batch);
            continue;
        }
        QuarantineRecord q;
        q.line = line;
        q.offset = offset;
        q.raw = clipRaw(m_element);
        q.reason = scan == Scan::TooLong ? QuarantineReason::RecordTooLong : QuarantineReason::MalformedJson;
        q.detail = scan == Scan::Truncated ? "the file ends inside this element"
            : scan == Scan::Stray          ? "text outside a JSON array"
                                           : "";
        batch.quarantined.push_back(std::move(q));
    }
    batch.endOffset = m_buffer.offset();
    return count > 0;
}

} // namespace carepulse
