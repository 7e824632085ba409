#include "FileTailSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace carepulse {

namespace {

QString identityOf(const struct stat& st)
{
    return QStringLiteral("%1:%2").arg(static_cast<qulonglong>(st.st_dev)).arg(static_cast<qulonglong>(st.st_ino));
}

std::optional<QString> identityOfPath(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    return identityOf(st);
}

// A rotated file keeps its inode: look for it beside the path (app.log.1, app.log-20261125, ...).
QString findByIdentity(const QString& path, const QString& identity)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    for (const QString& entry : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        const QString candidate = dir.filePath(entry);
        if (identityOfPath(candidate) == identity)
            return candidate;
    }
    return {};
}

} // namespace

FileTailSource::FileTailSource(const QString& path, QObject* parent)
    : LiveSource(parent), m_path(QFileInfo(path).absoluteFilePath())
{
}

FileTailSource::~FileTailSource()
{
    closeFile();
}

void FileTailSource::start(const std::optional<SourceCheckpoint>& resume)
{
    if (resume && !resume->fileIdentity.isEmpty()) {
        const QString file = identityOfPath(m_path) == resume->fileIdentity
                                 ? m_path
                                 : findByIdentity(m_path, resume->fileIdentity);
        if (!file.isEmpty() && openFile(file, resume->offset)) {
            m_splitter.reset(resume->offset, resume->state.toLongLong() > 0 ? resume->state.toLongLong() : 1);
            return;
        }
    }
    openPath();
}

void FileTailSource::stop()
{
    closeFile();
}

bool FileTailSource::openPath()
{
    if (!openFile(m_path, 0))
        return false;
    m_splitter.reset(0, 1);
    return true;
}

bool FileTailSource::openFile(const QString& path, std::int64_t offset)
{
    closeFile();
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        m_message = errno == ENOENT
                        ? QCoreApplication::translate("live", "waiting for %1 to appear").arg(path)
                        : QCoreApplication::translate("live", "cannot open %1: %2")
                              .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        m_failed = errno != ENOENT;
        return false;
    }
    struct stat st {};
    ::fstat(fd, &st);
    m_fd = fd;
    m_identity = identityOf(st);
    // A checkpoint beyond the end means the file was truncated while we were away: start at the top.
    m_readOffset = offset <= st.st_size ? offset : 0;
    m_failed = false;
    m_message = QCoreApplication::translate("live", "following %1").arg(path);
    return true;
}

void FileTailSource::closeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool FileTailSource::read(RecordBatch& batch, std::size_t maxRecords)
{
    if (isPaused())
        return false;
    if (m_fd < 0 && !openPath())
        return false;
    m_chunk.resize(kReadChunk);
    std::size_t records = 0;
    while (records < maxRecords) {
        const ssize_t n = ::pread(m_fd, m_chunk.data(), m_chunk.size(), m_readOffset);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_message = QCoreApplication::translate("live", "cannot read %1: %2")
                            .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            m_failed = true;
            return false;
        }
        if (n == 0) {
            if (checkRotation(batch))
                continue; // read the new (or truncated) file at once
            return false;
        }
        m_readOffset += n;
        records += m_splitter.push(std::string_view(m_chunk.data(), static_cast<std::size_t>(n)), batch);
    }
    return true;
}

bool FileTailSource::checkRotation(RecordBatch& batch)
{
    struct stat open {};
    if (::fstat(m_fd, &open) == 0 && open.st_size < m_readOffset) {
        // Copy-truncate: the same file starts again.
        m_readOffset = 0;
        m_splitter.reset(0, 1);
        m_message = QCoreApplication::translate("live", "%1 was truncated; reading it again from the top").arg(m_path);
        return true;
    }
    const std::optional<QString> current = identityOfPath(m_path);
    if (!current || *current == m_identity)
        return false; // not rotated (or renamed away and no new file yet: keep the old one open)
    // Rotated: everything of the old file has been read; a last line without its newline counts too.
    m_splitter.finish(batch);
    return openPath();
}

std::optional<SourceCheckpoint> FileTailSource::checkpoint() const
{
    if (m_identity.isEmpty())
        return std::nullopt;
    return SourceCheckpoint{name(), m_identity, m_splitter.committedOffset(),
                            QString::number(m_splitter.committedLine())};
}

SourceState FileTailSource::state() const
{
    if (isPaused())
        return SourceState::Paused;
    if (m_failed)
        return SourceState::Failed;
    return m_fd >= 0 ? SourceState::Following : SourceState::Waiting;
}

} // namespace carepulse
