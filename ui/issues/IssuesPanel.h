#pragma once
// The issues panel (a dock): what needs a person's attention, gathered from the engine (data-quality
// findings after each load, a store that cannot be read) and the live sources (failures, quarantined
// records, cut-off clients). The main window shows its count in the status bar.

#include <QDockWidget>

namespace carepulse {
struct SourceStatus;
}

namespace carepulse::ui {

class Engine;
class IssuesModel;
class LiveService;
class ReportTableView;

class IssuesPanel : public QDockWidget {
    Q_OBJECT

public:
    IssuesPanel(Engine& engine, LiveService& live, QWidget* parent = nullptr);

    IssuesModel* model() const { return m_model; }
    int count() const;

signals:
    void countChanged(int count);

private:
    void loadDataQuality();
    void noteSources(const std::vector<SourceStatus>& status);
    void retranslate();
    void changeEvent(QEvent* event) override;

    Engine& m_engine;
    IssuesModel* m_model;
    ReportTableView* m_view;
};

} // namespace carepulse::ui
