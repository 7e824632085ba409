#pragma once
// Events as the live sources see them, and small helpers shared by the live tests.

#include "live/LiveSource.h"
#include "parse/RecordBatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>

#include <functional>
#include <string>

namespace carepulse::test {

// One case event as a JSON object on one line (no newline).
QByteArray caseJson(int caseNo, const char* created, const char* modified, const char* status,
                    const char* category = "CAT1", const char* subCategory = "SCAT1");
QByteArray surveyJson(const char* surveyId, int caseNo, const char* at, int q1);

// A deterministic mixed stream of `cases` cases as JSON Lines: each Open, most later Closed, some
// surveyed; about 2.2 events a case.
QByteArray jsonLinesStream(int cases, int firstCaseNo = 1);
// The same records as concatenated JSON arrays of `perArray` records each.
QByteArray jsonArrays(const QByteArray& jsonLines, int perArray);

// Reads everything a source has now into batch; returns the records read.
std::int64_t drain(LiveSource& source, RecordBatch& batch);
// Processes events until done() or the deadline (ms) passes; returns done().
bool waitFor(const std::function<bool()>& done, int timeoutMs = 10'000);

// case_no of every case event and survey_id of every survey, in order.
std::vector<std::string> caseNos(const RecordBatch& batch);

} // namespace carepulse::test
