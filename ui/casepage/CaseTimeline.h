#pragma once
// One case's story as of T, built on the books' thread: its facts (priority, centre, agent, ...) and
// every event in time order: creation, each recorded event with its status text, class and what changed
// (read from the store beforehand), the SLA due and breach moments, and its first survey with each
// answer's class. Without the store's events, each state change shows only its class, from the books.

#include "model/Timestamp.h"
#include "kpi/KpiSettings.h"

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace carepulse {
struct Books;
}

namespace carepulse::ui {

struct TimelineEvent {
    enum class Kind { Created, Opened, Closed, SlaDue, Breached, Survey };
    Timestamp time = 0;
    Kind kind = Kind::Created;
    QString detail;
    bool afterAsOf = false; // later than T: shown, but not part of the state at T
    QString status;         // the status as recorded; empty on a state change known only from the books
    int ordinal = 0;        // the place among the case's recorded events: rows at one moment stay apart
};

struct CaseTimeline {
    bool found = false;
    QString caseNo;
    Timestamp asOf = 0;
    std::vector<std::pair<QString, QString>> facts; // label, value (labels translated)
    std::vector<TimelineEvent> events;
    QString note; // why the timeline is less than complete (the store could not be read, ...); empty when it is
};

struct RecordedCase;

// recorded: what the store holds of the case (CaseEventsReader); null to build from the books alone.
CaseTimeline buildCaseTimeline(const Books& books, const std::string& caseNo, const KpiSettings& settings,
    std::optional<Timestamp> asOf, const RecordedCase* recorded = nullptr);

QString timelineKindName(TimelineEvent::Kind kind);

} // namespace carepulse::ui
