#pragma once
// Follows a growing file of JSON Lines or of concatenated JSON arrays, like `tail -F`: waits for a file
// that does not exist yet, holds back a partial last record until it is complete, and survives rotation
// (the file renamed and a new one created: the old one is read to its end first) and truncation
// (copy-truncate: start again at the top). The checkpoint is the file's identity (device:inode) and the
// offset after the last complete record; on restart a rotated file is found again by its identity.

#include "LiveSource.h"
#include "RecordSplitter.h"

namespace carepulse {

class FileTailSource final : public LiveSource {
    Q_OBJECT

public:
    explicit FileTailSource(const QString& path, QObject* parent = nullptr);
    ~FileTailSource() override;

    QString name() const override { return QStringLiteral("file:") + m_path; }
    void start(const std::optional<SourceCheckpoint>& resume) override;
    void stop() override;
    bool read(RecordBatch& batch, std::size_t maxRecords) override;
    std::optional<SourceCheckpoint> checkpoint() const override;
    SourceState state() const override;
    QString message() const override { return m_message; }

    static constexpr std::size_t kReadChunk = 1U << 20;

private:
    // Opens the file at the path (offset 0), or returns false when there is none.
    bool openPath();
    bool openFile(const QString& path, std::int64_t offset);
    void closeFile();
    // At the end of the open file: has the path moved on to a new file, or been truncated? True when
    // reading goes on from a new position.
    bool checkRotation(RecordBatch& batch);

    QString m_path;
    int m_fd = -1;
    QString m_identity;        // "dev:inode" of the open file
    std::int64_t m_readOffset = 0;
    RecordSplitter m_splitter;
    QString m_message;
    bool m_failed = false;
    std::string m_chunk;
};

} // namespace carepulse
