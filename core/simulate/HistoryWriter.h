#pragma once
// Writes the generated history as the course's TSV files: case events in event-time order (as a real
// export from the case tool would be, Open and Closed rows interleaved) and surveys in answer order.

#include "HistoryGenerator.h"
#include "SurveyGenerator.h"

namespace carepulse::simulate {

class TsvWriter;

void writeCaseEvents(const CaseHistory& history, const ReferenceData& reference, const CaseMix& mix,
                     Timestamp start, TsvWriter& writer);

void writeSurveys(const std::vector<SimSurvey>& surveys, TsvWriter& writer);

// survey_id of the first survey ("S-100001").
constexpr std::uint64_t kFirstSurveyNo = 100001;

} // namespace carepulse::simulate
