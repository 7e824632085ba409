#include "SlaPage.h"

#include "Breadcrumb.h"
#include "CaseRows.h"
#include "CaseTableModel.h"
#include "GroupTableModel.h"
#include "book/Books.h"
#include "engine/Engine.h"
#include "filters/ViewState.h"
#include "kpi/KpiEngine.h"
#include "report/LabelTables.h"
#include "report/Reports.h"
#include "settings/AppSettings.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReportTableView.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace carepulse::ui {

namespace {

std::vector<GroupKey> levelsOf(SlaPage::Hierarchy h)
{
    switch (h) {
    case SlaPage::Hierarchy::CentreManagerAgent:
        return { GroupKey::CallCenter, GroupKey::Manager, GroupKey::Employee };
    case SlaPage::Hierarchy::CategorySubCategory:
        return { GroupKey::Category, GroupKey::SubCategory };
    case SlaPage::Hierarchy::Priority:
        return { GroupKey::Priority };
    case SlaPage::Hierarchy::Channel:
        return { GroupKey::Channel };
    case SlaPage::Hierarchy::Country:
        return { GroupKey::Country };
    }
    return { GroupKey::CallCenter };
}

constexpr CaseState kStates[] = { CaseState::Breached, CaseState::AtRisk, CaseState::BreachedOrAtRisk, CaseState::Open,
    CaseState::Closed, CaseState::All };

} // namespace

SlaPage::SlaPage(Engine* engine, ViewState* view, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_view(view)
    , m_labels(std::make_shared<LabelCache>())
    , m_levels(levelsOf(m_hierarchy))
    , m_hierarchyBox(new QComboBox(this))
    , m_stateBox(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_casesButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_breadcrumb(new Breadcrumb(this))
    , m_count(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_groups(new GroupTableModel(this))
    , m_groupProxy(new QSortFilterProxyModel(this))
    , m_cases(new CaseTableModel(this))
    , m_groupView(new ReportTableView(this))
    , m_caseView(new ReportTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_searchTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("slaPage"));
    m_hierarchyBox->setObjectName(QStringLiteral("hierarchy"));
    m_stateBox->setObjectName(QStringLiteral("caseState"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_groupView->setObjectName(QStringLiteral("groups"));
    m_caseView->setObjectName(QStringLiteral("cases"));
    for (int i = 0; i < 5; ++i)
        m_hierarchyBox->addItem(QString());
    for (CaseState s : kStates)
        m_stateBox->addItem(QString(), QVariant::fromValue(s));

    m_groupProxy->setSourceModel(m_groups);
    m_groupProxy->setSortRole(RawValueRole);
    m_groupProxy->setFilterKeyColumn(-1);
    m_groupProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_groupView->setModel(m_groupProxy);
    m_groupView->setSortingEnabled(true);
    m_groupView->sortByColumn(-1, Qt::AscendingOrder);
    m_groupView->horizontalHeader()->setSectionResizeMode(GroupTableModel::NameColumn, QHeaderView::Stretch);
    m_caseView->setModel(m_cases);
    m_caseView->setSortingEnabled(true);
    m_caseView->sortByColumn(0, Qt::AscendingOrder);
    m_caseView->horizontalHeader()->setDefaultSectionSize(110);
    m_caseView->setExporter([this](const QString& file) { exportTo(file); });
    m_groupView->setExporter([this](const QString& file) { exportTo(file); });
    m_stack->addWidget(m_groupView);
    m_stack->addWidget(m_caseView);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_hierarchyBox);
    controls->addWidget(m_stateBox);
    controls->addWidget(m_search, 1);
    controls->addWidget(m_casesButton);
    controls->addWidget(m_exportButton);
    auto* trail = new QHBoxLayout;
    trail->addWidget(m_breadcrumb, 1);
    trail->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(controls);
    layout->addLayout(trail);
    layout->addWidget(m_stack, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_groupProxy->setFilterFixedString(m_search->text().trimmed());
        if (m_showingCases)
            query();
        else
            updateCount();
    });
    connect(m_hierarchyBox, &QComboBox::activated, this, [this](int index) { setHierarchy(static_cast<Hierarchy>(index)); });
    connect(m_stateBox, &QComboBox::activated, this, [this] {
        if (m_showingCases)
            query();
    });
    connect(m_casesButton, &QPushButton::clicked, this, &SlaPage::showCasesHere);
    connect(m_exportButton, &QPushButton::clicked, m_caseView, [this] { currentView()->exportCsv(); });
    connect(m_breadcrumb, &Breadcrumb::crumbClicked, this, &SlaPage::goUpTo);
    connect(m_groupView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) { drillInto(index.row()); });
    connect(m_caseView, &QAbstractItemView::activated, this, &SlaPage::activateCase);
    connect(m_cases, &CaseTableModel::sortRequested, this, &SlaPage::query);
    connect(m_view, &ViewState::changed, this, &SlaPage::query);
    connect(m_engine, &Engine::ready, this, &SlaPage::attach);
    connect(m_engine, &Engine::settingsChanged, this, &SlaPage::query);
    m_refreshTimer->setInterval(AppSettings::refreshIntervalMs.value());
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        // A timer tick never supersedes a question still being answered: on a big store a case list can
        // take longer than the interval, and each tick would drop the answer before it arrives.
        if (isVisible() && !m_waiting)
            refresh();
    });

    retranslate();
    updateBreadcrumb();
    attach();
}

SlaPage::~SlaPage() = default;

void SlaPage::attach()
{
    if (!m_engine->isReady())
        return;
    m_labels = std::make_shared<LabelCache>(); // other books: other dictionaries
    m_refreshTimer->start();
    query();
}

void SlaPage::setHierarchy(Hierarchy hierarchy)
{
    m_hierarchy = hierarchy;
    m_hierarchyBox->setCurrentIndex(static_cast<int>(hierarchy));
    m_levels = levelsOf(hierarchy);
    m_path.clear();
    m_pathNames.clear();
    m_showingCases = false;
    updateBreadcrumb();
    query();
}

void SlaPage::drillInto(int viewRow)
{
    if (m_showingCases || viewRow < 0 || viewRow >= m_groupProxy->rowCount())
        return;
    const int row = m_groupProxy->mapToSource(m_groupProxy->index(viewRow, 0)).row();
    const GroupMember& member = m_groups->member(row);
    m_path.emplace_back(m_groups->level(), member.key);
    m_pathNames << QString::fromStdString(member.name);
    m_showingCases = m_path.size() >= m_levels.size();
    m_search->clear();
    m_groupProxy->setFilterFixedString(QString());
    updateBreadcrumb();
    query();
}

void SlaPage::goUpTo(int depth)
{
    depth = std::clamp(depth, 0, static_cast<int>(m_path.size()));
    m_path.resize(static_cast<std::size_t>(depth));
    m_pathNames = m_pathNames.mid(0, depth);
    m_showingCases = false;
    updateBreadcrumb();
    query();
}

void SlaPage::showCases(CaseState state)
{
    setState(state);
    m_path.clear();
    m_pathNames.clear();
    m_showingCases = true;
    updateBreadcrumb();
    query();
}

void SlaPage::showCasesHere()
{
    m_showingCases = true;
    updateBreadcrumb();
    query();
}

void SlaPage::setState(CaseState state)
{
    const int index = m_stateBox->findData(QVariant::fromValue(state));
    m_stateBox->setCurrentIndex(std::max(index, 0));
    if (m_showingCases)
        query();
}

CaseState SlaPage::state() const
{
    return m_stateBox->currentData().value<CaseState>();
}

void SlaPage::setSearch(const QString& text)
{
    m_search->setText(text);
}

void SlaPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void SlaPage::refresh()
{
    query();
}

void SlaPage::setRefreshInterval(int milliseconds)
{
    m_refreshTimer->setInterval(std::max(100, milliseconds));
}

ReportTableView* SlaPage::currentView() const
{
    return m_showingCases ? m_caseView : m_groupView;
}

CaseQuery SlaPage::caseQuery() const
{
    CaseQuery q;
    q.asOf = m_view->asOf();
    q.settings = m_engine->kpiSettings();
    q.filter = m_view->filter();
    q.path = m_path;
    q.state = state();
    q.search = m_search->text();
    q.sortColumn = m_cases->sortColumn();
    q.order = m_cases->sortOrder();
    return q;
}

void SlaPage::query()
{
    const quint64 generation = ++m_generation;
    m_waiting = true;
    m_stack->setCurrentWidget(currentView());
    if (m_showingCases) {
        const CaseQuery q = caseQuery();
        std::shared_ptr<LabelCache> labels = m_labels;
        std::shared_ptr<const CaseRowSet> previous = m_cases->rows();
        m_engine->query<std::shared_ptr<const CaseRowSet>>(
            this,
            [q, labels, previous](const Books& books) {
                return std::shared_ptr<const CaseRowSet>(
                    std::make_shared<CaseRowSet>(runCaseQuery(books, q, *labels, previous)));
            },
            [this, generation](std::shared_ptr<const CaseRowSet> rows) { showCaseRows(generation, std::move(rows)); });
        return;
    }
    const GroupKey level = m_levels[m_path.size()];
    const std::optional<Timestamp> asOf = m_view->asOf();
    const KpiSettings settings = m_engine->kpiSettings();
    const CaseFilter filter = m_view->filter();
    const GroupPath within = m_path;
    m_engine->query<std::vector<GroupRow>>(
        this,
        [asOf, settings, filter, within, level](const Books& books) {
            const CaseGrouper grouper(books.cases, settings);
            return grouper.group(asOf.value_or(dataClock(books.cases, books.surveys)), { level }, filter, within);
        },
        [this, generation, level](std::vector<GroupRow> rows) { showGroups(generation, level, std::move(rows)); });
}

void SlaPage::showGroups(quint64 generation, GroupKey level, std::vector<GroupRow> rows)
{
    if (generation != m_generation)
        return; // a newer question is on its way
    m_waiting = false;
    m_groups->setRows(level, std::move(rows));
    updateCount();
    emit dataShown();
}

void SlaPage::showCaseRows(quint64 generation, std::shared_ptr<const CaseRowSet> rows)
{
    if (generation != m_generation)
        return;
    m_waiting = false;
    m_cases->setRows(std::move(rows));
    updateCount();
    emit dataShown();
}

void SlaPage::exportTo(const QString& file)
{
    if (!m_showingCases) {
        // The groups in the view's order: without sorting or searching, the CLI's `export groups` bytes.
        std::vector<GroupRow> rows;
        for (int r = 0; r < m_groupProxy->rowCount(); ++r)
            rows.push_back(m_groups->rows()[static_cast<std::size_t>(m_groupProxy->mapToSource(m_groupProxy->index(r, 0)).row())]);
        const QString error = writeFileAtomically(file, groupRowsTable({ m_groups->level() }, rows).toCsv());
        if (error.isEmpty())
            emit exported(file);
        else
            emit exportFailed(file, error);
        return;
    }
    const CaseQuery q = caseQuery();
    std::shared_ptr<LabelCache> labels = m_labels;
    m_engine->query<QString>(
        this,
        [q, labels, file](const Books& books) { return writeFileAtomically(file, caseQueryCsv(books, q, *labels)); },
        [this, file](QString error) {
            if (error.isEmpty())
                emit exported(file);
            else
                emit exportFailed(file, error);
        });
}

void SlaPage::activateCase(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    emit openCase(index.data(CaseIndexRole).toUInt(), m_cases->caseNo(index.row()));
}

QStringList SlaPage::breadcrumb() const
{
    return m_breadcrumb->crumbs();
}

void SlaPage::updateBreadcrumb()
{
    QStringList crumbs { tr("All: %1").arg(GroupTableModel::levelTitle(m_levels.front())) };
    crumbs << m_pathNames;
    if (m_showingCases)
        crumbs << tr("Cases");
    else if (!m_path.empty())
        crumbs << GroupTableModel::levelTitle(m_levels[m_path.size()]);
    m_breadcrumb->setCrumbs(crumbs);
    m_casesButton->setEnabled(!m_showingCases);
    m_stateBox->setEnabled(true);
}

void SlaPage::updateCount()
{
    if (m_showingCases) {
        const CaseRowSet* set = m_cases->rowSet();
        m_count->setText(tr("%n case(s) as of %1", nullptr, m_cases->rowCount())
                             .arg(set ? QString::fromStdString(formatTimestamp(set->asOf)) : QString()));
    } else {
        m_count->setText(tr("%n group(s)", nullptr, m_groupProxy->rowCount()));
    }
}

void SlaPage::retranslate()
{
    const QStringList hierarchies { tr("Centre › manager › agent"), tr("Category › sub-category"), tr("Priority"),
        tr("Channel"), tr("Country") };
    for (int i = 0; i < hierarchies.size(); ++i)
        m_hierarchyBox->setItemText(i, hierarchies[i]);
    const QStringList states { tr("Breached"), tr("At risk"), tr("Breached or at risk"), tr("Open"), tr("Closed"),
        tr("All cases") };
    for (int i = 0; i < states.size(); ++i)
        m_stateBox->setItemText(i, states[i]);
    m_search->setPlaceholderText(tr("Search cases, agents, managers, centres… (Ctrl+F)"));
    m_casesButton->setText(tr("Show cases"));
    m_casesButton->setToolTip(tr("List the cases of the current group, with the chosen state."));
    m_exportButton->setText(tr("Export CSV…"));
    m_stateBox->setToolTip(tr("Which cases the case list shows."));
    updateBreadcrumb();
    updateCount();
}

void SlaPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace carepulse::ui
