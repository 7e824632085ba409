#pragma once
// The bar above every page: the global filters (call centre, channel, category, priority, country) as
// drop-down check lists, and the as-of control: the data clock, the system clock, or a chosen moment
// with a slider to replay the past. Writes into the shared ViewState.

#include "FilterChoices.h"

#include <QWidget>

#include <array>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace carepulse::ui {

class ViewState;

class FilterBar : public QWidget {
    Q_OBJECT

public:
    FilterBar(ViewState* view, QWidget* parent = nullptr);

    void setChoices(const FilterChoices& choices);
    // Checks exactly these values of one field (tests, restoring).
    void select(FilterField field, const QStringList& values);
    void clear();
    // Opens the first filter's list (Ctrl+F when the page has no search box).
    void focusFilters();
    QToolButton* button(FilterField field) const { return m_buttons[static_cast<std::size_t>(field)]; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void apply();
    void clockChosen();
    void sliderMoved(int value);
    void updateButtonTexts();
    void retranslate();
    QStringList selected(FilterField field) const;

    ViewState* m_view;
    FilterChoices m_choices;
    std::array<QToolButton*, static_cast<std::size_t>(FilterField::Count)> m_buttons {};
    QToolButton* m_clear;
    QLabel* m_asOfLabel;
    QComboBox* m_clock;
    QDateTimeEdit* m_moment;
    QSlider* m_slider;
    QTimer* m_sliderTimer;
};

} // namespace carepulse::ui
