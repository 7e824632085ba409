#pragma once
// Where `simulate stream` sends its events, one burst at a time (a burst is what one tick of the pacer
// produced, every 10-20 ms):
//   file:PATH       appends to PATH: JSON Lines, or one JSON array per burst (--format array)
//   dir:PATH        one JSON array file per burst and kind, named like the 2020 course simulator's
//                   (case_data_<epoch>.json, survey_data_<epoch>.json), each written under a hidden
//                   temporary name and renamed into place
//   tcp:HOST:PORT   newline-delimited JSON over a TCP connection that is re-opened when it drops
//                   (TcpStreamSink.h)

#include "StreamGenerator.h"

#include <QFile>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace carepulse::simulate {

enum class StreamFormat : std::uint8_t { JsonLines, JsonArray };

class StreamSink {
public:
    virtual ~StreamSink() = default;

    // Opens the file, creates the folder or starts connecting; false (see error()) when it cannot.
    virtual bool open() = 0;
    // Whether a burst can go out now; while it is false the stream waits (TCP: not connected or backed up).
    virtual bool ready() const { return true; }
    // Adds one JSON object to the burst being built.
    virtual void add(StreamEventKind kind, std::string_view json) = 0;
    // Sends the burst; false on a failure that ends the stream (see error()).
    virtual bool endBurst() = 0;
    // Nothing sent is still waiting in a buffer of ours.
    virtual bool drained() const { return true; }
    // Closes; false (see error()) when something could not be delivered.
    virtual bool close() = 0;

    QString error() const { return m_error; }
    // A word or two for the status line ("connected"), or nothing.
    virtual QString state() const { return {}; }

    // Messages that do not stop the stream (a refused connection, a reconnect); `problem` is false for
    // good news such as "connected".
    using NoticeHandler = std::function<void(const QString& message, bool problem)>;
    void setNoticeHandler(NoticeHandler handler) { m_notice = std::move(handler); }

protected:
    void notice(const QString& message, bool problem) const
    {
        if (m_notice)
            m_notice(message, problem);
    }
    QString m_error;

private:
    NoticeHandler m_notice;
};

struct SinkSpec {
    enum class Kind : std::uint8_t { File, Dir, Tcp };
    Kind kind = Kind::File;
    QString path; // file and dir
    QString host; // tcp
    quint16 port = 0;
};

// Parses --to: file:PATH, dir:PATH or tcp:HOST:PORT ([::1]:PORT for an IPv6 address).
std::optional<SinkSpec> parseSinkSpec(const QString& text, QString* error);

std::unique_ptr<StreamSink> makeSink(const SinkSpec& spec, StreamFormat format);

class FileStreamSink final : public StreamSink {
public:
    FileStreamSink(const QString& path, StreamFormat format);
    bool open() override;
    void add(StreamEventKind kind, std::string_view json) override;
    bool endBurst() override;
    bool close() override;

private:
    QFile m_file;
    StreamFormat m_format;
    std::string m_burst;
    std::size_t m_records = 0;
};

class DirStreamSink final : public StreamSink {
public:
    explicit DirStreamSink(const QString& path);
    bool open() override;
    void add(StreamEventKind kind, std::string_view json) override;
    bool endBurst() override;
    bool close() override { return true; }

private:
    QString batchName(const QString& prefix) const;
    bool writeBatch(const QString& prefix, std::string& array);

    QString m_path;
    std::string m_cases;   // "[{...},{...}" while the burst is built
    std::string m_surveys;
    qint64 m_epoch = 0;    // of the last burst
    int m_sequence = 0;    // bursts before this one in the same second
};

} // namespace carepulse::simulate
