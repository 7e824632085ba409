#include "HistoryWriter.h"

#include "TsvWriter.h"

#include <algorithm>
#include <charconv>

namespace carepulse::simulate {

void writeCaseEvents(const CaseHistory& history, const ReferenceData& reference, const CaseMix& mix,
                     Timestamp start, TsvWriter& writer)
{
    writer.header({"case_no", "create_timestamp", "last_modified_timestamp", "created_employee_key",
                   "call_center_id", "status", "category", "sub_category", "communication_mode", "country_cd",
                   "product_code"});

    // One sort key per event: seconds since `start` above, case index and Open/Closed below, so ties in
    // time fall back to case order and the order is the same everywhere.
    const auto& cases = history.cases;
    std::vector<std::uint64_t> events;
    events.reserve(cases.size() + history.closedCount);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const auto index = static_cast<std::uint64_t>(i) << 1;
        events.push_back(static_cast<std::uint64_t>(cases[i].created - start) << 32 | index);
        if (cases[i].isClosed())
            events.push_back(static_cast<std::uint64_t>(cases[i].closedAt() - start) << 32 | index | 1);
    }
    std::sort(events.begin(), events.end());

    for (const std::uint64_t event : events) {
        const bool closed = (event & 1) != 0;
        const SimCase& c = cases[(event & 0xffffffffU) >> 1];
        const CategoryPair& pair = mix.pairs()[c.pair];
        writer.number(kFirstCaseNo + ((event & 0xffffffffU) >> 1));
        writer.timestamp(c.created);
        writer.timestamp(closed ? c.closedAt() : c.created);
        writer.number(c.employeeKey);
        writer.text(c.centre == SimCase::kUnknownCentre ? std::string_view("C-100")
                                                        : std::string_view(reference.centres[c.centre].id));
        writer.text(closed ? "Closed" : "Open");
        writer.text(pair.category);
        writer.text(pair.subCategory);
        writer.text(channelName(c.channel));
        writer.text(mix.countryCode(c.country));
        writer.number(c.productCode);
        writer.endRow();
    }
}

void writeSurveys(const std::vector<SimSurvey>& surveys, TsvWriter& writer)
{
    writer.header({"survey_id", "case_no", "survey_timestamp", "Q1", "Q2", "Q3", "Q4", "Q5"});
    char id[24] = {'S', '-'};
    for (std::size_t n = 0; n < surveys.size(); ++n) {
        const SimSurvey& s = surveys[n];
        const auto end = std::to_chars(id + 2, id + sizeof id, kFirstSurveyNo + n).ptr;
        writer.text(std::string_view(id, static_cast<std::size_t>(end - id)));
        writer.number(kFirstCaseNo + s.caseIndex);
        writer.timestamp(s.answeredAt);
        for (std::size_t q = 0; q < s.answers.size(); ++q) {
            const std::uint8_t answer = s.answers[q];
            if (answer == 0)
                writer.empty();
            else if (q == 3) {
                const char yesNo = static_cast<char>(answer);
                writer.text(std::string_view(&yesNo, 1));
            }
            else
                writer.number(answer);
        }
        writer.endRow();
    }
}

} // namespace carepulse::simulate
