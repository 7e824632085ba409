#pragma once
// What one case or one survey adds to a snapshot as of T (metrics.md), in one place for both ways of
// computing it: the full pass over the books (computeKpis) and the indexed one (KpiIndex), which also takes
// a case's earlier state back out (sign -1) after it changed.

#include "KpiSettings.h"
#include "KpiSnapshot.h"
#include "book/CaseBook.h"

#include <array>
#include <vector>

namespace carepulse {

using AnswerClasses = std::array<AnswerBands::Sentiment, kSurveyQuestionCount>;
AnswerClasses classifyAnswers(const BookDimensions& dimensions, const SurveyAnswers& answers);

class KpiAccumulator {
public:
    // The rolling windows (last hour, day, week, month), then the calendar ones (today, fiscal week, fiscal
    // month), each as "time > after(w)" on whole seconds.
    static constexpr std::size_t kWindowCount =
        std::size_t{KpiSnapshot::RollingCount} + std::size_t{KpiSnapshot::CalendarCount};

    // Fills the snapshot's as-of moment and calendar; s must outlive the accumulator.
    KpiAccumulator(KpiSnapshot& s, const BookDimensions& dimensions, const KpiSettings& settings, Timestamp asOf);

    KpiSnapshot& snapshot() { return m_snapshot; }
    Timestamp asOf() const { return m_snapshot.asOf; }
    Timestamp after(std::size_t w) const { return m_after[w]; }
    WindowFigures& window(std::size_t w) { return *m_windows[w]; } // inline: addCase asks for each window
    // A priority's slot in the per-priority figures (unknown priorities share the last one).
    std::size_t slot(std::uint16_t priority) const { return priority == CaseBook::kUnknownPriority ? m_unknown : priority; }
    std::size_t slotCount() const { return m_perPriority.size(); }
    PriorityFigures& priority(std::size_t slot) { return m_perPriority[slot]; }
    std::int64_t threshold(std::size_t slot) const { return m_threshold[slot]; }
    int sentimentQuestion() const { return m_sentimentQuestion; }

    // A case created at or before T, in the given state at T, counted sign times (+1 or -1); its resolution
    // time goes to the window's added or removed durations.
    void addCase(Timestamp created, CaseBook::State state, std::uint16_t priority, std::int64_t slaSeconds, int sign);
    // A case's first survey, at or before T.
    void addSurvey(Timestamp at, const AnswerClasses& classes, int sign);

    std::vector<std::int64_t>& added(std::size_t w) { return m_added[w]; }
    std::vector<std::int64_t>& removed(std::size_t w) { return m_removed[w]; }

    // Puts the per-priority figures into the snapshot, in metrics.md's order.
    void finishPriorities();

private:
    KpiSnapshot& m_snapshot;
    const BookDimensions& m_dimensions;
    std::size_t m_unknown;
    std::vector<PriorityFigures> m_perPriority;
    std::vector<std::int64_t> m_threshold;
    std::array<Timestamp, kWindowCount> m_after{};
    std::array<WindowFigures*, kWindowCount> m_windows{}; // the snapshot's rolling, then calendar windows
    int m_sentimentQuestion = 0;
    // Scratch kept per thread from one snapshot to the next: a snapshot a second would otherwise allocate
    // (and page-fault in) millions of durations every time.
    std::array<std::vector<std::int64_t>, kWindowCount>& m_added;
    std::array<std::vector<std::int64_t>, kWindowCount>& m_removed;
};

} // namespace carepulse
