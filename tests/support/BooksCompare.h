#pragma once
// Whether two books hold the same thing, case by case: number, creation, state events, every member,
// priority and first survey, and the totals. Empty when they do; else the first difference, for QVERIFY2.

#include "book/Books.h"

#include <string>

namespace carepulse {

inline std::string booksDifference(const Books& a, const Books& b)
{
    if (a.cases.size() != b.cases.size())
        return "case count " + std::to_string(a.cases.size()) + " vs " + std::to_string(b.cases.size());
    if (a.cases.eventsApplied() != b.cases.eventsApplied() || a.cases.newestEventTime() != b.cases.newestEventTime())
        return "events applied or newest event time differ";
    if (a.surveys.newestSurveyTime() != b.surveys.newestSurveyTime())
        return "newest survey time differs";
    for (std::uint32_t i = 0; i < a.cases.size(); ++i) {
        const std::string no = a.cases.caseNo(i);
        if (no != b.cases.caseNo(i))
            return "case " + std::to_string(i) + " is " + no + " vs " + b.cases.caseNo(i);
        if (a.cases.created(i) != b.cases.created(i) || a.cases.events(i) != b.cases.events(i)
            || a.cases.priority(i) != b.cases.priority(i))
            return "case " + no + ": creation, state events or priority differ";
        for (int m = 0; m < static_cast<int>(CaseBook::Attribute::Count); ++m) {
            const auto attribute = static_cast<CaseBook::Attribute>(m);
            if (a.cases.attributeText(attribute, a.cases.attribute(i, attribute))
                != b.cases.attributeText(attribute, b.cases.attribute(i, attribute)))
                return "case " + no + ": member " + std::to_string(m) + " differs";
        }
        if (a.surveys.time(i) != b.surveys.time(i))
            return "case " + no + ": first survey time differs";
        if (a.surveys.time(i) != SurveyBook::kNone
            && (a.surveys.answers(i) != b.surveys.answers(i) || a.surveys.surveyId(i) != b.surveys.surveyId(i)))
            return "case " + no + ": first survey differs";
    }
    return {};
}

} // namespace carepulse
