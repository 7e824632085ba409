#include "FileKind.h"

#include "EventFields.h"
#include "EventTsvReader.h"
#include "Tsv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace carepulse {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// The dimension whose columns the header matches best (its key columns must all be present).
const DimensionSpec* dimensionForHeader(const TsvHeader& header, const QString& fileName)
{
    for (const DimensionSpec& spec : dimensionSpecs()) {
        if (fileName.compare(QString::fromStdString(spec.fileName()), Qt::CaseInsensitive) == 0)
            return &spec;
    }
    const DimensionSpec* best = nullptr;
    int bestScore = 0;
    for (const DimensionSpec& spec : dimensionSpecs()) {
        int score = 0;
        bool keys = true;
        for (std::size_t i = 0; i < spec.columns.size(); ++i) {
            const bool present = header.indexOf(spec.columns[i].name).has_value();
            score += present ? 1 : 0;
            keys = keys && (!spec.columns[i].required || present);
        }
        if (keys && score > bestScore) {
            best = &spec;
            bestScore = score;
        }
    }
    return best;
}

} // namespace

QString fileKindName(FileKind kind, const DimensionSpec* dimension)
{
    switch (kind) {
    case FileKind::Dimension:
        return dimension ? qs(dimension->name) : QStringLiteral("dimension");
    case FileKind::CaseTsv: return QStringLiteral("cases");
    case FileKind::SurveyTsv: return QStringLiteral("surveys");
    case FileKind::JsonLines: return QStringLiteral("json-lines");
    case FileKind::JsonArray: return QStringLiteral("json-array");
    case FileKind::SeedCases: return QStringLiteral("seed-cases");
    case FileKind::Unrecognised: return QStringLiteral("unrecognised");
    case FileKind::Unreadable: return QStringLiteral("unreadable");
    }
    return {};
}

bool looksLikeSeedCases(std::string_view firstLine)
{
    std::vector<std::string_view> fields;
    splitFields(firstLine, ',', fields);
    if (fields.size() != 9 || fields[0].empty())
        return false;
    const bool numeric = std::all_of(fields[0].begin(), fields[0].end(), [](char c) { return c >= '0' && c <= '9'; });
    return numeric && fields[2].substr(0, 2) == "C-";
}

FileDetection detectFileKind(const QString& path)
{
    FileDetection result;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.kind = FileKind::Unreadable;
        result.error = QCoreApplication::translate("FileKind", "%1: cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray head = file.read(64 * 1024);
    std::string_view text(head.constData(), static_cast<std::size_t>(head.size()));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    const auto firstNonSpace = text.find_first_not_of(" \t\r\n");
    if (firstNonSpace == std::string_view::npos) {
        result.error = QCoreApplication::translate("FileKind", "%1: the file is empty").arg(path);
        return result;
    }
    if (text[firstNonSpace] == '[') {
        result.kind = FileKind::JsonArray;
        return result;
    }
    if (text[firstNonSpace] == '{') {
        result.kind = FileKind::JsonLines;
        return result;
    }
    std::string_view firstLine = text.substr(0, text.find('\n'));
    if (!firstLine.empty() && firstLine.back() == '\r')
        firstLine.remove_suffix(1);
    if (looksLikeSeedCases(firstLine)) {
        result.kind = FileKind::SeedCases;
        return result;
    }
    const TsvHeader header = TsvHeader::parse(firstLine);
    const bool hasSurveyId = header.indexOf("survey_id").has_value();
    const bool hasCaseNo = header.indexOf("case_no").has_value();
    const DimensionSpec* dimension = (hasSurveyId || hasCaseNo) ? nullptr : dimensionForHeader(header, name);
    if (dimension) {
        result.kind = FileKind::Dimension;
        result.dimension = dimension;
        for (const DimensionColumn& column : dimension->columns) {
            if (column.required && !header.indexOf(column.name))
                result.missingColumns << qs(column.name);
        }
    } else if (hasSurveyId || hasCaseNo) {
        const RecordKind kind = hasSurveyId ? RecordKind::Survey : RecordKind::Case;
        result.kind = hasSurveyId ? FileKind::SurveyTsv : FileKind::CaseTsv;
        for (EventField f : EventTsvReader::requiredFields(kind)) {
            if (!header.indexOf(eventFieldName(f)))
                result.missingColumns << qs(eventFieldName(f));
        }
    } else {
        result.error = QCoreApplication::translate("FileKind", "%1: unrecognised file: the header has none of the expected columns (for example "
                          "case_no, create_timestamp, survey_id, or a dimension's key column such as "
                          "call_center_id or priority_key)").arg(path);
        return result;
    }
    if (!result.missingColumns.isEmpty()) {
        result.error = QCoreApplication::translate("FileKind", "%1: the header lacks required columns: %2")
                           .arg(path, result.missingColumns.join(QStringLiteral(", ")));
    }
    return result;
}

} // namespace carepulse
