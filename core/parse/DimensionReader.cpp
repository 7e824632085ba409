#include "DimensionReader.h"

#include <QString>
#include <QStringList>

namespace carepulse {

namespace {

bool isWholeNumber(std::string_view s)
{
    if (!s.empty() && s.front() == '-')
        s.remove_prefix(1);
    if (s.empty() || s.size() > 18)
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// "lo-hi" with whole numbers.
bool isRange(std::string_view s)
{
    const auto dash = s.find('-');
    return dash != std::string_view::npos && dash > 0 && isWholeNumber(s.substr(0, dash))
        && isWholeNumber(s.substr(dash + 1));
}

} // namespace

DimensionReader::DimensionReader(ByteSource& source, const DimensionSpec& spec) : m_spec(spec), m_lines(source)
{
    LineReader::Line line;
    if (m_lines.next(line) && !line.tooLong)
        m_header = TsvHeader::parse(line.text);
    for (const DimensionColumn& column : m_spec.columns)
        m_sourceColumn.push_back(m_header.indexOf(column.name));
}

std::vector<std::string> DimensionReader::missingRequiredColumns() const
{
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < m_spec.columns.size(); ++i) {
        if (m_spec.columns[i].required && !m_sourceColumn[i])
            missing.emplace_back(m_spec.columns[i].name);
    }
    return missing;
}

bool readDimensionValue(const DimensionSpec& table, std::size_t column, std::string_view text, DimensionRow& row,
                        QuarantineRecord& q)
{
    const DimensionColumn& spec = table.columns[column];
    auto refuse = [&](QuarantineReason reason) {
        q.reason = reason;
        q.field = std::string(spec.name);
        q.detail = std::string(text.substr(0, 200));
        return false;
    };
    if (text.empty()) {
        if (spec.required)
            return refuse(QuarantineReason::MissingField);
        row.values.emplace_back();
        return true;
    }
    switch (spec.type) {
    case ColumnType::Text:
        // Id 384's country name is stored double-encoded in the real data: repair it.
        row.values.push_back(table.name == "case_country" ? repairDoubleEncodedUtf8(text) : std::string(text));
        return true;
    case ColumnType::Integer:
        if (!isWholeNumber(text))
            return refuse(QuarantineReason::BadValue);
        break;
    case ColumnType::Date:
        if (!parseDate(text))
            return refuse(QuarantineReason::BadValue);
        break;
    case ColumnType::SlaHours:
    case ColumnType::Range:
        // NA means "no SLA" / "no band" here, and only here.
        if (text == "NA") {
            row.nullMask |= 1U << column;
            row.values.emplace_back();
            return true;
        }
        if (spec.type == ColumnType::SlaHours ? !isWholeNumber(text) : !isRange(text))
            return refuse(QuarantineReason::BadValue);
        break;
    }
    row.values.emplace_back(text);
    return true;
}

bool DimensionReader::readBatch(RecordBatch& batch, std::size_t maxRecords)
{
    batch.clear();
    if (!m_warned) {
        m_warned = true;
        QStringList absent;
        for (std::size_t i = 0; i < m_sourceColumn.size(); ++i) {
            if (!m_sourceColumn[i] && !m_spec.columns[i].required)
                absent << QString::fromUtf8(m_spec.columns[i].name.data(), static_cast<qsizetype>(m_spec.columns[i].name.size()));
        }
        if (!absent.isEmpty()) {
            batch.warnings.push_back({ParseWarning::Kind::UnknownColumns, 1, 0,
                                      QStringLiteral("columns not in the file, left empty: %1").arg(absent.join(QStringLiteral(", ")))});
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
        q.kind = RecordKind::Dimension;
        q.line = line.number;
        q.offset = line.offset;
        if (line.tooLong) {
            q.reason = QuarantineReason::RecordTooLong;
        } else {
            splitFields(line.text, '\t', m_fields);
            if (m_fields.size() < m_header.names.size()) {
                q.reason = QuarantineReason::WrongFieldCount;
                q.detail = std::to_string(m_fields.size()) + " of " + std::to_string(m_header.names.size()) + " fields";
            } else {
                DimensionRow row;
                row.values.reserve(m_spec.columns.size());
                bool ok = true;
                for (std::size_t i = 0; i < m_spec.columns.size() && ok; ++i) {
                    const std::string_view text = m_sourceColumn[i] ? m_fields[*m_sourceColumn[i]] : std::string_view();
                    ok = readDimensionValue(m_spec, i, text, row, q);
                }
                if (ok) {
                    batch.dimensionRows.push_back(std::move(row));
                    continue;
                }
            }
        }
        q.raw = clipRaw(line.text);
        batch.quarantined.push_back(std::move(q));
    }
    batch.endOffset = m_lines.offset();
    return count > 0 || !batch.warnings.empty();
}

} // namespace carepulse
