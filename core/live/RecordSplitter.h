#pragma once
// Cuts a stream of bytes that arrives in pieces (a growing file, a TCP connection) into whole JSON
// records and decodes them. Bytes of a record that has not ended yet are held back until the rest
// arrives, so a reader never sees half a record; committedOffset() is where to resume after a restart.
//
// Two framings: Lines (JSON Lines, newline-delimited JSON from a socket) and Objects (objects found by
// brace matching, so one JSON array or several concatenated arrays, on one line or pretty-printed, and
// JSON Lines too). Auto picks by the first non-blank byte: '[' means Objects, anything else Lines.
// A record longer than the limit is quarantined with its first bytes and skipped without buffering it.

#include "parse/JsonRecordDecoder.h"
#include "parse/RecordBatch.h"

#include <string>
#include <string_view>

namespace carepulse {

class RecordSplitter {
public:
    enum class Framing : std::uint8_t { Auto, Lines, Objects };

    explicit RecordSplitter(Framing framing = Framing::Auto, std::size_t maxRecord = kMaxRecordBytes);

    // Starts over at byte offset (and line) of a new or resumed input; Auto framing is decided afresh.
    void reset(std::int64_t offset = 0, std::int64_t line = 1);

    // Appends bytes; every record they complete is added to batch (cases, surveys, quarantined).
    // Returns the number of records completed.
    std::size_t push(std::string_view bytes, RecordBatch& batch);
    // The input has ended: a last record without its line ending still counts (a JSON Lines file need
    // not end in a newline); an unfinished object is quarantined as truncated JSON.
    std::size_t finish(RecordBatch& batch);

    // Offset just after the last complete record: everything before it has been handed out.
    std::int64_t committedOffset() const { return m_committed; }
    std::int64_t committedLine() const { return m_committedLine; }
    std::size_t pendingBytes() const { return m_pending.size() - m_recordStart; }
    Framing framing() const { return m_framing; }

    // Counters since construction, for status and for cutting off hostile peers.
    std::int64_t tooLongRecords() const { return m_tooLong; }
    std::int64_t controlBytes() const { return m_controlBytes; } // NUL and other C0 bytes outside strings

private:
    enum class Scan : std::uint8_t { Between, InRecord, InString, Escape, Garbage };

    bool decideFraming();
    std::size_t scanLines(RecordBatch& batch);
    std::size_t scanObjects(RecordBatch& batch);
    bool emitLine(std::size_t begin, std::size_t end, RecordBatch& batch);
    void emitRecord(std::string_view text, std::int64_t line, std::int64_t offset, RecordBatch& batch);
    void quarantine(QuarantineReason reason, std::string_view raw, std::int64_t line, std::int64_t offset,
                    RecordBatch& batch);
    // The record from m_recordStart is over the limit: quarantine its first bytes and drop the rest.
    void startDiscarding(RecordBatch& batch);
    void compact();

    Framing m_initialFraming;
    Framing m_framing;
    std::size_t m_maxRecord;
    JsonRecordDecoder m_decoder;
    std::string m_pending;         // held-back bytes; m_pending[0] is at offset m_base
    std::int64_t m_base = 0;
    std::int64_t m_committed = 0;  // offset after the last record handed out
    std::int64_t m_committedLine = 1;
    std::size_t m_recordStart = 0; // first byte of the unfinished record
    std::size_t m_scan = 0;        // next byte to look at
    std::int64_t m_line = 1;       // line of m_scan
    std::int64_t m_recordLine = 1; // line where the unfinished record starts
    Scan m_state = Scan::Between;
    int m_depth = 0;
    bool m_discarding = false; // the unfinished record is too long; its bytes are dropped as they arrive
    bool m_bomChecked = false;
    std::int64_t m_tooLong = 0;
    std::int64_t m_controlBytes = 0;
};

} // namespace carepulse
