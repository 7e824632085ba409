#include "CourseDimensionLoader.h"

#include "CourseTables.h"
#include "MysqlDimensionWriter.h"
#include "MysqlSchema.h"
#include "parse/ByteSource.h"
#include "parse/DimensionReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <memory>

namespace carepulse::mysql {

namespace {

constexpr std::size_t kBatchRows = 32768;
constexpr std::size_t kQuarantineSamples = 20;

// One dimension's input: a file streamed from disk, or a bundled resource held in memory (the largest,
// the calendar, is about 2 MB).
struct Input {
    const DimensionSpec* spec = nullptr;
    QString path;
    QByteArray resourceBytes;
    std::unique_ptr<ByteSource> bytes;
    std::unique_ptr<DimensionReader> reader;
};

QString inputPath(const DimensionSpec& spec, const QString& folder)
{
    const QString fileName = QString::fromStdString(spec.fileName());
    if (!folder.isEmpty() && QFileInfo::exists(QDir(folder).filePath(fileName)))
        return QDir(folder).filePath(fileName);
    const QString bundled = QStringLiteral(":/futurecart/") + fileName;
    return QFile::exists(bundled) ? bundled : QString();
}

// Opens the input and reads its header; returns the error that keeps it from loading, if any.
QString open(Input& input)
{
    if (input.path.startsWith(QLatin1Char(':'))) {
        QFile file(input.path);
        if (!file.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("MySQL", "%1: cannot be read: %2").arg(input.path, file.errorString());
        input.resourceBytes = file.readAll();
        input.bytes = std::make_unique<MemoryByteSource>(
            std::string_view(input.resourceBytes.constData(), static_cast<std::size_t>(input.resourceBytes.size())));
    } else {
        auto file = std::make_unique<FileByteSource>(input.path);
        if (!file->isOpen())
            return QCoreApplication::translate("MySQL", "%1: cannot be read: %2").arg(input.path, file->errorString());
        input.bytes = std::move(file);
    }
    input.reader = std::make_unique<DimensionReader>(*input.bytes, *input.spec);
    QStringList missing;
    for (const std::string& column : input.reader->missingRequiredColumns())
        missing << QString::fromStdString(column);
    if (!missing.isEmpty())
        return QCoreApplication::translate("MySQL", "%1: the header lacks required columns: %2")
            .arg(input.path, missing.join(QStringLiteral(", ")));
    return {};
}

void load(Connection& db, Input& input, DimensionLoadResult& result)
{
    DimensionWriter writer(*input.spec, result.table.toStdString());
    db.exec("START TRANSACTION");
    try {
        RecordBatch batch;
        while (input.reader->readBatch(batch, kBatchRows)) {
            const InsertCounts counts = writer.write(db, batch.dimensionRows);
            result.read += batch.recordsRead;
            result.loaded += counts.inserted;
            result.updated += counts.updated;
            result.duplicates += counts.duplicates;
            result.quarantined += static_cast<std::int64_t>(batch.quarantined.size());
            for (QuarantineRecord& q : batch.quarantined) {
                if (result.quarantineSamples.size() < kQuarantineSamples)
                    result.quarantineSamples.push_back(std::move(q));
            }
            for (ParseWarning& w : batch.warnings)
                result.warnings.push_back(std::move(w));
        }
        db.exec("COMMIT");
    } catch (const std::exception& e) {
        if (!db.lost()) {
            try {
                db.exec("ROLLBACK");
            } catch (const StoreError&) {
                // The original error is the one worth reporting.
            }
        }
        const auto* storeError = dynamic_cast<const StoreError*>(&e);
        result.error = storeError ? storeError->message() : QString::fromUtf8(e.what());
        result.loaded = result.updated = result.duplicates = 0;
    }
}

} // namespace

DimensionLoadReport loadCourseDimensions(const ConnectOptions& options, const QString& folder)
{
    DimensionLoadReport report;
    report.server = options.display();
    std::vector<Input> inputs;
    for (const DimensionSpec& spec : dimensionSpecs()) {
        Input input;
        input.spec = &spec;
        input.path = inputPath(spec, folder);
        if (!input.path.isEmpty()) {
            const QString error = open(input);
            if (!error.isEmpty())
                report.inputErrors << error;
        }
        inputs.push_back(std::move(input));
    }
    if (!report.inputErrors.isEmpty())
        return report;

    try {
        Connection db(options, Connection::MissingDatabase::Create);
        report.tls = db.tlsCipher();
        const std::string collation = binaryCollation(db);
        for (Input& input : inputs) {
            QElapsedTimer timer;
            timer.start();
            DimensionLoadResult result;
            result.spec = input.spec;
            result.table = QString::fromStdString(courseDimensionTable(*input.spec));
            result.source = input.path;
            db.exec(dimensionTableSql(*input.spec, courseDimensionTable(*input.spec), collation));
            if (input.reader)
                load(db, input, result);
            result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
            report.tables.push_back(std::move(result));
        }
    } catch (const StoreError& e) {
        report.serverError = e.message();
    }
    return report;
}

} // namespace carepulse::mysql
