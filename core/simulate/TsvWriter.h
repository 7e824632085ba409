#pragma once
// Writes a TAB-separated file with LF line ends and no quoting, fast: fields are appended to a large
// in-memory buffer and written in multi-megabyte blocks. Numbers and timestamps are formatted by hand,
// never through QString, because the simulator writes millions of rows.

#include "model/Timestamp.h"

#include <QFile>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace carepulse::simulate {

class TsvWriter {
public:
    explicit TsvWriter(const QString& path);
    ~TsvWriter();
    TsvWriter(const TsvWriter&) = delete;
    TsvWriter& operator=(const TsvWriter&) = delete;

    bool open();

    void text(std::string_view value) { separate(); m_buffer.append(value); }
    void number(std::uint64_t value);
    void timestamp(Timestamp value);
    void empty() { separate(); }
    void endRow();

    // Writes the header line; it is not counted as a row.
    void header(std::initializer_list<std::string_view> names);

    // Flushes and closes; false when any write failed (see error()).
    bool close();

    QString path() const { return m_file.fileName(); }
    QString error() const { return m_error; }
    std::uint64_t rows() const { return m_rows; }

private:
    void separate()
    {
        if (!m_rowStart)
            m_buffer.push_back('\t');
        m_rowStart = false;
    }
    void flush();

    QFile m_file;
    std::string m_buffer;
    QString m_error;
    std::uint64_t m_rows = 0;
    bool m_rowStart = true;
    bool m_failed = false;
};

// Writes `bytes` to `path` in one go; returns an error message naming the path, or an empty string.
QString writeWholeFile(const QString& path, const QByteArray& bytes);

} // namespace carepulse::simulate
