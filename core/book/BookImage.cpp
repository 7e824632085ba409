#include "BookImage.h"

#include "ImageStream.h"
#include "util/Hash.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstring>

namespace carepulse {

namespace {

constexpr char kMagic[8] = {'C', 'P', 'B', 'O', 'O', 'K', '\0', '\1'};
constexpr std::uint32_t kFormatVersion = 4;
constexpr std::uint32_t kByteOrder = 0x01020304;
constexpr std::uint64_t kEndMark = 0x444e454b4f4f4243ULL; // "CBOOKEND"

// What the books' priorities depend on: the priority and category dimensions.
std::uint64_t dimensionsFingerprint(const BookDimensions& d)
{
    Hasher h;
    for (const PriorityInfo& p : d.priorities) {
        h.add(p.key);
        h.add(p.level);
        h.add(p.severity);
        h.add(std::int64_t{p.slaHours.value_or(-1)});
        h.add(std::int64_t{p.known ? 1 : 0});
    }
    for (const auto& [pair, info] : d.categoryPairs) {
        h.add(pair.first);
        h.add(pair.second);
        h.add(std::int64_t{info.priority});
    }
    return h.finish();
}

std::uint64_t statusesFingerprint(const StatusClasses& statuses)
{
    Hasher h;
    for (const std::string& s : statuses.closedLower())
        h.add(s);
    return h.finish();
}

struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t byteOrder;
    std::uint32_t timestampBytes;
    std::uint32_t reserved;
    StorePosition position;
    std::uint64_t dimensions;
    std::uint64_t statuses;
};

// Deletes all but the kKeptImages most recently used images in the folder of path.
void pruneImages(const QString& path)
{
    QDir folder = QFileInfo(path).absoluteDir();
    const QFileInfoList images = folder.entryInfoList({QStringLiteral("*.book")}, QDir::Files, QDir::Time);
    for (qsizetype i = kKeptImages; i < images.size(); ++i)
        QFile::remove(images[i].absoluteFilePath());
}

} // namespace

QString bookImagePath(const QString& storeLocation)
{
    if (!qEnvironmentVariableIsEmpty("CAREPULSE_NO_BOOK_IMAGE"))
        return {};
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (cache.isEmpty())
        return {};
    // A server's address as given (without its password); a store file by its absolute path.
    const bool server = storeLocation.startsWith(QLatin1String("mysql://"));
    Hasher h;
    h.add((server ? storeLocation : QFileInfo(storeLocation).absoluteFilePath()).toStdString());
    return cache + QStringLiteral("/carepulse/books/") + QString::number(h.finish(), 16) + QStringLiteral(".book");
}

QString saveBookImage(const Books& books, const StorePosition& position, const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QStringLiteral("cannot create the folder of %1").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    Header header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.version = kFormatVersion;
    header.byteOrder = kByteOrder;
    header.timestampBytes = sizeof(Timestamp);
    header.position = position;
    header.dimensions = dimensionsFingerprint(books.cases.dimensions());
    header.statuses = statusesFingerprint(books.cases.statuses());
    ImageWriter out(file);
    out.value(header);
    books.cases.save(out);
    books.surveys.save(out);
    const std::uint64_t checksum = out.checksum();
    out.value(checksum);
    out.value(kEndMark);
    if (!out.ok() || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    pruneImages(path);
    return {};
}

BookImage readBookImage(const QString& path, const StatusClasses& statuses)
{
    BookImage image;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        image.why = QStringLiteral("no image at %1").arg(path);
        return image;
    }
    ImageReader in(file);
    Header header{};
    if (!in.value(header) || std::memcmp(header.magic, kMagic, sizeof kMagic) != 0 || header.version != kFormatVersion
        || header.byteOrder != kByteOrder || header.timestampBytes != sizeof(Timestamp)) {
        image.why = QStringLiteral("%1 is not an image this version writes").arg(path);
        return image;
    }
    if (header.statuses != statusesFingerprint(statuses)) {
        image.why = QStringLiteral("%1 was made with other closed statuses").arg(path);
        return image;
    }
    auto books = std::make_unique<Books>(Books{CaseBook(statuses), SurveyBook()});
    std::uint64_t end = 0;
    std::uint64_t checksum = 0;
    const bool whole = books->cases.restore(in) && books->surveys.restore(in);
    const std::uint64_t expected = in.checksum();
    if (!whole || !in.value(checksum) || checksum != expected || !in.value(end) || end != kEndMark || !file.atEnd()) {
        image.why = QStringLiteral("%1 is damaged").arg(path);
        return image;
    }
    file.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
    image.books = std::move(books);
    image.position = header.position;
    image.dimensionsFingerprint = header.dimensions;
    return image;
}

std::unique_ptr<Books> fitBookImage(BookImage image, BookDimensions dimensions, QString& why)
{
    if (!image.books) {
        why = image.why;
        return nullptr;
    }
    if (image.dimensionsFingerprint != dimensionsFingerprint(dimensions)
        || !image.books->cases.adoptDimensions(std::move(dimensions))) {
        why = QStringLiteral("the image was made with other priorities or categories");
        return nullptr;
    }
    return std::move(image.books);
}

} // namespace carepulse
