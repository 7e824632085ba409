#include "KpiJson.h"

#include <charconv>
#include <cstdio>

namespace carepulse {

namespace {

class JsonWriter {
public:
    std::string text;

    void raw(std::string_view s) { text += s; }
    void key(std::string_view k)
    {
        comma();
        text += '"';
        text += k;
        text += "\":";
        m_afterKey = true; // the value follows without a comma
    }
    template <typename T>
    void field(std::string_view k, const T& v)
    {
        key(k);
        value(v);
    }
    void value(std::int64_t v)
    {
        comma();
        text += std::to_string(v);
    }
    void value(const std::optional<double>& v)
    {
        comma();
        text += v ? formatNumber(*v) : "null";
    }
    void value(const std::optional<int>& v)
    {
        comma();
        text += v ? std::to_string(*v) : "null";
    }
    void value(const std::optional<std::string>& v)
    {
        comma();
        if (!v) {
            text += "null";
            return;
        }
        text += '"';
        for (char c : *v) {
            if (c == '"' || c == '\\') {
                text += '\\';
                text += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                text += buffer;
            } else {
                text += c;
            }
        }
        text += '"';
    }
    void open(char bracket)
    {
        comma();
        text += bracket;
        m_first = true;
    }
    void close(char bracket)
    {
        text += bracket;
        m_first = false;
    }

private:
    void comma()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first)
            text += ',';
        m_first = false;
    }
    bool m_first = true;
    bool m_afterKey = false;
};

void writeWindow(JsonWriter& j, const WindowFigures& w)
{
    j.open('{');
    j.field("opened", w.opened);
    j.field("closed", w.closed);
    j.field("surveys", w.surveys);
    j.field("positive", w.positive);
    j.field("neutral", w.neutral);
    j.field("negative", w.negative);
    j.key("resolution_s");
    j.open('{');
    j.field("mean", w.resolutionMean);
    j.field("median", w.resolutionMedian);
    j.field("p90", w.resolutionP90);
    j.close('}');
    j.close('}');
}

} // namespace

std::string formatNumber(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string kpiToJson(const KpiSnapshot& s)
{
    JsonWriter j;
    j.open('{');
    j.field("as_of", std::optional<std::string>(formatTimestamp(s.asOf)));
    j.key("cases");
    j.open('{');
    j.field("total", s.total);
    j.field("open", s.open);
    j.field("closed", s.closed);
    j.close('}');
    j.key("rolling");
    j.open('{');
    static constexpr std::array<std::string_view, KpiSnapshot::RollingCount> rollingNames = {"1h", "24h", "7d", "30d"};
    for (std::size_t w = 0; w < rollingNames.size(); ++w) {
        j.key(rollingNames[w]);
        writeWindow(j, s.rolling[w]);
    }
    j.close('}');
    j.key("calendar");
    j.open('{');
    static constexpr std::array<std::string_view, KpiSnapshot::CalendarCount> calendarNames = {"today", "week", "month"};
    for (std::size_t w = 0; w < calendarNames.size(); ++w) {
        j.key(calendarNames[w]);
        writeWindow(j, s.calendar[w]);
    }
    j.close('}');
    j.key("by_priority");
    j.open('[');
    for (const PriorityFigures& p : s.byPriority) {
        j.open('{');
        j.field("priority", std::optional<std::string>(p.key));
        j.field("level", p.level);
        j.field("severity", p.severity);
        j.field("sla_hours", p.slaHours);
        j.field("total", p.total);
        j.field("open", p.open);
        j.field("closed", p.closed);
        j.close('}');
    }
    j.close(']');
    j.key("sla");
    j.open('{');
    j.field("with_sla", s.sla.withSla);
    j.field("met", s.sla.met);
    j.field("breached", s.sla.breached());
    j.field("breached_open", s.sla.breachedOpen);
    j.field("breached_closed", s.sla.breachedClosed);
    j.field("at_risk", s.sla.atRisk);
    j.field("compliance_pct", s.sla.compliancePct());
    j.close('}');
    j.key("surveys");
    j.open('{');
    j.field("total", s.surveys.total);
    j.field("positive", s.surveys.positive);
    j.field("neutral", s.surveys.neutral);
    j.field("negative", s.surveys.negative);
    j.field("csat_pct", s.surveys.csatPct());
    j.close('}');
    j.close('}');
    return j.text;
}

} // namespace carepulse
