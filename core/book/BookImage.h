#pragma once
// A saved image of the books, so a large store opens in seconds instead of replaying every event: the case
// and survey books' columns as they stood after a build, with the store position they reflect (the last
// case-event and survey arrival numbers and how many there were) and fingerprints of what shaped them
// (the priority and category dimensions, the closed statuses). Opening replays only the events the store
// gained since (Books.h). An image that does not fit (other dimensions or statuses, a store that lost or
// gained events out of order, a damaged or older file) is set aside and the books are built from the store.

#include "Books.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace carepulse {

struct StorePosition {
    std::int64_t lastCaseSeq = 0;      // the last case event's arrival number in the books
    std::int64_t lastCaseIdentity = 0; // and its identity: the same store still holds it
    std::int64_t caseEvents = 0;       // how many case events the books hold
    std::int64_t lastSurveySeq = 0;
    std::int64_t lastSurveyIdentity = 0;
    std::int64_t surveys = 0;
};

// Where the image of the store at location is kept: a file under the user's cache folder that the desktop
// and carepulse-cli share. Empty when there is no cache folder or CAREPULSE_NO_BOOK_IMAGE is set.
QString bookImagePath(const QString& storeLocation);

// Writes the image atomically (a temporary file renamed into place). Returns why it could not, or empty.
// Images are a cache: the folder keeps the kKeptImages most recently used, older ones are deleted.
inline constexpr int kKeptImages = 4;
QString saveBookImage(const Books& books, const StorePosition& position, const QString& path);

// Opening is split in two so the file can be read while the dimensions load from the store.
struct BookImage {
    std::unique_ptr<Books> books; // without dimensions yet; nullptr when the file is no usable image
    StorePosition position;
    std::uint64_t dimensionsFingerprint = 0;
    QString why; // why books is nullptr
};
// The books as saved, when the file is a whole image made with these status classes. A whole image is
// marked as used (its modification time), so the folder keeps it.
BookImage readBookImage(const QString& path, const StatusClasses& statuses);
// The image's books with the store's dimensions, when it was made with them; otherwise nullptr, why set.
std::unique_ptr<Books> fitBookImage(BookImage image, BookDimensions dimensions, QString& why);

} // namespace carepulse
