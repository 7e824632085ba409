#include "Books.h"

#include "BookImage.h"
#include "store/Store.h"

#include <future>
#include <tuple>

namespace carepulse {

namespace {

// The identities of the events at position's arrival numbers (0 where there is none).
std::pair<std::int64_t, std::int64_t> identitiesAt(Store& store, const StorePosition& position)
{
    return {store.identityAt(Store::EventTable::CaseEvents, position.lastCaseSeq).value_or(0),
            store.identityAt(Store::EventTable::Surveys, position.lastSurveySeq).value_or(0)};
}

// Applies the store's events after position's arrival numbers, moving position on.
std::int64_t replay(Store& store, Books& books, StorePosition& position)
{
    std::int64_t read = 0;
    position.lastCaseSeq = store.forEachCaseEventAfter(position.lastCaseSeq, [&](const CaseEvent& e) {
        books.apply(e);
        ++read;
        ++position.caseEvents;
    });
    position.lastSurveySeq = store.forEachSurveyAfter(position.lastSurveySeq, [&](const SurveyEvent& s) {
        books.apply(s);
        ++read;
        ++position.surveys;
    });
    std::tie(position.lastCaseIdentity, position.lastSurveyIdentity) = identitiesAt(store, position);
    return read;
}

} // namespace

std::unique_ptr<Books> loadBooks(Store& store, const StatusClasses& statuses)
{
    auto books = std::make_unique<Books>(Books{CaseBook(statuses, BookDimensions::load(store)), SurveyBook()});
    StorePosition position;
    replay(store, *books, position);
    books->shrinkToFit(); // built event by event, the columns grew up to twice the cases
    return books;
}

BooksLoad loadBooks(Store& store, const StatusClasses& statuses, const QString& imagePath, std::int64_t saveAtEvents)
{
    BooksLoad load;
    StorePosition position;
    if (!imagePath.isEmpty()) {
        // The image is read while the dimensions load from the store: neither needs the other.
        std::future<BookImage> image = std::async(std::launch::async, [&] { return readBookImage(imagePath, statuses); });
        BookDimensions dimensions = BookDimensions::load(store);
        BookImage read = image.get();
        position = read.position;
        load.books = fitBookImage(std::move(read), std::move(dimensions), load.imageNote);
        // The store still holds the image's last events (not another store at the same place).
        if (load.books
            && identitiesAt(store, position) != std::make_pair(position.lastCaseIdentity, position.lastSurveyIdentity)) {
            load.imageNote = QStringLiteral("%1 was made from another store").arg(imagePath);
            load.books.reset();
        }
        if (load.books) {
            load.eventsRead = replay(store, *load.books, position);
            // Every event the store holds is in the books exactly when the counts agree (events are never
            // deleted; one committed late below the image's arrival numbers would make the store's count larger).
            const Store::EventCounts counts = store.eventCounts();
            if (counts.caseEvents == position.caseEvents && counts.surveys == position.surveys) {
                load.fromImage = true;
            } else {
                load.imageNote = QStringLiteral("%1 does not match the store's events").arg(imagePath);
                load.books.reset();
            }
        }
    }
    if (!load.books) {
        position = {};
        load.books = std::make_unique<Books>(Books{CaseBook(statuses, BookDimensions::load(store)), SurveyBook()});
        load.eventsRead = replay(store, *load.books, position);
        load.books->shrinkToFit(); // built event by event, the columns grew up to twice the cases
    }
    const std::int64_t held = position.caseEvents + position.surveys;
    if (!imagePath.isEmpty() && load.eventsRead >= saveAtEvents && load.eventsRead * 10 >= held) {
        const QString error = saveBookImage(*load.books, position, imagePath);
        if (!error.isEmpty())
            load.imageNote = error;
    }
    return load;
}

} // namespace carepulse
