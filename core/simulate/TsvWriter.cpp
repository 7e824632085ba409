#include "TsvWriter.h"

#include <QCoreApplication>

#include <charconv>

namespace carepulse::simulate {

namespace {
constexpr std::size_t kFlushBytes = 4 << 20;
}

TsvWriter::TsvWriter(const QString& path)
    : m_file(path)
{
    m_buffer.reserve(kFlushBytes + 4096);
}

TsvWriter::~TsvWriter()
{
    if (m_file.isOpen())
        close();
}

bool TsvWriter::open()
{
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return true;
    m_failed = true;
    m_error = QCoreApplication::translate("simulate", "cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
    return false;
}

void TsvWriter::number(std::uint64_t value)
{
    separate();
    char digits[20];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    m_buffer.append(digits, static_cast<std::size_t>(result.ptr - digits));
}

void TsvWriter::timestamp(Timestamp value)
{
    separate();
    char text[19];
    formatTimestamp(value, text);
    m_buffer.append(text, sizeof text);
}

void TsvWriter::endRow()
{
    m_buffer.push_back('\n');
    m_rowStart = true;
    ++m_rows;
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

void TsvWriter::header(std::initializer_list<std::string_view> names)
{
    for (const std::string_view name : names)
        text(name);
    m_buffer.push_back('\n');
    m_rowStart = true;
}

void TsvWriter::flush()
{
    if (!m_failed && !m_buffer.empty()) {
        const auto size = static_cast<qint64>(m_buffer.size());
        if (m_file.write(m_buffer.data(), size) != size) {
            m_failed = true;
            m_error = QCoreApplication::translate("simulate", "cannot write %1: %2")
                          .arg(m_file.fileName(), m_file.errorString());
        }
    }
    m_buffer.clear();
}

bool TsvWriter::close()
{
    flush();
    if (m_file.isOpen()) {
        if (!m_file.flush() && !m_failed) {
            m_failed = true;
            m_error = QCoreApplication::translate("simulate", "cannot write %1: %2")
                          .arg(m_file.fileName(), m_file.errorString());
        }
        m_file.close();
    }
    return !m_failed;
}

QString writeWholeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush())
        return QCoreApplication::translate("simulate", "cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace carepulse::simulate
