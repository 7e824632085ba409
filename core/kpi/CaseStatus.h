#pragma once
// One case's SLA standing as of T (metrics.md "SLA"): the per-case view behind the drill-down and the
// breach lists. computeKpis applies the same rules in its own tight loop.

#include "KpiSettings.h"
#include "book/CaseBook.h"

#include <algorithm>

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

// metrics.md's SLA rules as flags, computed without a branch on the case's state: for passes that count
// millions of cases (the groupings). evaluateCase applies the same rules case by case; tst_kpiindex holds
// the two equal.
struct SlaFlags {
    bool closed = false;
    bool breached = false;
    bool met = false;
    bool atRisk = false;
    std::int64_t overdueBy = 0; // (closed_at or T) - due; meaningful only when breached
};

class SlaFlagRules {
public:
    SlaFlagRules(const CaseBook& book, const AtRiskThresholds& thresholds);

    // The case must exist at T. Book is a CaseBook or its Columns.
    template<typename Book>
    SlaFlags operator()(const Book& book, std::uint32_t i, Timestamp T) const
    {
        const CaseBook::State state = book.stateAt(i, T);
        const std::int64_t elapsed = (state.closed ? state.closedAt : T) - book.created(i);
        // Any priority past the known ones is the unknown priority: the last slot, without an SLA.
        const std::size_t slot = std::min<std::size_t>(book.priority(i), m_unknownSlot);
        const std::int64_t sla = m_slaSeconds[slot];
        const bool hasSla = sla >= 0;
        SlaFlags f;
        f.closed = state.closed;
        f.breached = hasSla & (elapsed > sla);
        f.met = hasSla & state.closed & !f.breached;
        f.atRisk = hasSla & !state.closed & !f.breached & (elapsed >= m_atRiskSeconds[slot]);
        f.overdueBy = elapsed - sla;
        return f;
    }

private:
    // By priority index; the last slot is the unknown priority's.
    std::vector<std::int64_t> m_slaSeconds;
    std::vector<std::int64_t> m_atRiskSeconds;
    std::size_t m_unknownSlot = 0;
};

} // namespace carepulse
