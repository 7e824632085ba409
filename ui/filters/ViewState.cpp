#include "ViewState.h"


namespace carepulse::ui {

ViewState::ViewState(QObject* parent)
    : QObject(parent)
{
}

void ViewState::setFilter(const CaseFilter& filter)
{
    const auto same = [](const CaseFilter& a, const CaseFilter& b) {
        return a.callCenters == b.callCenters && a.channels == b.channels && a.categories == b.categories
            && a.priorities == b.priorities && a.countries == b.countries;
    };
    if (same(filter, m_filter))
        return;
    m_filter = filter;
    emit changed();
}

void ViewState::setClock(Clock clock, Timestamp chosen)
{
    if (clock == m_clock && (clock != Clock::Chosen || chosen == m_chosen))
        return;
    m_clock = clock;
    m_chosen = chosen;
    emit changed();
}

std::optional<Timestamp> ViewState::asOf() const
{
    switch (m_clock) {
    case Clock::Data:
        return std::nullopt;
    case Clock::System:
        return systemNow();
    case Clock::Chosen:
        return m_chosen;
    }
    return std::nullopt;
}

Timestamp ViewState::systemNow()
{
    return wallClockNow();
}

} // namespace carepulse::ui
