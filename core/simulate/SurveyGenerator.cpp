#include "SurveyGenerator.h"

#include "Random.h"

#include <algorithm>

namespace carepulse::simulate {

namespace {

constexpr double kUnansweredShare = 0.015;

std::uint8_t scale(double satisfaction)
{
    return static_cast<std::uint8_t>(std::clamp(1 + static_cast<int>(satisfaction * 10.0), 1, 10));
}

} // namespace

Timestamp answerDelay(Random& random)
{
    const double u = random.uniform();
    if (u < 0.55)
        return random.between(5 * 60, 60 * 60);
    if (u < 0.85)
        return random.between(60 * 60, 6 * 3600);
    return random.between(6 * 3600, 24 * 3600);
}

std::array<std::uint8_t, 5> answerSheet(bool late, Random& random)
{
    const double satisfaction = (late ? 0.36 : 0.74) + 0.22 * random.triangular();
    std::array<std::uint8_t, 5> answers{};
    answers[0] = scale(satisfaction + 0.08 * random.triangular());
    answers[1] = scale(0.5 * satisfaction + 0.36 + 0.10 * random.triangular());
    answers[2] = scale(0.6 * satisfaction + 0.28 + 0.10 * random.triangular());
    answers[3] = random.chance(late ? 0.15 : 0.88) ? 'Y' : 'N';
    answers[4] = scale(satisfaction - 0.04 + 0.10 * random.triangular());
    for (auto& answer : answers) {
        if (random.chance(kUnansweredShare))
            answer = 0;
    }
    return answers;
}

std::vector<SimSurvey> generateSurveys(const CaseHistory& history, const CaseMix& mix, Timestamp end,
                                       std::uint64_t seed)
{
    Random random(seed, StreamSurveys);
    std::vector<SimSurvey> surveys;
    surveys.reserve(history.closedCount);
    for (std::size_t i = 0; i < history.cases.size(); ++i) {
        const SimCase& c = history.cases[i];
        if (!c.isClosed() || !random.chance(kSurveyShare))
            continue;
        const bool late = closedLate(c, mix);
        const Timestamp answeredAt = c.closedAt() + answerDelay(random);
        const auto answers = answerSheet(late, random);
        const bool again = random.chance(kSecondSurveyShare);
        const Timestamp againAt = answeredAt + random.between(10 * 60, 2 * kSecondsPerDay);
        const auto againAnswers = answerSheet(late, random);
        if (answeredAt > end)
            continue; // not answered yet when the history ends
        surveys.push_back({answeredAt, static_cast<std::uint32_t>(i), answers});
        if (again && againAt <= end)
            surveys.push_back({againAt, static_cast<std::uint32_t>(i), againAnswers});
    }
    std::stable_sort(surveys.begin(), surveys.end(),
                     [](const SimSurvey& a, const SimSurvey& b) { return a.answeredAt < b.answeredAt; });
    return surveys;
}

} // namespace carepulse::simulate
