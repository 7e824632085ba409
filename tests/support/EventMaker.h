#pragma once
// Random case events and surveys over the real dimensions, for the engine tests: every history shape the
// books treat differently (open, closed only, reopened, closed twice, closed before created, open and
// closed at one moment), known and unknown category pairs, and surveys with ties.

#include "book/BookDimensions.h"
#include "model/Events.h"

#include <random>
#include <string>
#include <utility>
#include <vector>

namespace carepulse {

inline constexpr Timestamp kStart = 1'748'736'000; // 2025-06-01, a day in the fiscal calendar

class EventMaker {
public:
    EventMaker(const BookDimensions& dimensions, std::uint32_t seed, Timestamp start)
        : m_random(seed), m_start(start)
    {
        for (const auto& [pair, info] : dimensions.categoryPairs)
            m_pairs.push_back(pair);
        m_pairs.emplace_back("CAT-NONE", "SUB-NONE");
    }

    Timestamp someTime() { return m_start + pick(0, 40 * 24 * 3600); }

    CaseEvent event(const std::string& caseNo, Timestamp created, Timestamp at, const char* status)
    {
        CaseEvent e;
        e.caseNo = caseNo;
        e.created = created;
        e.modified = at;
        e.status = status;
        const auto& pair = m_pairs[static_cast<std::size_t>(pick(0, static_cast<int>(m_pairs.size()) - 1))];
        e.category = pair.first;
        e.subCategory = pair.second;
        e.employeeKey = "E" + std::to_string(pick(1, 50));
        e.callCenterId = "C-10" + std::to_string(pick(1, 4));
        e.channel = "Phone";
        e.countryCode = "IN";
        return e;
    }

    // One new case: its events, of a random shape.
    std::vector<CaseEvent> newCase(const std::string& caseNo)
    {
        const Timestamp created = someTime();
        const auto later = [&](Timestamp t) { return t + pick(0, 5 * 24 * 3600); };
        switch (pick(0, 9)) {
        case 0: return {event(caseNo, created, created, "Open")};
        case 1: return {event(caseNo, created, later(created), "Closed")}; // closed only
        case 2: { // reopened
            const Timestamp closed = later(created);
            return {event(caseNo, created, created, "Open"), event(caseNo, created, closed, "Closed"),
                    event(caseNo, created, later(closed), "Open")};
        }
        case 3: { // closed twice
            const Timestamp closed = later(created);
            return {event(caseNo, created, closed, "Closed"), event(caseNo, created, later(closed), "Resolved")};
        }
        case 4: return {event(caseNo, created, created - pick(1, 3600), "Closed")}; // closed before created
        case 5: return {event(caseNo, created, created, "Open"), event(caseNo, created, created, "Closed")}; // tie
        default: return {event(caseNo, created, created, "Open"), event(caseNo, created, later(created), "Closed")};
        }
    }

    SurveyEvent survey(const std::string& caseNo, Timestamp at)
    {
        SurveyEvent s;
        s.surveyId = "S" + std::to_string(m_surveyNo++);
        s.caseNo = caseNo;
        s.at = at;
        for (std::size_t q = 0; q < s.answers.size(); ++q)
            s.answers[q] = static_cast<std::int8_t>(q == kOptionsQuestionIndex ? "YN"[pick(0, 1)] * pick(0, 1) : pick(0, 10));
        return s;
    }

    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

private:
    std::mt19937 m_random;
    Timestamp m_start;
    std::vector<std::pair<std::string, std::string>> m_pairs;
    int m_surveyNo = 0;
};

} // namespace carepulse
