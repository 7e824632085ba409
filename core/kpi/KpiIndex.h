#pragma once
// The books sorted by time, so that a full snapshot as of any T costs binary searches and short scans
// instead of a pass over every case: per priority, the cases by creation and by close time; all closed
// cases' resolution times in close-time order (DurationBlocks); the first surveys by time with running
// answer-class counts. Cases with an unusual history (reopened, closed twice, closed before created) and
// cases changed since the index was built are visited one by one: a changed case's indexed state is taken
// back out and its current state counted instead, so the result always equals computeKpis on the books.
//
// Keep it beside the books it was built from: call noteCaseChange / noteSurveyChange before the books apply
// an event to an existing case, and rebuild when worthRebuilding() says the one-by-one part has grown.

#include "DurationBlocks.h"
#include "KpiAccumulator.h"
#include "book/SurveyBook.h"

namespace carepulse {

class KpiIndex {
public:
    KpiIndex(const CaseBook& cases, const SurveyBook& surveys);

    // Before the books change the case at this index (CaseBook::findCase) or its survey.
    void noteCaseChange(const CaseBook& cases, std::uint32_t caseIndex);
    void noteSurveyChange(const CaseBook& cases, const SurveyBook& surveys, std::uint32_t caseIndex);

    // Cases and surveys a snapshot visits one by one.
    std::size_t oneByOne(const CaseBook& cases, const SurveyBook& surveys) const;
    bool worthRebuilding(const CaseBook& cases, const SurveyBook& surveys) const;

    // Equals computeKpis(cases, surveys, settings, asOf) for the books this index follows.
    KpiSnapshot compute(const CaseBook& cases, const SurveyBook& surveys, const KpiSettings& settings,
                        Timestamp asOf) const;
    std::size_t memoryBytes() const;

private:
    // A case as indexed: created and closed, as seconds from m_base (kOpen: not closed).
    static constexpr std::int32_t kOpen = std::numeric_limits<std::int32_t>::max();
    struct Stamp {
        std::int32_t first;  // the time the array is sorted by
        std::int32_t second; // the other one
    };
    struct Slot {
        std::vector<Stamp> byCreated; // {created, closed}
        std::vector<Stamp> byClosed;  // {closed, created}, closed cases only
        std::vector<std::uint32_t> lateBefore; // per kLateStride of byClosed: how many before were closed late
        std::int64_t slaSeconds = -1;
        std::size_t lateAmong(std::size_t n) const; // closed late among byClosed's first n
    };
    static constexpr std::size_t kLateStride = 1024;
    static constexpr std::size_t kSurveyStride = 1024;
    using ClassCounts = std::array<std::uint32_t, kSurveyQuestionCount * 4>; // [question * 4 + class]

    struct IndexedCase {
        std::int32_t created;
        std::int32_t closed;
        std::uint16_t priority;
    };
    struct IndexedSurvey {
        std::int32_t time;
        std::uint16_t classes;
    };

    std::optional<std::int32_t> offset(Timestamp t) const;
    // Surveys from m_surveyCount up to here are new since the build.
    std::uint32_t surveyEnd(const CaseBook& cases, const SurveyBook& surveys) const;
    static std::uint16_t packClasses(const AnswerClasses& classes);
    static AnswerClasses unpackClasses(std::uint16_t packed);
    ClassCounts classCountsBefore(std::size_t n) const;

    void addIndexedCases(KpiAccumulator& acc, std::int64_t t) const;
    void addIndexedSurveys(KpiAccumulator& acc, std::int64_t t) const;
    void addCasesOneByOne(KpiAccumulator& acc, const CaseBook& cases) const;
    void addSurveysOneByOne(KpiAccumulator& acc, const CaseBook& cases, const SurveyBook& surveys) const;
    void finishResolution(KpiAccumulator& acc, std::int64_t t) const;

    Timestamp m_base = 0;
    std::vector<Slot> m_slots; // per priority index, then unknown
    DurationBlocks m_closed;
    std::vector<IndexedSurvey> m_surveys; // by time
    std::vector<ClassCounts> m_classesBefore; // per kSurveyStride of m_surveys

    // Cases (and surveys) the index holds, visits one by one, and the indexed state of changed ones.
    std::uint32_t m_caseCount = 0;
    std::vector<bool> m_caseIndexed;
    std::vector<bool> m_caseOneByOne;
    std::vector<std::uint32_t> m_casesOneByOne;
    std::vector<IndexedCase> m_casesTakenOut;
    std::uint32_t m_surveyCount = 0;
    std::vector<bool> m_surveyIndexed;
    std::vector<bool> m_surveyOneByOne;
    std::vector<std::uint32_t> m_surveysOneByOne;
    std::vector<IndexedSurvey> m_surveysTakenOut;
};

} // namespace carepulse
