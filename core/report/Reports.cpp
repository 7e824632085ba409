#include "Reports.h"

#include "CsvWriter.h"
#include "Trends.h"
#include "book/Books.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiJson.h"
#include "kpi/KpiTable.h"
#include "store/Store.h"
#include "util/Hash.h"

#include <cstdio>

namespace carepulse {

namespace {

constexpr std::pair<ReportKind, std::string_view> kReportNames[] = {
    {ReportKind::Kpi, "kpi"},         {ReportKind::ByPriority, "by-priority"},
    {ReportKind::Breaches, "breaches"}, {ReportKind::Groups, "groups"},
    {ReportKind::Trends, "trends"},   {ReportKind::SurveyQuestions, "survey-questions"},
    {ReportKind::Quarantine, "quarantine"},
};

std::string number(std::int64_t v)
{
    return std::to_string(v);
}

std::string optionalNumber(const std::optional<double>& v)
{
    return v ? formatNumber(*v) : std::string();
}

std::string time(Timestamp t)
{
    return t == CaseBook::kNever ? std::string() : formatTimestamp(t);
}

ReportTable kpiTable(const KpiSnapshot& s)
{
    ReportTable t{{"metric", "value"}, {}};
    for (auto& [name, value] : kpiRows(s))
        t.rows.push_back({name, value});
    return t;
}

ReportTable byPriorityTable(const KpiSnapshot& s)
{
    ReportTable t{{"priority", "level", "severity", "sla_hours", "total", "open", "closed"}, {}};
    for (const PriorityFigures& p : s.byPriority) {
        t.rows.push_back({p.key, p.level.value_or(""), p.severity.value_or(""),
                          p.slaHours ? std::to_string(*p.slaHours) : std::string(), number(p.total), number(p.open),
                          number(p.closed)});
    }
    return t;
}

ReportTable surveyQuestionsTable(const KpiSnapshot& s)
{
    ReportTable t{{"question", "positive", "neutral", "negative", "unanswered"}, {}};
    for (std::size_t q = 0; q < s.questions.size(); ++q) {
        const QuestionFigures& f = s.questions[q];
        t.rows.push_back({"Q" + std::to_string(q + 1), number(f.positive), number(f.neutral), number(f.negative),
                          number(f.unanswered)});
    }
    return t;
}

ReportTable trendsTable(const Trends& trends)
{
    ReportTable t{{"series", "period_start", "value"}, {}};
    const auto add = [&](const char* series, Timestamp start, Timestamp step, const std::vector<std::int64_t>& values) {
        for (std::size_t i = 0; i < values.size(); ++i)
            t.rows.push_back({series, formatTimestamp(start + static_cast<Timestamp>(i) * step), number(values[i])});
    };
    add("opened_per_hour", trends.firstHour, 3600, trends.openedPerHour);
    add("closed_per_hour", trends.firstHour, 3600, trends.closedPerHour);
    add("backlog_per_hour", trends.firstHour, 3600, trends.backlogPerHour);
    add("opened_per_day", trends.firstDay, kSecondsPerDay, trends.openedPerDay);
    add("closed_per_day", trends.firstDay, kSecondsPerDay, trends.closedPerDay);
    for (std::size_t d = 0; d < trends.openedPerDay.size(); ++d) {
        t.rows.push_back({"csat_pct_per_day", formatTimestamp(trends.firstDay + static_cast<Timestamp>(d) * kSecondsPerDay),
                          optionalNumber(trends.csatPct(d))});
    }
    for (std::size_t d = 0; d < trends.openedPerDay.size(); ++d) {
        t.rows.push_back({"sla_compliance_pct_per_day",
                          formatTimestamp(trends.firstDay + static_cast<Timestamp>(d) * kSecondsPerDay),
                          optionalNumber(trends.compliancePct(d))});
    }
    static constexpr const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    for (std::size_t day = 0; day < 7; ++day) {
        for (std::size_t hour = 0; hour < 24; ++hour) {
            char period[16];
            std::snprintf(period, sizeof period, "%s %02zu:00", kDays[day], hour);
            t.rows.push_back({"arrivals_by_weekday_hour", period, number(trends.arrivals[day][hour])});
        }
    }
    return t;
}

ReportTable quarantineTable(Store& store)
{
    ReportTable t{{"source", "line", "byte_offset", "record_kind", "reason", "field", "detail", "raw"}, {}};
    store.forEachQuarantined([&](const Store::QuarantineEntry& e) {
        const QuarantineRecord& q = e.record;
        t.rows.push_back({e.source.toStdString(), number(q.line), number(q.offset), std::string(recordKindName(q.kind)),
                          std::string(reasonName(q.reason)), q.field, q.detail, q.raw});
    });
    return t;
}

} // namespace

std::optional<ReportKind> reportKindFromName(std::string_view name)
{
    for (const auto& [kind, text] : kReportNames) {
        if (text == name)
            return kind;
    }
    return std::nullopt;
}

std::string reportKindName(ReportKind kind)
{
    for (const auto& [k, text] : kReportNames) {
        if (k == kind)
            return std::string(text);
    }
    return {};
}

std::vector<std::string> reportKindNames()
{
    std::vector<std::string> names;
    for (const auto& [kind, text] : kReportNames)
        names.emplace_back(text);
    return names;
}

std::string ReportTable::toCsv() const
{
    CsvWriter csv;
    csv.row(header);
    for (const auto& row : rows)
        csv.row(row);
    return csv.take();
}

ReportTable caseRowsTable(const CaseGrouper& grouper, const CaseGrouper::CaseRows& rows)
{
    ReportTable t{{"case_no", "priority", "level", "severity", "sla_hours", "created", "due", "closed_at", "elapsed_s",
                   "overdue_by_s", "state", "sla_state", "call_center", "location", "employee", "manager", "category",
                   "sub_category", "channel", "country", "product"},
                  {}};
    const CaseLabels& labels = grouper.labels();
    for (const CaseGrouper::CaseRow& r : rows) {
        const std::uint32_t i = r.caseIndex;
        const PriorityInfo* p = labels.priority(i);
        const CaseStatus& s = r.status;
        t.rows.push_back({grouper.caseNo(i), p ? p->key : "unknown", p && p->known ? p->level : "",
                          p && p->known ? p->severity : "", p && p->slaHours ? std::to_string(*p->slaHours) : "",
                          time(grouper.created(i)), time(s.due), time(s.closedAt),
                          number(s.elapsed), s.sla == SlaState::Breached ? number(s.overdueBy) : "",
                          s.closed ? "closed" : "open", slaStateName(s.sla), labels.text(i, CaseBook::Attribute::CallCenter),
                          labels.centreLocation(i), labels.employeeName(i), labels.managerName(i), labels.categoryName(i),
                          labels.subCategoryName(i), labels.text(i, CaseBook::Attribute::Channel),
                          labels.text(i, CaseBook::Attribute::Country), labels.text(i, CaseBook::Attribute::Product)});
    }
    return t;
}

ReportTable groupRowsTable(const std::vector<GroupKey>& levels, const std::vector<GroupRow>& rows)
{
    ReportTable t;
    for (GroupKey key : levels) {
        t.header.push_back(groupKeyName(key));
        t.header.push_back(groupKeyName(key) + "_name");
    }
    for (const char* column : {"cases", "open", "breached", "at_risk", "met", "compliance_pct", "median_overdue_by_s"})
        t.header.emplace_back(column);
    for (const GroupRow& g : rows) {
        std::vector<std::string> row;
        for (const GroupMember& m : g.members) {
            row.push_back(m.key);
            row.push_back(m.name);
        }
        for (std::int64_t v : {g.cases, g.open, g.breached, g.atRisk, g.met})
            row.push_back(number(v));
        row.push_back(optionalNumber(g.compliancePct));
        row.push_back(g.medianOverdue ? number(*g.medianOverdue) : "");
        t.rows.push_back(std::move(row));
    }
    return t;
}

namespace {

// The snapshot of the reports built on it, with the global filters applied.
KpiSnapshot filteredKpis(const Books& books, const ReportOptions& o)
{
    const CaseFilterIndex accepted(books.cases, o.filter);
    return computeKpis(books.cases, books.surveys, o.settings, o.asOf, o.filter.empty() ? nullptr : &accepted);
}

} // namespace

ReportTable buildReport(ReportKind kind, const Books& books, Store* store, const ReportOptions& o)
{
    switch (kind) {
    case ReportKind::Kpi: return kpiTable(filteredKpis(books, o));
    case ReportKind::ByPriority: return byPriorityTable(filteredKpis(books, o));
    case ReportKind::SurveyQuestions:
        return surveyQuestionsTable(filteredKpis(books, o));
    case ReportKind::Breaches: {
        const CaseGrouper grouper(books.cases, o.settings);
        return caseRowsTable(grouper,
                             searchAndSort(books.cases, o.asOf, grouper.cases(o.asOf, o.state, o.filter, o.within), o.caseList));
    }
    case ReportKind::Groups: {
        const CaseGrouper grouper(books.cases, o.settings);
        const std::vector<GroupKey> levels = o.groupBy.empty() ? std::vector<GroupKey>{GroupKey::CallCenter} : o.groupBy;
        return groupRowsTable(levels, grouper.group(o.asOf, levels, o.filter, o.within));
    }
    case ReportKind::Trends:
        return trendsTable(computeTrends(books.cases, books.surveys, o.settings, o.asOf, o.trendDays, o.filter));
    case ReportKind::Quarantine: return store ? quarantineTable(*store) : ReportTable{};
    }
    return {};
}

std::string storeFingerprint(Store& store)
{
    Hasher h;
    for (const TableCount& t : store.tableCounts()) {
        h.add(t.table.toStdString());
        h.add(t.rows);
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h.finish()));
    return text;
}

} // namespace carepulse
