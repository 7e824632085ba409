#include "CasePage.h"

#include "CaseEventsReader.h"
#include "CaseTimeline.h"
#include "TimelineModel.h"
#include "engine/Engine.h"
#include "filters/ViewState.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReportTableView.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace carepulse::ui {

CasePage::CasePage(Engine* engine, ViewState* view, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_viewState(view)
    , m_input(new QLineEdit(this))
    , m_inputLabel(new QLabel(this))
    , m_title(new QLabel(this))
    , m_factsBox(new QWidget(this))
    , m_facts(new QFormLayout(m_factsBox))
    , m_banner(new MessageBanner(this))
    , m_reader(new CaseEventsReader(this))
    , m_model(new TimelineModel(this))
    , m_view(new ReportTableView(this))
{
    setObjectName(QStringLiteral("casePage"));
    m_input->setObjectName(QStringLiteral("caseNumber"));
    m_input->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("timeline"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::DetailColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::EventColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::ClassColumn, QHeaderView::ResizeToContents);
    m_banner->setObjectName(QStringLiteral("caseBanner"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->addWidget(m_inputLabel);
    top->addWidget(m_input);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_title);
    layout->addWidget(m_factsBox);
    layout->addWidget(m_view, 1);

    connect(m_input, &QLineEdit::returnPressed, this, [this] { showCase(m_input->text().trimmed()); });
    connect(m_viewState, &ViewState::changed, this, &CasePage::refresh);
    connect(m_engine, &Engine::ready, this, &CasePage::refresh);
    retranslate();
}

void CasePage::showCase(const QString& caseNo)
{
    m_caseNo = caseNo;
    if (m_input->text() != caseNo)
        m_input->setText(caseNo);
    refresh();
}

void CasePage::refresh()
{
    if (m_caseNo.isEmpty()) {
        emit dataShown();
        return;
    }
    const quint64 generation = ++m_generation;
    const std::string caseNo = m_caseNo.toStdString();
    const KpiSettings settings = m_engine->kpiSettings();
    const std::optional<Timestamp> asOf = m_viewState->asOf();
    // First the store's events of the case (off the GUI thread), then the timeline on the books' thread.
    m_reader->read(m_engine->location(), caseNo, [this, generation, caseNo, settings, asOf](RecordedCase recorded) {
        if (generation != m_generation)
            return; // a newer request is on its way
        m_engine->query<CaseTimeline>(
            this,
            [caseNo, settings, asOf, recorded = std::move(recorded)](
                const Books& books) { return buildCaseTimeline(books, caseNo, settings, asOf, &recorded); },
            [this, generation](CaseTimeline timeline) { showTimeline(generation, timeline); });
    });
}

QString CasePage::note() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString CasePage::title() const
{
    return m_title->text();
}

void CasePage::showTimeline(quint64 generation, const CaseTimeline& timeline)
{
    if (generation != m_generation)
        return;
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    if (timeline.note.isEmpty())
        m_banner->clear();
    else
        m_banner->showMessage(MessageBanner::Kind::Error, timeline.note);
    if (!timeline.found) {
        m_title->setText(tr("No case %1 in the store").arg(timeline.caseNo));
        m_model->setEvents({});
        emit dataShown();
        return;
    }
    m_title->setText(tr("Case %1 as of %2").arg(timeline.caseNo, QString::fromStdString(formatTimestamp(timeline.asOf))));
    for (const auto& [label, value] : timeline.facts) {
        auto* text = new QLabel(value, m_factsBox);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_facts->addRow(label + QLatin1Char(':'), text);
    }
    m_model->setEvents(timeline.events);
    // The columns sized to their contents follow the new rows now, not on a later layout pass.
    for (const int column : { TimelineModel::TimeColumn, TimelineModel::EventColumn, TimelineModel::ClassColumn })
        m_view->resizeColumnToContents(column);
    emit dataShown();
}

void CasePage::retranslate()
{
    m_inputLabel->setText(tr("Case number:"));
    m_input->setPlaceholderText(tr("Type a case number and press Enter"));
    if (m_caseNo.isEmpty())
        m_title->setText(tr("Double-click a case on the SLA page, or type its number."));
    else
        refresh();
}

void CasePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace carepulse::ui
