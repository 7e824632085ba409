#pragma once
// The case and survey books together, built from a store.

#include "CaseBook.h"
#include "SurveyBook.h"

#include <memory>

namespace carepulse {

class Store;

struct Books {
    CaseBook cases;
    SurveyBook surveys;

    void apply(const CaseEvent& e) { cases.apply(e); }
    void apply(const SurveyEvent& s) { surveys.apply(cases.caseIndex(s.caseNo), s); }
};

// Reads the dimensions, every case event and every survey from the store.
std::unique_ptr<Books> loadBooks(Store& store, const StatusClasses& statuses = {});

} // namespace carepulse
