#include "KpiTable.h"

#include "KpiJson.h"

namespace carepulse {

namespace {

std::string text(const std::optional<double>& v)
{
    return v ? formatNumber(*v) : std::string();
}

void addWindow(std::vector<std::pair<std::string, std::string>>& rows, const std::string& prefix, const WindowFigures& w)
{
    rows.emplace_back(prefix + ".opened", std::to_string(w.opened));
    rows.emplace_back(prefix + ".closed", std::to_string(w.closed));
    rows.emplace_back(prefix + ".surveys", std::to_string(w.surveys));
    rows.emplace_back(prefix + ".positive", std::to_string(w.positive));
    rows.emplace_back(prefix + ".neutral", std::to_string(w.neutral));
    rows.emplace_back(prefix + ".negative", std::to_string(w.negative));
    rows.emplace_back(prefix + ".resolution_s.mean", text(w.resolutionMean));
    rows.emplace_back(prefix + ".resolution_s.median", text(w.resolutionMedian));
    rows.emplace_back(prefix + ".resolution_s.p90", text(w.resolutionP90));
}

} // namespace

std::vector<std::pair<std::string, std::string>> kpiRows(const KpiSnapshot& s)
{
    std::vector<std::pair<std::string, std::string>> rows;
    rows.emplace_back("as_of", formatTimestamp(s.asOf));
    rows.emplace_back("cases.total", std::to_string(s.total));
    rows.emplace_back("cases.open", std::to_string(s.open));
    rows.emplace_back("cases.closed", std::to_string(s.closed));
    const char* rolling[] = {"1h", "24h", "7d", "30d"};
    for (std::size_t w = 0; w < s.rolling.size(); ++w)
        addWindow(rows, std::string("rolling.") + rolling[w], s.rolling[w]);
    const char* calendar[] = {"today", "week", "month"};
    for (std::size_t w = 0; w < s.calendar.size(); ++w)
        addWindow(rows, std::string("calendar.") + calendar[w], s.calendar[w]);
    for (const PriorityFigures& p : s.byPriority) {
        const std::string prefix = "by_priority." + p.key;
        rows.emplace_back(prefix + ".total", std::to_string(p.total));
        rows.emplace_back(prefix + ".open", std::to_string(p.open));
        rows.emplace_back(prefix + ".closed", std::to_string(p.closed));
    }
    rows.emplace_back("sla.with_sla", std::to_string(s.sla.withSla));
    rows.emplace_back("sla.met", std::to_string(s.sla.met));
    rows.emplace_back("sla.breached", std::to_string(s.sla.breached()));
    rows.emplace_back("sla.breached_open", std::to_string(s.sla.breachedOpen));
    rows.emplace_back("sla.breached_closed", std::to_string(s.sla.breachedClosed));
    rows.emplace_back("sla.at_risk", std::to_string(s.sla.atRisk));
    rows.emplace_back("sla.compliance_pct", text(s.sla.compliancePct()));
    rows.emplace_back("surveys.total", std::to_string(s.surveys.total));
    rows.emplace_back("surveys.positive", std::to_string(s.surveys.positive));
    rows.emplace_back("surveys.neutral", std::to_string(s.surveys.neutral));
    rows.emplace_back("surveys.negative", std::to_string(s.surveys.negative));
    rows.emplace_back("surveys.csat_pct", text(s.surveys.csatPct()));
    return rows;
}

} // namespace carepulse
