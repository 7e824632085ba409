#include "ImageStream.h"

#include <cstring>

namespace carepulse {

void ImageChecksum::add(const void* data, std::size_t size)
{
    const auto* at = static_cast<const unsigned char*>(data);
    std::uint64_t a = m_a;
    std::uint64_t b = m_b;
    for (; size >= 8; size -= 8, at += 8) {
        std::uint64_t word;
        std::memcpy(&word, at, 8);
        a += word;
        b += a;
    }
    if (size > 0) { // the last few bytes as one word, zero-padded
        std::uint64_t word = 0;
        std::memcpy(&word, at, size);
        a += word;
        b += a;
    }
    m_a = a;
    m_b = b;
}

void ImageWriter::bytes(const void* data, std::size_t size)
{
    m_sum.add(data, size);
    const char* at = static_cast<const char*>(data);
    while (m_ok && size > 0) {
        const qint64 written = m_out.write(at, static_cast<qint64>(size));
        if (written <= 0) {
            m_ok = false;
            break;
        }
        at += written;
        size -= static_cast<std::size_t>(written);
    }
}

void ImageWriter::texts(const std::vector<std::string>& v)
{
    std::vector<std::uint32_t> lengths;
    lengths.reserve(v.size());
    std::vector<char> characters;
    for (const std::string& s : v) {
        lengths.push_back(static_cast<std::uint32_t>(s.size()));
        characters.insert(characters.end(), s.begin(), s.end());
    }
    column(lengths);
    column(characters);
}

std::uint64_t ImageReader::remaining() const
{
    const qint64 left = m_in.size() - m_in.pos();
    return left > 0 ? static_cast<std::uint64_t>(left) : 0;
}

bool ImageReader::bytes(void* data, std::size_t size)
{
    if (!m_ok)
        return false;
    char* at = static_cast<char*>(data);
    while (size > 0) {
        const qint64 got = m_in.read(at, static_cast<qint64>(size));
        if (got <= 0)
            return fail();
        at += got;
        size -= static_cast<std::size_t>(got);
    }
    m_sum.add(data, static_cast<std::size_t>(at - static_cast<char*>(data)));
    return true;
}

bool ImageReader::texts(std::vector<std::string>& v)
{
    std::vector<std::uint32_t> lengths;
    std::vector<char> characters;
    if (!column(lengths) || !column(characters))
        return false;
    v.clear();
    v.reserve(lengths.size());
    std::size_t at = 0;
    for (const std::uint32_t length : lengths) {
        if (length > characters.size() - at)
            return fail();
        v.emplace_back(characters.data() + at, length);
        at += length;
    }
    return at == characters.size() || fail();
}

} // namespace carepulse
