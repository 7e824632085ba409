#pragma once
// Writing and reading the books' image (BookImage.h): plain values and whole columns as raw native
// bytes with their lengths, texts as one length column and one character column. A reader that meets
// anything it did not expect (a short file, a length past the end) fails and stays failed, so a damaged
// image is refused, never half read. Both sides keep a running checksum of every byte (two 64-bit sums
// over 8-byte words, about as fast as memory) to catch damage inside the columns.

#include <QIODevice>

#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

namespace carepulse {

class ImageChecksum {
public:
    void add(const void* data, std::size_t size);
    std::uint64_t value() const { return m_a ^ (m_b * 0x9e3779b97f4a7c15ULL); }

private:
    std::uint64_t m_a = 1;
    std::uint64_t m_b = 0;
};

class ImageWriter {
public:
    explicit ImageWriter(QIODevice& out) : m_out(out) {}

    template<typename T>
        requires std::is_trivially_copyable_v<T>
    void value(const T& v)
    {
        bytes(&v, sizeof v);
    }
    template<typename T, typename A>
        requires std::is_trivially_copyable_v<T>
    void column(const std::vector<T, A>& v)
    {
        value(static_cast<std::uint64_t>(v.size()));
        bytes(v.data(), v.size() * sizeof(T));
    }
    void texts(const std::vector<std::string>& v);
    bool ok() const { return m_ok; }
    std::uint64_t checksum() const { return m_sum.value(); } // of everything written so far

private:
    void bytes(const void* data, std::size_t size);

    QIODevice& m_out;
    bool m_ok = true;
    ImageChecksum m_sum;
};

class ImageReader {
public:
    explicit ImageReader(QIODevice& in) : m_in(in) {}

    template<typename T>
        requires std::is_trivially_copyable_v<T>
    bool value(T& v)
    {
        return bytes(&v, sizeof v);
    }
    template<typename T, typename A>
        requires std::is_trivially_copyable_v<T>
    bool column(std::vector<T, A>& v)
    {
        std::uint64_t size = 0;
        if (!value(size) || size > remaining() / sizeof(T))
            return fail();
        v.resize(static_cast<std::size_t>(size));
        return bytes(v.data(), v.size() * sizeof(T));
    }
    bool texts(std::vector<std::string>& v);
    bool ok() const { return m_ok; }
    std::uint64_t checksum() const { return m_sum.value(); } // of everything read so far

private:
    bool bytes(void* data, std::size_t size);
    std::uint64_t remaining() const;
    bool fail()
    {
        m_ok = false;
        return false;
    }

    QIODevice& m_in;
    bool m_ok = true;
    ImageChecksum m_sum;
};

} // namespace carepulse
