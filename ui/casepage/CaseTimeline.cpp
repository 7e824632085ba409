#include "CaseTimeline.h"

#include "CaseEventsReader.h"
#include "RecordedEvents.h"
#include "book/Books.h"
#include "kpi/CaseStatus.h"
#include "kpi/KpiEngine.h"
#include "report/CaseLabels.h"
#include "sla/CaseTableModel.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// The translation context of the timeline's texts.
struct CaseTimelineText {
    Q_DECLARE_TR_FUNCTIONS(CaseTimelineText)
};

} // namespace

namespace carepulse::ui {

namespace {

using A = CaseBook::Attribute;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString sentimentName(AnswerBands::Sentiment s)
{
    switch (s) {
    case AnswerBands::Sentiment::Positive: return CaseTimelineText::tr("positive");
    case AnswerBands::Sentiment::Neutral: return CaseTimelineText::tr("neutral");
    case AnswerBands::Sentiment::Negative: return CaseTimelineText::tr("negative");
    case AnswerBands::Sentiment::None: break;
    }
    return CaseTimelineText::tr("no class");
}

QString slaStateText(SlaState s)
{
    switch (s) {
    case SlaState::Breached: return CaseTimelineText::tr("Breached");
    case SlaState::AtRisk: return CaseTimelineText::tr("At risk");
    case SlaState::Met: return CaseTimelineText::tr("Met");
    case SlaState::OnTrack: return CaseTimelineText::tr("On track");
    case SlaState::NoSla: break;
    }
    return CaseTimelineText::tr("No SLA");
}

TimelineEvent row(Timestamp time, TimelineEvent::Kind kind, const QString& detail, Timestamp asOf)
{
    TimelineEvent e;
    e.time = time;
    e.kind = kind;
    e.detail = detail;
    e.afterAsOf = time > asOf;
    return e;
}

// The store's events when it could be read and holds some; otherwise why not, in the timeline's note.
const std::vector<CaseEvent>* recordedEvents(const RecordedCase* recorded, bool caseInBooks, QString& note)
{
    if (recorded == nullptr)
        return nullptr;
    if (!recorded->read) {
        note = CaseTimelineText::tr("The store could not be read (%1): each state change shows only its class.")
                   .arg(recorded->error);
        return nullptr;
    }
    if (recorded->events.empty()) {
        if (caseInBooks)
            note = CaseTimelineText::tr(
                "The store holds no events of this case: each state change shows only its class.");
        return nullptr;
    }
    if (!caseInBooks)
        note = CaseTimelineText::tr("The store has events of this case that the loaded data has not: reload the store "
                                    "for its SLA, survey and facts.");
    return &recorded->events;
}

Timestamp earliestCreated(const std::vector<CaseEvent>& events)
{
    Timestamp created = CaseBook::kNever;
    for (const CaseEvent& e : events)
        created = std::min(created, e.created);
    return created;
}

void sortByTime(std::vector<TimelineEvent>& events)
{
    std::stable_sort(events.begin(), events.end(),
        [](const TimelineEvent& a, const TimelineEvent& b) { return a.time < b.time; });
}

} // namespace

QString timelineKindName(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::Created: return CaseTimelineText::tr("Created");
    case TimelineEvent::Kind::Opened: return CaseTimelineText::tr("Open-class status");
    case TimelineEvent::Kind::Closed: return CaseTimelineText::tr("Closed-class status");
    case TimelineEvent::Kind::SlaDue: return CaseTimelineText::tr("SLA due");
    case TimelineEvent::Kind::Breached: return CaseTimelineText::tr("Breached");
    case TimelineEvent::Kind::Survey: return CaseTimelineText::tr("Survey");
    }
    return {};
}

CaseTimeline buildCaseTimeline(const Books& books, const std::string& caseNo, const KpiSettings& settings,
    std::optional<Timestamp> asOf, const RecordedCase* recorded)
{
    CaseTimeline t;
    t.caseNo = qs(caseNo);
    const CaseBook& book = books.cases;
    t.asOf = asOf.value_or(dataClock(books.cases, books.surveys));
    const std::uint32_t i = book.findCase(caseNo);
    const bool inBooks = i != CaseIndex::kNone && i < book.size();
    const std::vector<CaseEvent>* events = recordedEvents(recorded, inBooks && book.hasEvents(i), t.note);
    if (!inBooks) {
        // Newer in the store than in the books (written since they were loaded): its events at least.
        if (events != nullptr) {
            t.found = true;
            t.events.push_back(row(earliestCreated(*events), TimelineEvent::Kind::Created, {}, t.asOf));
            for (TimelineEvent& e : recordedEventRows(book, *events, t.asOf))
                t.events.push_back(std::move(e));
            sortByTime(t.events);
        }
        return t;
    }
    t.found = true;
    const CaseLabels labels(book);
    const PriorityInfo* priority = labels.priority(i);
    const AtRiskThresholds thresholds(book.dimensions(), settings);

    if (book.hasEvents(i)) {
        const Timestamp created = book.created(i);
        t.events.push_back(row(created, TimelineEvent::Kind::Created, {}, t.asOf));
        if (events != nullptr) {
            for (TimelineEvent& e : recordedEventRows(book, *events, t.asOf))
                t.events.push_back(std::move(e));
        } else {
            for (const CaseBook::StateEvent& e : book.events(i)) {
                const auto kind = e.closed ? TimelineEvent::Kind::Closed : TimelineEvent::Kind::Opened;
                t.events.push_back(row(e.time, kind, {}, t.asOf));
            }
        }
        if (created <= t.asOf) {
            const CaseStatus status = evaluateCase(book, i, t.asOf, thresholds);
            if (status.due != CaseBook::kNever) {
                t.events.push_back(row(status.due, TimelineEvent::Kind::SlaDue,
                    CaseTimelineText::tr("%1 h after creation").arg(status.slaSeconds / 3600), t.asOf));
            }
            if (status.sla == SlaState::Breached) {
                // Breached at the due moment, still open then; how late it closed, or how overdue it is at T.
                const QString overdue = CaseTableModel::formatDuration(status.overdueBy);
                t.events.push_back(row(status.due, TimelineEvent::Kind::Breached,
                    status.closed ? CaseTimelineText::tr("closed %1 after the due moment").arg(overdue)
                                  : CaseTimelineText::tr("open, %1 overdue at T").arg(overdue),
                    t.asOf));
            }
            t.facts.emplace_back(CaseTimelineText::tr("State at T"),
                status.closed ? CaseTimelineText::tr("Closed") : CaseTimelineText::tr("Open"));
            t.facts.emplace_back(CaseTimelineText::tr("SLA"), slaStateText(status.sla));
            if (status.sla == SlaState::Breached) {
                t.facts.emplace_back(CaseTimelineText::tr("Overdue by"),
                    CaseTimelineText::tr("%1 s").arg(status.overdueBy));
            }
        } else {
            t.facts.emplace_back(CaseTimelineText::tr("State at T"), CaseTimelineText::tr("Not created yet"));
        }
    }
    t.facts.emplace_back(CaseTimelineText::tr("Priority"),
        priority ? qs(priority->key) + (priority->known ? QStringLiteral(" · ") + qs(priority->level) + QStringLiteral(" / ")
                           + qs(priority->severity) : QString())
                 : CaseTimelineText::tr("unknown"));
    t.facts.emplace_back(CaseTimelineText::tr("SLA hours"),
        priority && priority->slaHours ? QString::number(*priority->slaHours) : CaseTimelineText::tr("none"));
    t.facts.emplace_back(CaseTimelineText::tr("Call centre"),
        qs(labels.text(i, A::CallCenter)) + QStringLiteral(" · ") + qs(labels.centreName(i)) + QStringLiteral(", ")
            + qs(labels.centreLocation(i)));
    t.facts.emplace_back(CaseTimelineText::tr("Agent"), qs(labels.employeeName(i)) + QStringLiteral(" (")
            + qs(labels.text(i, A::Employee)) + QLatin1Char(')'));
    t.facts.emplace_back(CaseTimelineText::tr("Manager"), qs(labels.managerName(i)));
    t.facts.emplace_back(CaseTimelineText::tr("Category"), qs(labels.categoryName(i)) + QStringLiteral(" › ")
            + qs(labels.subCategoryName(i)));
    t.facts.emplace_back(CaseTimelineText::tr("Channel"), qs(labels.text(i, A::Channel)));
    t.facts.emplace_back(CaseTimelineText::tr("Country"), qs(labels.countryName(i)));
    t.facts.emplace_back(CaseTimelineText::tr("Product"), qs(labels.text(i, A::Product)));

    const Timestamp surveyTime = books.surveys.time(i);
    if (surveyTime != SurveyBook::kNone) {
        const SurveyAnswers& answers = books.surveys.answers(i);
        QStringList parts;
        for (int q = 0; q < kSurveyQuestionCount; ++q) {
            const std::int8_t a = answers[static_cast<std::size_t>(q)];
            if (a == 0) {
                parts << CaseTimelineText::tr("Q%1 unanswered").arg(q + 1);
                continue;
            }
            const QString value = q == kOptionsQuestionIndex ? QString(QChar(a)) : QString::number(a);
            parts << QStringLiteral("Q%1 %2 (%3)").arg(q + 1).arg(value,
                sentimentName(book.dimensions().questions[static_cast<std::size_t>(q)].classify(a)));
        }
        t.events.push_back(row(surveyTime, TimelineEvent::Kind::Survey,
            qs(std::string(books.surveys.surveyId(i))) + QStringLiteral(": ") + parts.join(QStringLiteral(", ")),
            t.asOf));
    }
    sortByTime(t.events);
    return t;
}

} // namespace carepulse::ui
