#pragma once
// The SLA page: a breadcrumb drill-down (centre › manager › agent › cases; category › sub-category ›
// cases; priority › cases; channel; country) over CaseGrouper results computed on the books' thread,
// then the lazy case list, breached rows red and at-risk amber. A debounced search box, a state choice,
// sortable columns, CSV export through core's writer (byte-identical to carepulse-cli for the same view),
// and refreshes that keep the selected row and the scroll position.

#include "CaseState.h"
#include "report/Drilldown.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTimer;

namespace carepulse {
class LabelCache;
}

namespace carepulse::ui {

class Breadcrumb;
class CaseTableModel;
class Engine;
class GroupTableModel;
class MessageBanner;
class ReportTableView;
class ViewState;
struct CaseQuery;
struct CaseRowSet;

class SlaPage : public QWidget {
    Q_OBJECT

public:
    enum class Hierarchy { CentreManagerAgent, CategorySubCategory, Priority, Channel, Country };

    SlaPage(Engine* engine, ViewState* view, QWidget* parent = nullptr);
    ~SlaPage() override;

    void setHierarchy(Hierarchy hierarchy);
    Hierarchy hierarchy() const { return m_hierarchy; }
    const std::vector<GroupKey>& levels() const { return m_levels; }
    // Opens the group in this row of the group view (view row, after sorting and searching).
    void drillInto(int viewRow);
    // Back to a breadcrumb: 0 is the top level.
    void goUpTo(int depth);
    // The cases behind a dashboard tile: top level, case list, this state.
    void showCases(CaseState state);
    void showCasesHere();
    void setState(CaseState state);
    CaseState state() const;
    void setSearch(const QString& text); // debounced like typing
    void refresh();
    void setRefreshInterval(int milliseconds);
    void exportTo(const QString& file);
    void focusSearch();

    bool showingCases() const { return m_showingCases; }
    const GroupPath& path() const { return m_path; }
    QStringList breadcrumb() const;
    GroupTableModel* groupModel() const { return m_groups; }
    QSortFilterProxyModel* groupProxy() const { return m_groupProxy; }
    CaseTableModel* caseModel() const { return m_cases; }
    ReportTableView* groupView() const { return m_groupView; }
    ReportTableView* caseView() const { return m_caseView; }
    ReportTableView* currentView() const;

signals:
    // New rows are on screen (after a drill, a refresh or a search).
    void dataShown();
    void openCase(quint32 caseIndex, const QString& caseNo);
    void exported(const QString& file);
    void exportFailed(const QString& file, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void attach();
    CaseQuery caseQuery() const;
    void query();
    void showGroups(quint64 generation, GroupKey level, std::vector<GroupRow> rows);
    void showCaseRows(quint64 generation, std::shared_ptr<const CaseRowSet> rows);
    void updateBreadcrumb();
    void updateCount();
    void retranslate();
    void activateCase(const QModelIndex& index);

    Engine* m_engine;
    ViewState* m_view;
    std::shared_ptr<LabelCache> m_labels; // used on the books' thread only
    Hierarchy m_hierarchy = Hierarchy::CentreManagerAgent;
    std::vector<GroupKey> m_levels;
    GroupPath m_path;
    QStringList m_pathNames;
    bool m_showingCases = false;
    quint64 m_generation = 0;
    bool m_waiting = false; // the newest question has no answer yet

    QComboBox* m_hierarchyBox;
    QComboBox* m_stateBox;
    QLineEdit* m_search;
    QPushButton* m_casesButton;
    QPushButton* m_exportButton;
    Breadcrumb* m_breadcrumb;
    QLabel* m_count;
    MessageBanner* m_banner;
    GroupTableModel* m_groups;
    QSortFilterProxyModel* m_groupProxy;
    CaseTableModel* m_cases;
    ReportTableView* m_groupView;
    ReportTableView* m_caseView;
    QStackedWidget* m_stack;
    QTimer* m_searchTimer;
    QTimer* m_refreshTimer;
};

} // namespace carepulse::ui
