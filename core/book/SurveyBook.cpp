#include "SurveyBook.h"

#include <algorithm>

namespace carepulse {

std::string_view SurveyBook::surveyId(std::uint32_t caseIndex) const
{
    return {m_idArena.data() + m_idOffset[caseIndex], m_idLength[caseIndex]};
}

bool SurveyBook::apply(std::uint32_t caseIndex, const SurveyEvent& survey)
{
    if (caseIndex >= m_time.size()) {
        const std::size_t size = std::max<std::size_t>(caseIndex + 1, m_time.size() + m_time.size() / 2);
        m_time.resize(size, kNone);
        m_answers.resize(size, SurveyAnswers{});
        m_idOffset.resize(size, 0);
        m_idLength.resize(size, 0);
    }
    m_newest = std::max(m_newest, survey.at);
    const Timestamp current = m_time[caseIndex];
    const std::string_view id = std::string_view(survey.surveyId).substr(0, 255);
    if (current != kNone && (survey.at > current || (survey.at == current && id >= surveyId(caseIndex))))
        return false;
    m_time[caseIndex] = survey.at;
    m_answers[caseIndex] = survey.answers;
    m_idOffset[caseIndex] = static_cast<std::uint32_t>(m_idArena.size());
    m_idLength[caseIndex] = static_cast<std::uint8_t>(id.size());
    m_idArena.insert(m_idArena.end(), id.begin(), id.end());
    return true;
}

void SurveyBook::shrinkToFit()
{
    m_time.shrink_to_fit();
    m_answers.shrink_to_fit();
    m_idOffset.shrink_to_fit();
    m_idLength.shrink_to_fit();
    m_idArena.shrink_to_fit();
}

std::size_t SurveyBook::memoryBytes() const
{
    return m_time.capacity() * 8 + m_answers.capacity() * 5 + m_idOffset.capacity() * 4 + m_idLength.capacity()
        + m_idArena.capacity();
}

} // namespace carepulse
