#pragma once
// One case's story as of T, built on the books' thread: its facts (priority, centre, agent, ...) and
// every event in time order: creation, each state change, the SLA due moment and its first survey with
// each answer's class.

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
};

struct CaseTimeline {
    bool found = false;
    QString caseNo;
    Timestamp asOf = 0;
    std::vector<std::pair<QString, QString>> facts; // label, value (labels translated)
    std::vector<TimelineEvent> events;
};

CaseTimeline buildCaseTimeline(const Books& books, const std::string& caseNo, const KpiSettings& settings,
    std::optional<Timestamp> asOf);

QString timelineKindName(TimelineEvent::Kind kind);

} // namespace carepulse::ui
