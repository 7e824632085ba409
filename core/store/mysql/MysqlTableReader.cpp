#include "MysqlTableReader.h"

#include "parse/DimensionReader.h"
#include "parse/Tsv.h"

#include <QCoreApplication>
#include <QStringList>

namespace carepulse::mysql {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

MysqlTableReader::MysqlTableReader(const ConnectOptions& options, const CourseTable& table)
    : m_table(table)
    , m_db(options)
{
    if (table.detection.kind == FileKind::Dimension) {
        m_kind = RecordKind::Dimension;
        for (const DimensionColumn& column : table.detection.dimension->columns) {
            std::optional<unsigned int> index;
            for (std::size_t i = 0; i < table.columns.size(); ++i) {
                if (toLowerAscii(table.columns[i]) == column.name)
                    index = static_cast<unsigned int>(i);
            }
            m_dimensionColumns.push_back(index);
        }
    } else {
        m_kind = table.detection.kind == FileKind::SurveyTsv ? RecordKind::Survey : RecordKind::Case;
        for (const std::string& column : table.columns)
            m_eventFields.push_back(eventFieldFromName(column));
    }
}

MysqlTableReader::~MysqlTableReader()
{
    if (m_result)
        mysql_free_result(m_result);
}

void MysqlTableReader::start(RecordBatch& batch)
{
    m_started = true;
    std::string columns;
    for (const std::string& column : m_table.columns)
        columns += (columns.empty() ? "" : ", ") + quoteIdentifier(column);
    const std::string sql = "SELECT " + columns + " FROM " + quoteIdentifier(m_table.name.toStdString());
    if (mysql_real_query(m_db.handle(), sql.data(), static_cast<unsigned long>(sql.size())) != 0)
        m_db.fail(sql);
    m_result = mysql_use_result(m_db.handle());
    if (!m_result)
        m_db.fail(sql);

    // The same notices a file's reader gives about its header.
    QStringList notes;
    if (m_kind == RecordKind::Dimension) {
        const DimensionSpec& spec = *m_table.detection.dimension;
        for (std::size_t i = 0; i < m_dimensionColumns.size(); ++i) {
            if (!m_dimensionColumns[i] && !spec.columns[i].required)
                notes << qs(spec.columns[i].name);
        }
        if (!notes.isEmpty()) {
            batch.warnings.push_back({ ParseWarning::Kind::UnknownColumns, 1, 0,
                QCoreApplication::translate("MySQL", "columns not in the table, left empty: %1")
                    .arg(notes.join(QStringLiteral(", "))) });
        }
    } else {
        for (std::size_t i = 0; i < m_eventFields.size(); ++i) {
            if (!m_eventFields[i])
                notes << QString::fromStdString(m_table.columns[i]);
        }
        if (!notes.isEmpty()) {
            batch.warnings.push_back({ ParseWarning::Kind::UnknownColumns, 1, 0,
                QCoreApplication::translate("MySQL", "ignored columns: %1").arg(notes.join(QStringLiteral(", "))) });
        }
    }
}

bool MysqlTableReader::readBatch(RecordBatch& batch, std::size_t maxRecords)
{
    batch.clear();
    if (!m_started)
        start(batch);
    std::size_t count = 0;
    ResultRow row;
    row.count = static_cast<unsigned int>(m_table.columns.size());
    while (!m_finished && count < maxRecords) {
        row.values = mysql_fetch_row(m_result);
        if (!row.values) {
            m_finished = true;
            if (mysql_errno(m_db.handle()) != 0)
                m_db.fail("SELECT ... FROM " + quoteIdentifier(m_table.name.toStdString()));
            break;
        }
        row.lengths = mysql_fetch_lengths(m_result);
        ++m_rows;
        ++count;
        ++batch.recordsRead;
        std::size_t bytes = 0;
        for (unsigned int i = 0; i < row.count; ++i)
            bytes += row.lengths[i] + 1;
        if (bytes > kMaxRecordBytes) {
            QuarantineRecord q;
            q.kind = m_kind;
            q.reason = QuarantineReason::RecordTooLong;
            quarantine(row, q, batch);
        } else if (m_kind == RecordKind::Dimension) {
            readDimension(row, batch);
        } else {
            readEvent(row, batch);
        }
    }
    batch.endOffset = m_rows;
    return count > 0 || !batch.warnings.empty();
}

void MysqlTableReader::readEvent(const ResultRow& row, RecordBatch& batch)
{
    m_values.clear();
    for (unsigned int i = 0; i < row.count; ++i) {
        // NULL is "missing", as an absent or empty field in a file.
        if (m_eventFields[i] && !row.isNull(i))
            m_values.set(*m_eventFields[i], row.text(i));
    }
    QuarantineRecord q;
    q.kind = m_kind;
    if (m_kind == RecordKind::Survey) {
        batch.surveys.emplace_back();
        if (buildSurveyEvent(m_values, batch.surveys.back(), q))
            return;
        batch.surveys.pop_back();
    } else {
        batch.cases.emplace_back();
        if (buildCaseEvent(m_values, batch.cases.back(), q))
            return;
        batch.cases.pop_back();
    }
    quarantine(row, q, batch);
}

void MysqlTableReader::readDimension(const ResultRow& row, RecordBatch& batch)
{
    const DimensionSpec& spec = *m_table.detection.dimension;
    DimensionRow out;
    out.values.reserve(spec.columns.size());
    QuarantineRecord q;
    q.kind = RecordKind::Dimension;
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        std::string_view text;
        if (const auto column = m_dimensionColumns[i]) {
            const ColumnType type = spec.columns[i].type;
            // A NULL SLA or range is what NA means in the file.
            if (row.isNull(*column))
                text = type == ColumnType::SlaHours || type == ColumnType::Range ? std::string_view("NA")
                                                                                 : std::string_view();
            else
                text = row.text(*column);
        }
        if (!readDimensionValue(spec, i, text, out, q)) {
            quarantine(row, q, batch);
            return;
        }
    }
    batch.dimensionRows.push_back(std::move(out));
}

void MysqlTableReader::quarantine(const ResultRow& row, QuarantineRecord& q, RecordBatch& batch) const
{
    std::string raw;
    for (unsigned int i = 0; i < row.count && raw.size() <= kMaxQuarantinedRawBytes; ++i) {
        if (i)
            raw += '\t';
        raw += row.text(i);
    }
    q.line = m_rows + 1;
    q.offset = m_rows;
    q.raw = clipRaw(raw);
    batch.quarantined.push_back(std::move(q));
}

} // namespace carepulse::mysql
