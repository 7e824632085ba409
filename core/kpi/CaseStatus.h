#pragma once
// One case's SLA standing as of T (metrics.md "SLA"): the per-case view behind the drill-down and the
// breach lists. computeKpis applies the same rules in its own tight loop.

#include "KpiSettings.h"
#include "book/CaseBook.h"

namespace carepulse {

enum class SlaState : std::uint8_t {
    NoSla,    // unknown priority or SLA NA
    Met,      // closed within the SLA
    Breached, // closed late, or open past the SLA
    AtRisk,   // open, not breached, past the at-risk threshold
    OnTrack,  // open and below the threshold
};
const char* slaStateName(SlaState state);

struct CaseStatus {
    bool closed = false;
    Timestamp closedAt = CaseBook::kNever;
    SlaState sla = SlaState::NoSla;
    std::int64_t slaSeconds = -1;
    Timestamp due = CaseBook::kNever; // created + SLA
    std::int64_t elapsed = 0;         // (closed_at or T) - created
    std::int64_t overdueBy = 0;       // (closed_at or T) - due, for breached cases
};

// Per priority index: the elapsed seconds from which an open case is at risk.
class AtRiskThresholds {
public:
    AtRiskThresholds(const BookDimensions& dimensions, const KpiSettings& settings);
    std::int64_t operator[](std::uint16_t priority) const { return m_seconds[priority]; }

private:
    std::vector<std::int64_t> m_seconds;
};

// The case must exist at T (created <= T). Inline: the groupings and case lists call it once a case.
// Book is a CaseBook or, in a pass over many cases, its CaseBook::Columns.
template<typename Book>
inline CaseStatus evaluateCase(const Book& book, std::uint32_t i, Timestamp T, const AtRiskThresholds& thresholds)
{
    CaseStatus s;
    const Timestamp created = book.created(i);
    const CaseBook::State state = book.stateAt(i, T);
    s.closed = state.closed;
    s.closedAt = state.closedAt;
    const Timestamp end = state.closed ? state.closedAt : T;
    s.elapsed = end - created;
    s.slaSeconds = book.slaSeconds(i);
    if (s.slaSeconds < 0)
        return s;
    s.due = created + s.slaSeconds;
    if (s.elapsed > s.slaSeconds) {
        s.sla = SlaState::Breached;
        s.overdueBy = end - s.due;
    } else if (state.closed) {
        s.sla = SlaState::Met;
    } else {
        s.sla = s.elapsed >= thresholds[book.priority(i)] ? SlaState::AtRisk : SlaState::OnTrack;
    }
    return s;
}

} // namespace carepulse
