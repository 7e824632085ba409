#pragma once
// Where a parser's bytes come from: a file read in chunks, or memory (tests, fuzzing).

#include <QString>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace carepulse {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Reads up to size bytes; returns the count, 0 at the end. Throws std::runtime_error on read errors.
    virtual std::size_t read(char* buffer, std::size_t size) = 0;
    // Total size when known (for progress), else -1.
    virtual std::int64_t size() const { return -1; }
};

class MemoryByteSource final : public ByteSource {
public:
    explicit MemoryByteSource(std::string_view data) : m_data(data) {}
    std::size_t read(char* buffer, std::size_t size) override;
    std::int64_t size() const override { return static_cast<std::int64_t>(m_data.size()); }

private:
    std::string_view m_data;
    std::size_t m_pos = 0;
};

class FileByteSource final : public ByteSource {
public:
    // Opens path for reading; isOpen() and errorString() tell how it went.
    explicit FileByteSource(const QString& path, std::int64_t startOffset = 0);
    ~FileByteSource() override;
    FileByteSource(const FileByteSource&) = delete;
    FileByteSource& operator=(const FileByteSource&) = delete;

    bool isOpen() const { return m_fd >= 0; }
    QString errorString() const { return m_error; }
    std::size_t read(char* buffer, std::size_t size) override;
    std::int64_t size() const override { return m_size; }

private:
    int m_fd = -1;
    std::int64_t m_size = -1;
    QString m_path;
    QString m_error;
};

} // namespace carepulse
