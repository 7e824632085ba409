#pragma once
// Applies the files that appear in a folder (the course simulator writes case_data_<epoch>.json and
// survey_data_<epoch>.json, one JSON array each), each once, in order: by the numbers in their names
// (the epoch), then by name. Hidden files (a writer's temporary names) are left alone, and a file is
// read once its size has stopped changing. The checkpoint holds the last file applied and, for a file
// in progress, the offset after its last committed record; on restart files that order before the last
// applied one count as applied.

#include "LiveSource.h"
#include "RecordSplitter.h"

#include <QHash>
#include <QSet>

namespace carepulse {

class FolderSource final : public LiveSource {
    Q_OBJECT

public:
    explicit FolderSource(const QString& path, QObject* parent = nullptr);
    ~FolderSource() override;

    QString name() const override { return QStringLiteral("dir:") + m_path; }
    void start(const std::optional<SourceCheckpoint>& resume) override;
    void stop() override;
    bool read(RecordBatch& batch, std::size_t maxRecords) override;
    std::optional<SourceCheckpoint> checkpoint() const override;
    SourceState state() const override;
    QString message() const override { return m_message; }
    std::int64_t filesApplied() const { return m_filesApplied; }

    // Orders file names: the runs of digits as numbers, then the name.
    static bool orderedBefore(const QString& a, const QString& b);

private:
    // The next file to read, or an empty string when none is ready.
    QString nextReadyFile();
    bool openCurrent(const QString& fileName, std::int64_t offset, std::int64_t line);
    void finishCurrent(RecordBatch& batch);

    QString m_path;
    QString m_lastApplied;   // the newest file fully applied (checkpoint)
    QSet<QString> m_applied; // files applied in this session (including ones ordering before m_lastApplied)
    QSet<QString> m_presentAtStart;
    QHash<QString, qint64> m_seenSizes; // size at the previous look, to wait until a file stops growing
    QString m_current;       // file in progress
    int m_fd = -1;
    std::int64_t m_readOffset = 0;
    RecordSplitter m_splitter;
    std::string m_chunk;
    QString m_message;
    bool m_folderMissing = false;
    std::int64_t m_filesApplied = 0;
};

} // namespace carepulse
