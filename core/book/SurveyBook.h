#pragma once
// Each case's first survey (earliest survey_timestamp; ties: the smaller survey_id as text), which is the
// only one that counts: the first survey as of T is this one when its time is <= T, and none otherwise.

#include "Column.h"
#include "model/Events.h"

#include <limits>
#include <string_view>
#include <vector>

namespace carepulse {

class ImageReader;
class ImageWriter;

class SurveyBook {
public:
    static constexpr Timestamp kNone = std::numeric_limits<Timestamp>::max();

    // Applies a survey to the case at index caseIndex (from CaseBook::caseIndex). Returns true when it
    // became the case's first survey.
    bool apply(std::uint32_t caseIndex, const SurveyEvent& survey);

    std::size_t size() const { return m_time.size(); }
    Timestamp time(std::uint32_t caseIndex) const { return caseIndex < m_time.size() ? m_time[caseIndex] : kNone; }
    const SurveyAnswers& answers(std::uint32_t caseIndex) const { return m_answers[caseIndex]; }
    std::string_view surveyId(std::uint32_t caseIndex) const;
    Timestamp newestSurveyTime() const { return m_newest; }
    std::size_t memoryBytes() const;
    void shrinkToFit(); // gives back the room the columns grew into

    // The books' image (BookImage.h). restore returns false on a damaged image.
    void save(ImageWriter& out) const;
    bool restore(ImageReader& in);

private:
    Column<Timestamp> m_time;
    Column<SurveyAnswers> m_answers;
    Column<std::uint32_t> m_idOffset;
    Column<std::uint8_t> m_idLength;
    Column<char> m_idArena;
    Timestamp m_newest = std::numeric_limits<Timestamp>::min();
};

} // namespace carepulse
