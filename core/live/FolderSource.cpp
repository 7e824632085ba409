#include "FolderSource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace carepulse {

namespace {

std::vector<qulonglong> digitRuns(const QString& name)
{
    std::vector<qulonglong> runs;
    qulonglong value = 0;
    bool inRun = false;
    for (const QChar c : name) {
        if (c.isDigit() && c.unicode() < 128) {
            value = value * 10 + static_cast<qulonglong>(c.unicode() - '0');
            inRun = true;
        } else if (inRun) {
            runs.push_back(value);
            value = 0;
            inRun = false;
        }
    }
    if (inRun)
        runs.push_back(value);
    return runs;
}

// A file modified longer ago than this is complete even when seen for the first time.
constexpr qint64 kSettledMs = 1000;

} // namespace

bool FolderSource::orderedBefore(const QString& a, const QString& b)
{
    const auto ra = digitRuns(a);
    const auto rb = digitRuns(b);
    if (ra != rb)
        return std::lexicographical_compare(ra.begin(), ra.end(), rb.begin(), rb.end());
    return a < b;
}

FolderSource::FolderSource(const QString& path, QObject* parent)
    : LiveSource(parent), m_path(QFileInfo(path).absoluteFilePath()), m_splitter(RecordSplitter::Framing::Auto)
{
}

FolderSource::~FolderSource()
{
    stop();
}

void FolderSource::start(const std::optional<SourceCheckpoint>& resume)
{
    if (resume) {
        m_lastApplied = resume->state;
        if (!resume->fileIdentity.isEmpty())
            openCurrent(resume->fileIdentity, resume->offset, 1);
    }
    const QStringList present = QDir(m_path).entryList(QDir::Files, QDir::Name);
    m_presentAtStart = QSet<QString>(present.begin(), present.end());
    m_message = QCoreApplication::translate("live", "watching %1").arg(m_path);
}

void FolderSource::stop()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

QString FolderSource::nextReadyFile()
{
    const QDir dir(m_path);
    if (!dir.exists()) {
        m_folderMissing = true;
        m_message = QCoreApplication::translate("live", "waiting for the folder %1 to appear").arg(m_path);
        return {};
    }
    m_folderMissing = false;
    QStringList candidates;
    for (const QString& entry : dir.entryList(QDir::Files)) { // hidden files are left out
        if (m_applied.contains(entry))
            continue;
        // Present at start and ordering before the last applied file: applied in an earlier run.
        if (!m_lastApplied.isEmpty() && m_presentAtStart.contains(entry) && !orderedBefore(m_lastApplied, entry))
            continue;
        candidates.push_back(entry);
    }
    std::sort(candidates.begin(), candidates.end(), orderedBefore);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString& entry : candidates) {
        const QFileInfo info(dir.filePath(entry));
        const qint64 size = info.size();
        const bool settled = info.lastModified().toMSecsSinceEpoch() + kSettledMs < now;
        const auto seen = m_seenSizes.constFind(entry);
        const bool stopped = seen != m_seenSizes.constEnd() && *seen == size;
        m_seenSizes.insert(entry, size);
        if (settled || stopped)
            return entry;
        return {}; // keep the order: wait for this one
    }
    m_message = QCoreApplication::translate("live", "watching %1 (%n file(s) applied)", nullptr,
                                            static_cast<int>(m_filesApplied))
                    .arg(m_path);
    return {};
}

bool FolderSource::openCurrent(const QString& fileName, std::int64_t offset, std::int64_t line)
{
    stop();
    const QString path = QDir(m_path).filePath(fileName);
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
        m_current.clear();
        return false;
    }
    m_current = fileName;
    m_readOffset = offset;
    m_splitter.reset(offset, line);
    m_message = QCoreApplication::translate("live", "reading %1").arg(path);
    return true;
}

void FolderSource::finishCurrent(RecordBatch& batch)
{
    m_splitter.finish(batch);
    stop();
    m_applied.insert(m_current);
    m_seenSizes.remove(m_current);
    if (m_lastApplied.isEmpty() || orderedBefore(m_lastApplied, m_current))
        m_lastApplied = m_current;
    m_current.clear();
    ++m_filesApplied;
}

bool FolderSource::read(RecordBatch& batch, std::size_t maxRecords)
{
    if (isPaused())
        return false;
    m_chunk.resize(1U << 20);
    std::size_t records = 0;
    while (records < maxRecords) {
        if (m_current.isEmpty()) {
            const QString next = nextReadyFile();
            if (next.isEmpty() || !openCurrent(next, 0, 1))
                return false;
        }
        const ssize_t n = ::pread(m_fd, m_chunk.data(), m_chunk.size(), m_readOffset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            finishCurrent(batch);
            ++records; // a file boundary is a good moment to let the batch go
            continue;
        }
        m_readOffset += n;
        records += m_splitter.push(std::string_view(m_chunk.data(), static_cast<std::size_t>(n)), batch);
    }
    return true;
}

std::optional<SourceCheckpoint> FolderSource::checkpoint() const
{
    return SourceCheckpoint{name(), m_current, m_current.isEmpty() ? 0 : m_splitter.committedOffset(), m_lastApplied};
}

SourceState FolderSource::state() const
{
    if (isPaused())
        return SourceState::Paused;
    if (m_folderMissing)
        return SourceState::Waiting;
    return SourceState::Following;
}

} // namespace carepulse
