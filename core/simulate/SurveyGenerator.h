#pragma once
// Generates post-closure surveys: about 80% of closed cases get one, minutes to a day after closing
// (never after the history's end), with scores that drop sharply when the case closed after its SLA.
// A few cases get a second survey (a reminder answered twice).

#include "HistoryGenerator.h"

#include <array>
#include <cstdint>
#include <vector>

namespace carepulse::simulate {

struct SimSurvey {
    Timestamp answeredAt = 0;
    std::uint32_t caseIndex = 0;            // into CaseHistory::cases
    std::array<std::uint8_t, 5> answers{};  // Q1..Q5; 0 = not answered; Q4 holds 'Y' or 'N'
};

// The share of closed cases whose customer answers the survey (in the history a few of these would be
// answered after its end and are dropped), and the share answering a reminder a second time.
constexpr double kSurveyShare = 0.82;
constexpr double kSecondSurveyShare = 0.012;

// Minutes to a day: most customers answer the e-mail soon after closing, some the next day.
Timestamp answerDelay(Random& random);

// One latent satisfaction per answer sheet: a late case pulls the overall, knowledge and recommend
// scores down hard; the conversation with the agent suffers less. A few answers are left empty (0).
std::array<std::uint8_t, 5> answerSheet(bool late, Random& random);

// Surveys in ascending answeredAt (ties: case order), so survey ids follow time.
std::vector<SimSurvey> generateSurveys(const CaseHistory& history, const CaseMix& mix, Timestamp end,
                                       std::uint64_t seed);

} // namespace carepulse::simulate
