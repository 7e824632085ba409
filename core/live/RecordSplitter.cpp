#include "RecordSplitter.h"

#include "parse/JsonLinesReader.h"

#include <algorithm>
#include <cstring>

namespace carepulse {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::int64_t countControlBytes(std::string_view text)
{
    return std::count_if(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 && c != '\t' && c != '\r' && c != '\n';
    });
}

} // namespace

RecordSplitter::RecordSplitter(Framing framing, std::size_t maxRecord) : m_initialFraming(framing), m_framing(framing), m_maxRecord(maxRecord)
{
}

void RecordSplitter::reset(std::int64_t offset, std::int64_t line)
{
    m_pending.clear();
    m_framing = m_initialFraming;
    m_base = offset;
    m_committed = offset;
    m_committedLine = line;
    m_recordStart = m_scan = 0;
    m_line = m_recordLine = line;
    m_state = Scan::Between;
    m_depth = 0;
    m_discarding = false;
    m_bomChecked = offset > 0;
}

std::size_t RecordSplitter::push(std::string_view bytes, RecordBatch& batch)
{
    m_pending.append(bytes);
    if (!m_bomChecked) {
        const std::size_t have = std::min(m_pending.size(), kBom.size());
        if (std::string_view(m_pending).substr(0, have) != kBom.substr(0, have))
            m_bomChecked = true;
        else if (have == kBom.size()) {
            m_bomChecked = true;
            m_recordStart = m_scan = kBom.size();
            m_committed = m_base + static_cast<std::int64_t>(kBom.size());
        } else
            return 0; // a BOM may still be arriving
    }
    if (m_framing == Framing::Auto && !decideFraming())
        return 0;
    const std::size_t records = m_framing == Framing::Lines ? scanLines(batch) : scanObjects(batch);
    compact();
    return records;
}

bool RecordSplitter::decideFraming()
{
    for (std::size_t i = m_scan; i < m_pending.size(); ++i) {
        if (isBlank(m_pending[i]))
            continue;
        // A resumed array file starts between elements: at ',' or ']' rather than '['.
        const char c = m_pending[i];
        m_framing = c == '[' || c == ',' || c == ']' ? Framing::Objects : Framing::Lines;
        return true;
    }
    return false;
}

std::size_t RecordSplitter::scanLines(RecordBatch& batch)
{
    std::size_t records = 0;
    for (;;) {
        const char* data = m_pending.data();
        const auto* newline =
            static_cast<const char*>(std::memchr(data + m_scan, '\n', m_pending.size() - m_scan));
        if (!newline) {
            m_scan = m_pending.size();
            if (!m_discarding && m_scan - m_recordStart > m_maxRecord) {
                startDiscarding(batch);
                ++records;
            }
            if (m_discarding)
                m_recordStart = m_scan; // drop what has been scanned of the long line
            return records;
        }
        const auto end = static_cast<std::size_t>(newline - data);
        if (m_discarding)
            m_discarding = false;
        else if (end - m_recordStart > m_maxRecord) {
            m_scan = end;
            startDiscarding(batch);
            m_discarding = false;
            ++records;
        } else if (emitLine(m_recordStart, end, batch))
            ++records;
        m_recordStart = m_scan = end + 1;
        m_committed = m_base + static_cast<std::int64_t>(m_scan);
        m_committedLine = m_recordLine = ++m_line;
    }
}

bool RecordSplitter::emitLine(std::size_t begin, std::size_t end, RecordBatch& batch)
{
    std::string_view text(m_pending.data() + begin, end - begin);
    if (!text.empty() && text.back() == '\r')
        text.remove_suffix(1);
    if (text.find_first_not_of(" \t") == std::string_view::npos)
        return false;
    emitRecord(text, m_recordLine, m_base + static_cast<std::int64_t>(begin), batch);
    return true;
}

void RecordSplitter::emitRecord(std::string_view text, std::int64_t line, std::int64_t offset, RecordBatch& batch)
{
    ++batch.recordsRead;
    const std::size_t quarantinedBefore = batch.quarantined.size();
    const auto readable = static_cast<std::size_t>(m_pending.data() + m_pending.size() - text.data());
    addJsonRecord(m_decoder, text, readable, line, offset, batch);
    if (batch.quarantined.size() > quarantinedBefore)
        m_controlBytes += countControlBytes(text);
}

void RecordSplitter::quarantine(QuarantineReason reason, std::string_view raw, std::int64_t line, std::int64_t offset,
                                RecordBatch& batch)
{
    ++batch.recordsRead;
    QuarantineRecord q;
    q.reason = reason;
    q.line = line;
    q.offset = offset;
    q.raw = clipRaw(raw);
    if (reason == QuarantineReason::MalformedJson)
        m_controlBytes += countControlBytes(raw);
    batch.quarantined.push_back(std::move(q));
}

void RecordSplitter::startDiscarding(RecordBatch& batch)
{
    ++m_tooLong;
    m_discarding = true;
    const std::string_view prefix(m_pending.data() + m_recordStart,
                                  std::min(m_scan - m_recordStart, kMaxQuarantinedRawBytes));
    quarantine(QuarantineReason::RecordTooLong, prefix, m_recordLine, m_base + static_cast<std::int64_t>(m_recordStart),
               batch);
}

std::size_t RecordSplitter::scanObjects(RecordBatch& batch)
{
    std::size_t records = 0;
    const std::size_t size = m_pending.size();
    std::size_t i = m_scan;
    auto recordOffset = [this] { return m_base + static_cast<std::int64_t>(m_recordStart); };
    auto finishRecord = [&](std::size_t next) {
        m_state = Scan::Between;
        m_discarding = false;
        m_recordStart = next;
        m_committed = m_base + static_cast<std::int64_t>(next);
        m_committedLine = m_line;
        ++records;
    };
    // The unfinished record ends, malformed, at the line break at i; the next line starts afresh.
    auto malformedUpToLineEnd = [&](std::size_t lineBreak) {
        if (!m_discarding)
            quarantine(QuarantineReason::MalformedJson,
                       std::string_view(m_pending.data() + m_recordStart, lineBreak - m_recordStart), m_recordLine,
                       recordOffset(), batch);
        ++m_line;
        finishRecord(lineBreak + 1);
    };
    while (i < size) {
        const char c = m_pending[i];
        switch (m_state) {
        case Scan::Between:
            if (c == '{') {
                m_state = Scan::InRecord;
                m_depth = 1;
                m_recordStart = i;
                m_recordLine = m_line;
            } else if (isBlank(c) || c == '[' || c == ']' || c == ',') {
                // The committed offset stays just after the last record, so a resumed reader starts at
                // the ',' or ']' that follows it and knows it is inside an array.
                if (c == '\n')
                    ++m_line;
                m_recordStart = i + 1;
            } else {
                m_state = Scan::Garbage; // text between records that is not JSON: up to the line's end
                m_recordStart = i;
                m_recordLine = m_line;
            }
            break;
        case Scan::InRecord:
            if (c == '"')
                m_state = Scan::InString;
            else if (c == '{' || c == '[')
                ++m_depth;
            else if (c == '}' || c == ']') {
                if (--m_depth == 0) {
                    if (!m_discarding)
                        emitRecord(std::string_view(m_pending.data() + m_recordStart, i + 1 - m_recordStart),
                                   m_recordLine, recordOffset(), batch);
                    finishRecord(i + 1);
                }
            } else if (c == '\n')
                ++m_line;
            break;
        case Scan::InString:
            if (c == '\\')
                m_state = Scan::Escape;
            else if (c == '"')
                m_state = Scan::InRecord;
            else if (c == '\n')
                malformedUpToLineEnd(i); // JSON strings hold no raw line break: the record was cut off
            break;
        case Scan::Escape:
            m_state = Scan::InString;
            if (c == '\n')
                continue; // let InString see the line break
            break;
        case Scan::Garbage:
            if (c == '\n')
                malformedUpToLineEnd(i);
            break;
        }
        ++i;
        if (m_state != Scan::Between && !m_discarding && i - m_recordStart > m_maxRecord) {
            m_scan = i;
            startDiscarding(batch);
            ++records;
        }
    }
    m_scan = i;
    if (m_discarding)
        m_recordStart = m_scan; // the long record's bytes are not kept
    return records;
}

std::size_t RecordSplitter::finish(RecordBatch& batch)
{
    std::size_t records = 0;
    if (m_framing == Framing::Auto)
        decideFraming();
    if (!m_discarding && m_recordStart < m_pending.size()) {
        const std::string_view rest(m_pending.data() + m_recordStart, m_pending.size() - m_recordStart);
        if (m_framing != Framing::Objects) {
            if (emitLine(m_recordStart, m_pending.size(), batch))
                ++records;
        } else if (m_state != Scan::Between) {
            quarantine(QuarantineReason::MalformedJson, rest, m_recordLine,
                       m_base + static_cast<std::int64_t>(m_recordStart), batch);
            ++records;
        }
    }
    m_recordStart = m_scan = m_pending.size();
    m_committed = m_base + static_cast<std::int64_t>(m_scan);
    m_committedLine = m_line;
    m_state = Scan::Between;
    m_discarding = false;
    m_depth = 0;
    compact();
    return records;
}

void RecordSplitter::compact()
{
    if (m_recordStart == 0 || (m_recordStart < m_pending.size() / 2 && m_recordStart < (1U << 20)))
        return;
    m_pending.erase(0, m_recordStart);
    m_base += static_cast<std::int64_t>(m_recordStart);
    m_scan -= m_recordStart;
    m_recordStart = 0;
}

} // namespace carepulse
