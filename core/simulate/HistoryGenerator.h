#pragma once
// Generates the case history: `count` cases created in [start, end), each with an Open event and, for
// about 62% of them, a later Closed event no later than `end`. Resolution times are drawn relative to
// the case's SLA so that about one closed case in eight (with an SLA) closed late.

#include "CaseDrawer.h"
#include "model/Timestamp.h"

#include <cstdint>
#include <vector>

namespace carepulse::simulate {

struct HistoryOptions {
    std::uint64_t seed = 1;
    std::size_t caseCount = 0;
    Timestamp start = 0;
    Timestamp end = 0;
};

struct CaseHistory {
    std::vector<SimCase> cases; // ascending creation time; case_no = kFirstCaseNo + index
    std::size_t closedCount = 0;
};

// case_no of the first generated case: clear of the real seed cases (600001..601000).
constexpr std::uint64_t kFirstCaseNo = 1000001;
// The course history's share of closed cases (310,264 of 498,000: 808,264 events in data set S).
constexpr std::uint64_t kClosedPerMillion = 623020;

CaseHistory generateCases(const HistoryOptions& options, const ReferenceData& reference, const CaseMix& mix,
                          const EmployeeDirectory& employees, const ProductCatalog& products);

// The closed case's SLA is known and its resolution took longer than the SLA.
bool closedLate(const SimCase& c, const CaseMix& mix);

} // namespace carepulse::simulate
