#include "Books.h"

#include "store/Store.h"

namespace carepulse {

std::unique_ptr<Books> loadBooks(Store& store, const StatusClasses& statuses)
{
    auto books = std::make_unique<Books>(Books{CaseBook(statuses, BookDimensions::load(store)), SurveyBook()});
    store.forEachCaseEvent([&](const CaseEvent& e) { books->apply(e); });
    store.forEachSurvey([&](const SurveyEvent& s) { books->apply(s); });
    return books;
}

} // namespace carepulse
