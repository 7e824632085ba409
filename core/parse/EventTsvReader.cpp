#include "EventTsvReader.h"

#include <QString>
#include <QStringList>

namespace carepulse {

EventTsvReader::EventTsvReader(ByteSource& source) : m_lines(source)
{
    LineReader::Line line;
    if (m_lines.next(line) && !line.tooLong)
        m_header = TsvHeader::parse(line.text);
    for (const std::string& name : m_header.names)
        m_columnField.push_back(eventFieldFromName(name));
    m_kind = m_header.indexOf("survey_id") ? RecordKind::Survey : RecordKind::Case;
}

std::vector<EventField> EventTsvReader::requiredFields(RecordKind kind)
{
    using F = EventField;
    if (kind == RecordKind::Survey)
        return {F::SurveyId, F::CaseNo, F::SurveyTimestamp};
    return {F::CaseNo, F::CreateTimestamp, F::LastModifiedTimestamp, F::Status};
}

std::vector<std::string> EventTsvReader::missingColumns() const
{
    std::vector<std::string> missing;
    for (EventField f : requiredFields(m_kind)) {
        if (!m_header.indexOf(eventFieldName(f)))
            missing.emplace_back(eventFieldName(f));
    }
    return missing;
}

bool EventTsvReader::readBatch(RecordBatch& batch, std::size_t maxRecords)
{
    batch.clear();
    if (!m_warnedUnknown) {
        m_warnedUnknown = true;
        QStringList unknown;
        for (std::size_t i = 0; i < m_columnField.size(); ++i) {
            if (!m_columnField[i])
                unknown << QString::fromStdString(m_header.names[i]);
        }
        if (!unknown.isEmpty()) {
            batch.warnings.push_back({ParseWarning::Kind::UnknownColumns, 1, 0,
                                      QStringLiteral("ignored columns: %1").arg(unknown.join(QStringLiteral(", ")))});
        }
    }
    LineReader::Line line;
    std::size_t count = 0;
    while (count < maxRecords && m_lines.next(line)) {
        if (!line.tooLong && line.text.empty())
            continue;
        ++count;
        ++batch.recordsRead;
        QuarantineRecord q;
        q.kind = m_kind;
        if (line.tooLong) {
            q.reason = QuarantineReason::RecordTooLong;
        } else {
            splitFields(line.text, '\t', m_fields);
            if (m_fields.size() < m_columnField.size()) {
                q.reason = QuarantineReason::WrongFieldCount;
                q.detail = std::to_string(m_fields.size()) + " of " + std::to_string(m_columnField.size()) + " fields";
            } else {
                m_values.clear();
                for (std::size_t i = 0; i < m_columnField.size(); ++i) {
                    if (m_columnField[i])
                        m_values.set(*m_columnField[i], m_fields[i]);
                }
                if (m_kind == RecordKind::Survey) {
                    batch.surveys.emplace_back();
                    if (buildSurveyEvent(m_values, batch.surveys.back(), q))
                        continue;
                    batch.surveys.pop_back();
                } else {
                    batch.cases.emplace_back();
                    if (buildCaseEvent(m_values, batch.cases.back(), q))
                        continue;
                    batch.cases.pop_back();
                }
            }
        }
        q.line = line.number;
        q.offset = line.offset;
        q.raw = clipRaw(line.text);
        batch.quarantined.push_back(std::move(q));
    }
    batch.endOffset = m_lines.offset();
    return count > 0 || !batch.warnings.empty();
}

} // namespace carepulse
