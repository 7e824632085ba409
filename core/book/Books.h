#pragma once
// The case and survey books together, built from a store.

#include "CaseBook.h"
#include "SurveyBook.h"

#include <QString>

#include <memory>
#include <vector>

namespace carepulse {

class Store;

// Events that arrived together (a live source's batch), applied to the books in one go.
struct EventBatch {
    std::vector<CaseEvent> cases;
    std::vector<SurveyEvent> surveys;
    std::int64_t receivedMs = 0; // steady-clock ms when the batch's first event was received (latency)
    std::size_t size() const { return cases.size() + surveys.size(); }
};

struct Books {
    CaseBook cases;
    SurveyBook surveys;

    void apply(const CaseEvent& e) { cases.apply(e); }
    void apply(const SurveyEvent& s) { surveys.apply(cases.caseIndex(s.caseNo), s); }
    void apply(const EventBatch& batch)
    {
        for (const CaseEvent& e : batch.cases)
            apply(e);
        for (const SurveyEvent& s : batch.surveys)
            apply(s);
    }
    void shrinkToFit()
    {
        cases.shrinkToFit();
        surveys.shrinkToFit();
    }
};

// Reads the dimensions, every case event and every survey from the store.
std::unique_ptr<Books> loadBooks(Store& store, const StatusClasses& statuses = {});

// The same books, starting from the saved image at imagePath (BookImage.h) when it fits the store and
// replaying only the events the store gained since; an image that does not fit is ignored. A fresh image
// is saved when the books needed many events from the store (at least saveAtEvents, and at least a tenth
// of the books). An empty imagePath reads everything from the store and saves nothing.
struct BooksLoad {
    std::unique_ptr<Books> books;
    bool fromImage = false;
    std::int64_t eventsRead = 0; // case events and surveys read from the store
    QString imageNote;           // why the image was not used or not saved; empty when all went well
};
BooksLoad loadBooks(Store& store, const StatusClasses& statuses, const QString& imagePath,
                    std::int64_t saveAtEvents = 200'000);

} // namespace carepulse
