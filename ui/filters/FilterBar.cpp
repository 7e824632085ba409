#include "FilterBar.h"

#include "ViewState.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QTimer>
#include <QToolButton>

namespace carepulse::ui {

namespace {

constexpr std::size_t kFields = static_cast<std::size_t>(FilterField::Count);

QDateTime naive(Timestamp t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
}

} // namespace

FilterBar::FilterBar(ViewState* view, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
    , m_clear(new QToolButton(this))
    , m_asOfLabel(new QLabel(this))
    , m_clock(new QComboBox(this))
    , m_moment(new QDateTimeEdit(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_sliderTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);
    for (std::size_t f = 0; f < kFields; ++f) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("filter%1").arg(f));
        button->setPopupMode(QToolButton::InstantPopup);
        button->setMenu(new QMenu(button));
        m_buttons[f] = button;
        layout->addWidget(button);
    }
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    layout->addWidget(m_asOfLabel);
    for (int i = 0; i < 3; ++i)
        m_clock->addItem(QString());
    m_clock->setObjectName(QStringLiteral("clock"));
    layout->addWidget(m_clock);
    m_moment->setObjectName(QStringLiteral("asOfMoment"));
    m_moment->setTimeSpec(Qt::UTC);
    m_moment->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_moment->setEnabled(false);
    layout->addWidget(m_moment);
    m_slider->setObjectName(QStringLiteral("replay"));
    m_slider->setMinimumWidth(160);
    m_slider->setEnabled(false);
    layout->addWidget(m_slider);

    m_sliderTimer->setSingleShot(true);
    m_sliderTimer->setInterval(200);
    connect(m_clock, &QComboBox::activated, this, &FilterBar::clockChosen);
    connect(m_moment, &QDateTimeEdit::editingFinished, this, [this] {
        m_view->setClock(ViewState::Clock::Chosen, m_moment->dateTime().toSecsSinceEpoch());
    });
    connect(m_slider, &QSlider::valueChanged, this, &FilterBar::sliderMoved);
    connect(m_sliderTimer, &QTimer::timeout, this, [this] {
        m_view->setClock(ViewState::Clock::Chosen, m_moment->dateTime().toSecsSinceEpoch());
    });
    retranslate();
}

void FilterBar::setChoices(const FilterChoices& choices)
{
    m_choices = choices;
    for (std::size_t f = 0; f < kFields; ++f) {
        const QStringList previous = selected(static_cast<FilterField>(f));
        QMenu* menu = m_buttons[f]->menu();
        menu->clear();
        for (const auto& [value, label] : choices.values[f]) {
            QAction* action = menu->addAction(label);
            action->setCheckable(true);
            action->setData(value);
            action->setChecked(previous.contains(value));
            connect(action, &QAction::toggled, this, &FilterBar::apply);
        }
    }
    const int hours = static_cast<int>(std::max<Timestamp>(0, (choices.dataClock - choices.firstCreated) / 3600));
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, hours);
    m_slider->setValue(hours);
    m_moment->setDateTimeRange(naive(choices.firstCreated), naive(choices.dataClock + 366 * kSecondsPerDay));
    if (m_view->clock() != ViewState::Clock::Chosen)
        m_moment->setDateTime(naive(choices.dataClock));
    updateButtonTexts();
}

QStringList FilterBar::selected(FilterField field) const
{
    QStringList values;
    const QToolButton* button = m_buttons[static_cast<std::size_t>(field)];
    for (const QAction* action : button->menu()->actions()) {
        if (action->isChecked())
            values << action->data().toString();
    }
    return values;
}

void FilterBar::select(FilterField field, const QStringList& values)
{
    for (QAction* action : m_buttons[static_cast<std::size_t>(field)]->menu()->actions()) {
        const QSignalBlocker block(action);
        action->setChecked(values.contains(action->data().toString()));
    }
    apply();
}

void FilterBar::clear()
{
    for (QToolButton* button : m_buttons) {
        for (QAction* action : button->menu()->actions()) {
            const QSignalBlocker block(action);
            action->setChecked(false);
        }
    }
    apply();
}

void FilterBar::focusFilters()
{
    m_buttons.front()->setFocus(Qt::ShortcutFocusReason);
    m_buttons.front()->showMenu();
}

void FilterBar::apply()
{
    const auto set = [this](FilterField f) {
        std::set<std::string> values;
        for (const QString& v : selected(f))
            values.insert(v.toStdString());
        return values;
    };
    CaseFilter filter;
    filter.callCenters = set(FilterField::CallCenter);
    filter.channels = set(FilterField::Channel);
    filter.categories = set(FilterField::Category);
    filter.priorities = set(FilterField::Priority);
    filter.countries = set(FilterField::Country);
    updateButtonTexts();
    m_view->setFilter(filter);
}

void FilterBar::clockChosen()
{
    const auto clock = static_cast<ViewState::Clock>(m_clock->currentIndex());
    m_moment->setEnabled(clock == ViewState::Clock::Chosen);
    m_slider->setEnabled(clock == ViewState::Clock::Chosen);
    if (clock == ViewState::Clock::Chosen)
        m_view->setClock(clock, m_moment->dateTime().toSecsSinceEpoch());
    else
        m_view->setClock(clock);
}

void FilterBar::sliderMoved(int value)
{
    m_moment->setDateTime(naive(m_choices.firstCreated + static_cast<Timestamp>(value) * 3600));
    if (m_clock->currentIndex() != static_cast<int>(ViewState::Clock::Chosen)) {
        m_clock->setCurrentIndex(static_cast<int>(ViewState::Clock::Chosen));
        m_moment->setEnabled(true);
    }
    m_sliderTimer->start();
}

void FilterBar::updateButtonTexts()
{
    const QStringList names { tr("Centre"), tr("Channel"), tr("Category"), tr("Priority"), tr("Country") };
    for (std::size_t f = 0; f < kFields; ++f) {
        const QStringList values = selected(static_cast<FilterField>(f));
        const QString name = names[static_cast<int>(f)];
        m_buttons[f]->setText(values.isEmpty() ? tr("%1: all").arg(name)
                : values.size() == 1             ? tr("%1: %2").arg(name, values.front())
                                                 : tr("%1: %2 chosen").arg(name).arg(values.size()));
    }
}

void FilterBar::retranslate()
{
    m_clear->setText(tr("Clear filters"));
    m_asOfLabel->setText(tr("As of:"));
    m_clock->setItemText(0, tr("Data clock (newest event)"));
    m_clock->setItemText(1, tr("System clock"));
    m_clock->setItemText(2, tr("Chosen moment"));
    m_slider->setToolTip(tr("Drag to replay the past, hour by hour."));
    m_clock->setToolTip(tr("The moment T every figure is computed as of."));
    updateButtonTexts();
}

void FilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace carepulse::ui
