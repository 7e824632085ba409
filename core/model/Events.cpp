#include "Events.h"

#include "util/Hash.h"

namespace carepulse {

std::int64_t eventIdentity(const CaseEvent& e)
{
    Hasher h;
    h.add(e.caseNo);
    h.add(e.created);
    h.add(e.modified);
    h.add(e.status);
    h.add(e.employeeKey);
    h.add(e.callCenterId);
    h.add(e.category);
    h.add(e.subCategory);
    h.add(e.channel);
    h.add(e.countryCode);
    h.add(e.productCode);
    return static_cast<std::int64_t>(h.finish());
}

std::int64_t eventIdentity(const SurveyEvent& e)
{
    Hasher h;
    h.add(e.surveyId);
    h.add(e.caseNo);
    h.add(e.at);
    return static_cast<std::int64_t>(h.finish());
}

} // namespace carepulse
