#include "StreamSink.h"

#include "TcpStreamSink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace carepulse::simulate {

std::optional<SinkSpec> parseSinkSpec(const QString& text, QString* error)
{
    SinkSpec spec;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString scheme = text.left(colon);
    const QString rest = colon < 0 ? QString() : text.mid(colon + 1);
    if (scheme == QLatin1String("file") || scheme == QLatin1String("dir")) {
        spec.kind = scheme == QLatin1String("file") ? SinkSpec::Kind::File : SinkSpec::Kind::Dir;
        spec.path = rest;
        if (spec.path.isEmpty()) {
            *error = QCoreApplication::translate("simulate", "--to %1: a path is missing after '%2:'").arg(text, scheme);
            return std::nullopt;
        }
        return spec;
    }
    if (scheme == QLatin1String("tcp")) {
        spec.kind = SinkSpec::Kind::Tcp;
        const qsizetype portColon = rest.lastIndexOf(QLatin1Char(':'));
        spec.host = rest.left(portColon);
        if (spec.host.startsWith(QLatin1Char('[')) && spec.host.endsWith(QLatin1Char(']')))
            spec.host = spec.host.mid(1, spec.host.size() - 2);
        bool ok = false;
        const uint port = portColon < 0 ? 0 : rest.mid(portColon + 1).toUInt(&ok);
        if (spec.host.isEmpty() || !ok || port == 0 || port > 65535) {
            *error = QCoreApplication::translate("simulate", "--to %1: expected tcp:HOST:PORT with a port from 1 to 65535")
                         .arg(text);
            return std::nullopt;
        }
        spec.port = static_cast<quint16>(port);
        return spec;
    }
    *error = QCoreApplication::translate("simulate", "--to %1: expected file:PATH, dir:PATH or tcp:HOST:PORT").arg(text);
    return std::nullopt;
}

std::unique_ptr<StreamSink> makeSink(const SinkSpec& spec, StreamFormat format)
{
    switch (spec.kind) {
    case SinkSpec::Kind::File:
        return std::make_unique<FileStreamSink>(spec.path, format);
    case SinkSpec::Kind::Dir:
        return std::make_unique<DirStreamSink>(spec.path);
    case SinkSpec::Kind::Tcp:
        return std::make_unique<TcpStreamSink>(spec.host, spec.port);
    }
    return nullptr;
}

FileStreamSink::FileStreamSink(const QString& path, StreamFormat format)
    : m_file(path)
    , m_format(format)
{
}

bool FileStreamSink::open()
{
    // Unbuffered: each burst is one write() of whole records, so a reader tailing the file sees
    // complete lines (or a complete array) at once.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        m_error = QCoreApplication::translate("simulate", "cannot open %1 for appending: %2")
                      .arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

void FileStreamSink::add(StreamEventKind, std::string_view json)
{
    if (m_format == StreamFormat::JsonArray)
        m_burst.push_back(m_records == 0 ? '[' : ',');
    m_burst.append(json);
    if (m_format == StreamFormat::JsonLines)
        m_burst.push_back('\n');
    ++m_records;
}

bool FileStreamSink::endBurst()
{
    if (m_records == 0)
        return true;
    if (m_format == StreamFormat::JsonArray)
        m_burst.append("]\n");
    const auto size = static_cast<qint64>(m_burst.size());
    const qint64 written = m_file.write(m_burst.data(), size);
    m_burst.clear();
    m_records = 0;
    if (written != size) {
        m_error = QCoreApplication::translate("simulate", "cannot write to %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool FileStreamSink::close()
{
    m_file.close();
    return true;
}

DirStreamSink::DirStreamSink(const QString& path)
    : m_path(path)
{
}

bool DirStreamSink::open()
{
    if (!QDir().mkpath(m_path)) {
        m_error = QCoreApplication::translate("simulate", "cannot create directory %1").arg(m_path);
        return false;
    }
    return true;
}

void DirStreamSink::add(StreamEventKind kind, std::string_view json)
{
    std::string& array = kind == StreamEventKind::Survey ? m_surveys : m_cases;
    array.push_back(array.empty() ? '[' : ',');
    array.append(json);
}

// The course's name for the first batch of a second; later batches of the same second get a sequence
// number that keeps names in time order when sorted as text ('.' sorts before '_').
QString DirStreamSink::batchName(const QString& prefix) const
{
    if (m_sequence == 0)
        return QStringLiteral("%1_%2.json").arg(prefix).arg(m_epoch);
    return QStringLiteral("%1_%2_%3.json").arg(prefix).arg(m_epoch).arg(m_sequence, 4, 10, QLatin1Char('0'));
}

bool DirStreamSink::endBurst()
{
    if (m_cases.empty() && m_surveys.empty())
        return true;
    // The wall clock, never going back, so a folder sorted by name is in time order.
    const qint64 now = std::max(QDateTime::currentSecsSinceEpoch(), m_epoch);
    m_sequence = now == m_epoch ? m_sequence + 1 : 0;
    m_epoch = now;
    // Cases first: a survey's case is never announced after it.
    const bool ok = writeBatch(QStringLiteral("case_data"), m_cases) && writeBatch(QStringLiteral("survey_data"), m_surveys);
    m_cases.clear();
    m_surveys.clear();
    return ok;
}

bool DirStreamSink::writeBatch(const QString& prefix, std::string& array)
{
    if (array.empty())
        return true;
    array.push_back(']');
    const QDir dir(m_path);
    // A file of that name left by an earlier run in the same second is never replaced: take the next number.
    for (;;) {
        const QString name = batchName(prefix);
        const QString finalPath = dir.filePath(name);
        if (QFile::exists(finalPath)) {
            ++m_sequence;
            continue;
        }
        const QString tempPath = dir.filePath(QStringLiteral(".tmp-") + name);
        QFile temp(tempPath);
        if (!temp.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || temp.write(array.data(), static_cast<qint64>(array.size())) != static_cast<qint64>(array.size())
            || !temp.flush()) {
            m_error = QCoreApplication::translate("simulate", "cannot write %1: %2").arg(tempPath, temp.errorString());
            temp.close();
            QFile::remove(tempPath);
            return false;
        }
        temp.close();
        if (!QFile::rename(tempPath, finalPath)) {
            QFile::remove(tempPath);
            if (QFile::exists(finalPath)) {
                ++m_sequence;
                continue;
            }
            m_error = QCoreApplication::translate("simulate", "cannot rename %1 to %2").arg(tempPath, finalPath);
            return false;
        }
        return true;
    }
}

} // namespace carepulse::simulate
