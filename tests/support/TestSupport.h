#pragma once
// Helpers shared by the core tests: where the data lives, reading a whole input through a reader, and
// QTest printers for the core enums. Header-only: every test executable includes it.

#include "import/ImportReport.h"
#include "parse/ByteSource.h"
#include "parse/FileKind.h"
#include "parse/ParseIssue.h"
#include "parse/RecordBatch.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtTest>

#include <algorithm>
#include <string>
#include <string_view>

namespace carepulse {

// QTest prints these by name when a comparison fails.
inline char* toString(QuarantineReason reason)
{
    return qstrdup(std::string(reasonName(reason)).c_str());
}

inline char* toString(RecordKind kind)
{
    return qstrdup(std::string(recordKindName(kind)).c_str());
}

inline char* toString(FileImportResult::Status status)
{
    return qstrdup(FileImportResult::statusName(status).toUtf8().constData());
}

inline char* toString(FileKind kind)
{
    return qstrdup(fileKindName(kind).toUtf8().constData());
}

} // namespace carepulse

namespace carepulse::test {

inline QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

inline std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

inline QString sharedDataPath(const QString& name = {})
{
    const QString dir = QStringLiteral(CAREPULSE_SHARED_DATA);
    return name.isEmpty() ? dir : dir + QLatin1Char('/') + name;
}

inline QString fixturePath(const QString& name)
{
    return QStringLiteral(CAREPULSE_FIXTURES) + QLatin1Char('/') + name;
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Everything a reader produces, batch after batch, gathered into one batch.
inline RecordBatch readAll(RecordReader& reader, std::size_t batchRecords = 1000)
{
    RecordBatch all;
    RecordBatch batch;
    while (reader.readBatch(batch, batchRecords)) {
        all.cases.insert(all.cases.end(), batch.cases.begin(), batch.cases.end());
        all.surveys.insert(all.surveys.end(), batch.surveys.begin(), batch.surveys.end());
        all.dimensionRows.insert(all.dimensionRows.end(), batch.dimensionRows.begin(), batch.dimensionRows.end());
        all.quarantined.insert(all.quarantined.end(), batch.quarantined.begin(), batch.quarantined.end());
        all.warnings.insert(all.warnings.end(), batch.warnings.begin(), batch.warnings.end());
        all.recordsRead += batch.recordsRead;
    }
    all.endOffset = batch.endOffset; // the last call, which found nothing more, consumed the rest
    return all;
}

// Line (1-based) and byte offset of the first occurrence of marker in text: where a record starts.
struct Position {
    qint64 line = 0;
    qint64 offset = -1;
};

inline Position positionOf(const QByteArray& text, const QByteArray& marker)
{
    const qsizetype at = text.indexOf(marker);
    if (at < 0)
        return {};
    return {static_cast<qint64>(text.left(at).count('\n')) + 1, static_cast<qint64>(at)};
}

} // namespace carepulse::test
