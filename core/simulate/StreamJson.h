#pragma once
// The stream's events as JSON objects in the course's shape: a case has its 11 fields, all strings; a
// survey has survey_id, case_no, survey_timestamp and Q1..Q5 (the scales as numbers, Q4 "Y" or "N", an
// unanswered question as ""). Formatted by hand: the stream sends up to hundreds of thousands a second.

#include "StreamGenerator.h"

#include <string>

namespace carepulse::simulate {

// Appends the event as one JSON object, without a line end.
void appendJson(const StreamEvent& event, std::string& out);

} // namespace carepulse::simulate
