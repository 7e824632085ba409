#pragma once
// What every page looks at: the global case filter (call centre, channel, category, priority, country)
// and the as-of moment (the data clock, the system clock, or a chosen moment). Pages re-query on
// changed().

#include "model/Timestamp.h"
#include "report/CaseFilter.h"

#include <QObject>

#include <optional>

namespace carepulse::ui {

class ViewState : public QObject {
    Q_OBJECT

public:
    enum class Clock { Data, System, Chosen };

    explicit ViewState(QObject* parent = nullptr);

    const CaseFilter& filter() const { return m_filter; }
    void setFilter(const CaseFilter& filter);

    Clock clock() const { return m_clock; }
    Timestamp chosenMoment() const { return m_chosen; }
    void setClock(Clock clock, Timestamp chosen = 0);

    // The moment to ask the engine for: none means the data clock (resolved on the books' thread).
    std::optional<Timestamp> asOf() const;
    // The system clock as a naive wall-clock timestamp (the data's clock has no time zone).
    static Timestamp systemNow();

signals:
    void changed();

private:
    CaseFilter m_filter;
    Clock m_clock = Clock::Data;
    Timestamp m_chosen = 0;
};

} // namespace carepulse::ui
