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

SlaFlagRules::SlaFlagRules(const CaseBook& book, const AtRiskThresholds& thresholds)
{
    const std::size_t priorities = book.dimensions().priorities.size();
    m_unknownSlot = priorities;
    m_slaSeconds.assign(priorities + 1, -1);
    m_atRiskSeconds.assign(priorities + 1, 0);
    for (std::size_t p = 0; p < priorities; ++p) {
        m_slaSeconds[p] = book.prioritySlaSeconds(static_cast<std::uint16_t>(p));
        m_atRiskSeconds[p] = thresholds[static_cast<std::uint16_t>(p)];
    }
}

} // namespace carepulse
