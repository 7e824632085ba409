#include "CaseStatus.h"

#include "KpiEngine.h"

namespace carepulse {

const char* slaStateName(SlaState state)
{
    switch (state) {
    case SlaState::NoSla: return "no-sla";
    case SlaState::Met: return "met";
    case SlaState::Breached: return "breached";
    case SlaState::AtRisk: return "at-risk";
    case SlaState::OnTrack: return "on-track";
    }
    return "";
}

AtRiskThresholds::AtRiskThresholds(const BookDimensions& dimensions, const KpiSettings& settings)
{
    for (const PriorityInfo& p : dimensions.priorities)
        m_seconds.push_back(p.slaHours ? atRiskThreshold(settings, p, std::int64_t{*p.slaHours} * 3600) : 0);
}

CaseStatus evaluateCase(const CaseBook& book, std::uint32_t i, Timestamp T, const AtRiskThresholds& thresholds)
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
