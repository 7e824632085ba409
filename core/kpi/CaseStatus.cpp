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

} // namespace carepulse
