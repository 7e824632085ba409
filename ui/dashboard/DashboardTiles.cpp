#include "DashboardTiles.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

// The translation context of the tiles' texts.
struct DashboardTiles {
    Q_DECLARE_TR_FUNCTIONS(DashboardTiles)
};

} // namespace

namespace carepulse::ui {

namespace {

QString windowCaption(const WindowFigures& w)
{
    return DashboardTiles::tr("opened %1 · closed %2").arg(formatCount(w.opened), formatCount(w.closed));
}

TileValue windowValue(const WindowFigures& w)
{
    return { formatCount(w.opened) + QStringLiteral(" / ") + formatCount(w.closed), windowCaption(w),
        QVariantList { static_cast<qlonglong>(w.opened), static_cast<qlonglong>(w.closed) } };
}

std::vector<double> lastOf(const std::vector<std::int64_t>& values, std::size_t count)
{
    const std::size_t first = values.size() > count ? values.size() - count : 0;
    std::vector<double> out;
    for (std::size_t i = first; i < values.size(); ++i) {
        if (out.empty() && values[i] == 0)
            continue; // before the data starts
        out.push_back(static_cast<double>(values[i]));
    }
    return out;
}

template<typename F> std::vector<double> perDay(const Trends& trends, F value)
{
    std::vector<double> out;
    for (std::size_t d = 0; d < trends.openedPerDay.size(); ++d) {
        if (const std::optional<double> v = value(d))
            out.push_back(*v);
    }
    return out;
}

} // namespace

QString formatCount(std::int64_t value)
{
    return QLocale().toString(static_cast<qlonglong>(value));
}

QString formatHours(const std::optional<double>& seconds)
{
    if (!seconds)
        return QStringLiteral("–");
    if (*seconds < 3600)
        return DashboardTiles::tr("%1 min").arg(QLocale().toString(*seconds / 60.0, 'f', 0));
    return DashboardTiles::tr("%1 h").arg(QLocale().toString(*seconds / 3600.0, 'f', 1));
}

QString formatPercent(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}

std::vector<TileSpec> dashboardTiles()
{
    return {
        { TileId::Total, DashboardTiles::tr("Total cases"), DashboardTiles::tr("cases.total: cases that exist at T (created ≤ T)."), CaseState::All },
        { TileId::Open, DashboardTiles::tr("Backlog (open)"),
            DashboardTiles::tr("cases.open: existing cases open at T — the status of their latest event with time ≤ T is open-class, "
               "or they have no event ≤ T yet."),
            CaseState::Open },
        { TileId::Closed, DashboardTiles::tr("Closed"), DashboardTiles::tr("cases.closed: existing cases whose latest event with time ≤ T has a "
                                           "closed-class status."),
            CaseState::Closed },
        { TileId::LastHour, DashboardTiles::tr("Last hour"),
            DashboardTiles::tr("Rolling window (T − 1 h, T]. opened: cases created in the window; closed: cases closed at T whose "
               "closing time is in the window."),
            std::nullopt },
        { TileId::Today, DashboardTiles::tr("Today"),
            DashboardTiles::tr("Calendar window [00:00:00 of T's date, T]. opened: cases created in it; closed: cases closed at T "
               "whose closing time is in it."),
            std::nullopt },
        { TileId::Week, DashboardTiles::tr("This week"),
            DashboardTiles::tr("Calendar window from 00:00:00 of the first day of T's fiscal week (weeks start on Saturday; ISO week "
               "without a calendar) to T. opened / closed as for the other windows."),
            std::nullopt },
        { TileId::Month, DashboardTiles::tr("This month"),
            DashboardTiles::tr("Calendar window from 00:00:00 of the first day of T's fiscal month (civil month without a calendar) "
               "to T. opened / closed as for the other windows."),
            std::nullopt },
        { TileId::Surveys, DashboardTiles::tr("Surveys"),
            DashboardTiles::tr("surveys.total: each case's first survey (earliest survey_timestamp ≤ T; ties: the smaller survey_id "
               "as text). Surveys of unknown or open cases count."),
            std::nullopt },
        { TileId::Csat, DashboardTiles::tr("CSAT"),
            DashboardTiles::tr("csat_pct = 100 × positive / (positive + neutral + negative), over first surveys; a survey's sentiment "
               "is the class of its answer to the overall question (Q1 by default)."),
            std::nullopt },
        { TileId::Sentiment, DashboardTiles::tr("Positive / negative"),
            DashboardTiles::tr("First surveys whose overall answer is in the question's positive band / negative band (negative, "
               "then neutral, then positive: the first band holding the value wins)."),
            std::nullopt },
        { TileId::Compliance, DashboardTiles::tr("SLA compliance"),
            DashboardTiles::tr("compliance_pct = 100 × met / (met + breached closed). Met: closed within the SLA (closed_at − created "
               "≤ SLA hours × 3600 s). Cases without an SLA are in no SLA count."),
            CaseState::Breached },
        { TileId::Breached, DashboardTiles::tr("Breached"),
            DashboardTiles::tr("Breached at T: closed with closed_at − created > SLA, or open with T − created > SLA."),
            CaseState::Breached },
        { TileId::AtRisk, DashboardTiles::tr("At risk"),
            DashboardTiles::tr("At risk at T: open, not breached, and T − created ≥ the at-risk fraction (0.75 by default) × SLA."),
            CaseState::AtRisk },
        { TileId::Met, DashboardTiles::tr("Met the SLA"),
            DashboardTiles::tr("Met: closed at T within the SLA (closed_at − created ≤ SLA hours × 3600 s)."),
            std::nullopt },
        { TileId::Resolution, DashboardTiles::tr("Resolution time (24 h)"),
            DashboardTiles::tr("For cases closed at T with closed_at in (T − 24 h, T]: the nearest-rank median of "
                               "closed_at − created; the caption gives the mean and the 90th percentile."),
            std::nullopt },
    };
}

TileValue tileValue(TileId id, const KpiSnapshot& s)
{
    switch (id) {
    case TileId::Total:
        return { formatCount(s.total), DashboardTiles::tr("with an SLA: %1").arg(formatCount(s.sla.withSla)),
            static_cast<qlonglong>(s.total) };
    case TileId::Open:
        return { formatCount(s.open), DashboardTiles::tr("open at T"), static_cast<qlonglong>(s.open) };
    case TileId::Closed:
        return { formatCount(s.closed), DashboardTiles::tr("closed at T"), static_cast<qlonglong>(s.closed) };
    case TileId::LastHour:
        return windowValue(s.rolling[KpiSnapshot::Hour]);
    case TileId::Today:
        return windowValue(s.calendar[KpiSnapshot::Today]);
    case TileId::Week:
        return windowValue(s.calendar[KpiSnapshot::FiscalWeek]);
    case TileId::Month:
        return windowValue(s.calendar[KpiSnapshot::FiscalMonth]);
    case TileId::Surveys:
        return { formatCount(s.surveys.total), DashboardTiles::tr("neutral %1").arg(formatCount(s.surveys.neutral)),
            static_cast<qlonglong>(s.surveys.total) };
    case TileId::Csat: {
        const std::optional<double> pct = s.surveys.csatPct();
        return { formatPercent(pct), DashboardTiles::tr("of %1 rated surveys").arg(formatCount(s.surveys.positive + s.surveys.neutral
                                         + s.surveys.negative)),
            pct ? QVariant(*pct) : QVariant() };
    }
    case TileId::Sentiment:
        return { formatCount(s.surveys.positive) + QStringLiteral(" / ") + formatCount(s.surveys.negative),
            DashboardTiles::tr("positive / negative"),
            QVariantList { static_cast<qlonglong>(s.surveys.positive), static_cast<qlonglong>(s.surveys.negative) } };
    case TileId::Compliance: {
        const std::optional<double> pct = s.sla.compliancePct();
        return { formatPercent(pct), DashboardTiles::tr("met %1 · breached closed %2").arg(formatCount(s.sla.met), formatCount(s.sla.breachedClosed)),
            pct ? QVariant(*pct) : QVariant() };
    }
    case TileId::Breached:
        return { formatCount(s.sla.breached()),
            DashboardTiles::tr("open %1 · closed %2").arg(formatCount(s.sla.breachedOpen), formatCount(s.sla.breachedClosed)),
            static_cast<qlonglong>(s.sla.breached()) };
    case TileId::AtRisk:
        return { formatCount(s.sla.atRisk), DashboardTiles::tr("open, nearing the SLA"), static_cast<qlonglong>(s.sla.atRisk) };
    case TileId::Met:
        return { formatCount(s.sla.met), DashboardTiles::tr("of %1 cases with an SLA").arg(formatCount(s.sla.withSla)),
            static_cast<qlonglong>(s.sla.met) };
    case TileId::Resolution: {
        const WindowFigures& w = s.rolling[KpiSnapshot::Day];
        return { formatHours(w.resolutionMedian),
            DashboardTiles::tr("mean %1 · p90 %2").arg(formatHours(w.resolutionMean), formatHours(w.resolutionP90)),
            w.resolutionMedian ? QVariant(*w.resolutionMedian) : QVariant() };
    }
    case TileId::Count:
        break;
    }
    return {};
}

std::vector<double> tileTrend(TileId id, const Trends& t)
{
    switch (id) {
    case TileId::Open:
        return lastOf(t.backlogPerHour, 72);
    case TileId::Closed:
        return lastOf(t.closedPerDay, 30);
    case TileId::LastHour:
    case TileId::Today:
        return lastOf(t.openedPerHour, 48);
    case TileId::Week:
    case TileId::Month:
    case TileId::Total:
        return lastOf(t.openedPerDay, 30);
    case TileId::Surveys:
        return lastOf(t.ratedPerDay, 30);
    case TileId::Csat:
        return perDay(t, [&t](std::size_t d) { return t.csatPct(d); });
    case TileId::Sentiment:
        return lastOf(t.positivePerDay, 30);
    case TileId::Compliance:
        return perDay(t, [&t](std::size_t d) { return t.compliancePct(d); });
    case TileId::Breached:
        return lastOf(t.breachedPerDay, 30);
    case TileId::Met:
        return lastOf(t.metPerDay, 30);
    case TileId::AtRisk:
    case TileId::Resolution:
    case TileId::Count:
        break;
    }
    return {};
}

} // namespace carepulse::ui
