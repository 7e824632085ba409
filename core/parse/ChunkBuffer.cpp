#include "ChunkBuffer.h"

#include <algorithm>
#include <cstring>

namespace carepulse {

namespace {

// A small input (a test, a fuzz case, a tiny dimension file) gets a buffer its size; fill() grows it
// when a record needs more.
std::size_t initialCapacity(const ByteSource& source, std::size_t chunkSize)
{
    const std::int64_t size = source.size();
    if (size < 0)
        return chunkSize;
    return std::min<std::size_t>(chunkSize, std::max<std::size_t>(static_cast<std::size_t>(size) + 1, 4096));
}

} // namespace

ChunkBuffer::ChunkBuffer(ByteSource& source, std::size_t chunkSize)
    : m_source(source), m_data(initialCapacity(source, chunkSize) + kPadding, '\0')
{
}

bool ChunkBuffer::fill()
{
    if (m_eof)
        return false;
    const std::size_t capacity = m_data.size() - kPadding;
    if (m_begin > 0) {
        std::memmove(m_data.data(), m_data.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    if (m_end == capacity)
        m_data.resize(capacity * 2 + kPadding, '\0');
    const std::size_t n = m_source.read(m_data.data() + m_end, m_data.size() - kPadding - m_end);
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += n;
    std::memset(m_data.data() + m_end, 0, kPadding);
    return true;
}

} // namespace carepulse
