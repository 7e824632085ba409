#include "IssuesPanel.h"

#include "IssuesModel.h"
#include "engine/Engine.h"
#include "live/LiveService.h"
#include "report/DataQuality.h"
#include "widgets/ReportTableView.h"

#include <QEvent>
#include <QHeaderView>
#include <QMap>

namespace carepulse::ui {

IssuesPanel::IssuesPanel(Engine& engine, LiveService& live, QWidget* parent)
    : QDockWidget(parent), m_engine(engine), m_model(new IssuesModel(this)), m_view(new ReportTableView(this))
{
    setObjectName(QStringLiteral("issuesPanel"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    setWidget(m_view);
    retranslate();

    auto changed = [this] { emit countChanged(count()); };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);

    connect(&engine, &Engine::ready, this, &IssuesPanel::loadDataQuality);
    connect(&engine, &Engine::failed, this, [this](const QString& location, const QString& message) {
        m_model->reportAgain({Issue::Kind::Store, QStringLiteral("store:") + location, location, message, 0,
                              QDateTime::currentDateTime()});
    });
    connect(&live, &LiveService::failed, this, [this](const QString& message) {
        m_model->reportAgain({Issue::Kind::Source, QStringLiteral("live:") + message, tr("Live ingestion"), message, 0,
                              QDateTime::currentDateTime()});
    });
    connect(&live, &LiveService::statusChanged, this, &IssuesPanel::noteSources);
}

int IssuesPanel::count() const
{
    return m_model->rowCount();
}

void IssuesPanel::loadDataQuality()
{
    m_engine.query<std::vector<DataQualityIssue>>(
        this, [](const Books& books) { return dataQuality(books.cases); },
        [this](std::vector<DataQualityIssue> found) {
            // One row per kind: how many unknown members and how many cases name them.
            QMap<int, Issue> byKind;
            for (const DataQualityIssue& q : found) {
                Issue& issue = byKind[static_cast<int>(q.kind)];
                issue.kind = Issue::Kind::DataQuality;
                issue.key = QStringLiteral("quality:") + QString::fromStdString(dataQualityKindName(q.kind));
                issue.subject = QString::fromStdString(q.attribute);
                issue.count += q.cases;
                issue.seen = QDateTime::currentDateTime();
                issue.message = QString::number(issue.message.toInt() + 1); // distinct values so far
            }
            std::vector<Issue> issues;
            for (Issue issue : byKind) {
                issue.message = tr("%1 value(s) that the dimension does not know, named by %2 case(s); they count as "
                                   "\"Unknown\" (details on the Data page).")
                                    .arg(issue.message)
                                    .arg(issue.count);
                issues.push_back(issue);
            }
            m_model->replaceKind(Issue::Kind::DataQuality, issues);
        });
}

void IssuesPanel::noteSources(const std::vector<SourceStatus>& status)
{
    const QDateTime now = QDateTime::currentDateTime();
    for (const SourceStatus& s : status) {
        if (s.quarantined > 0)
            m_model->report({Issue::Kind::Source, s.name + QStringLiteral(":quarantined"), s.name,
                             tr("%1 bad record(s) quarantined (reasons on the Data page).").arg(s.quarantined),
                             s.quarantined, now});
        if (s.cutOff > 0)
            m_model->report({Issue::Kind::Source, s.name + QStringLiteral(":cutoff"), s.name,
                             tr("%1 client(s) cut off; the last: %2").arg(s.cutOff).arg(s.message), s.cutOff, now});
        if (s.state == SourceState::Failed)
            m_model->report({Issue::Kind::Source, s.name + QStringLiteral(":failed"), s.name, s.message, 1, now});
    }
}

void IssuesPanel::retranslate()
{
    setWindowTitle(tr("Issues"));
}

void IssuesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace carepulse::ui
