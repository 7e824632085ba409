#pragma once
// The case page: one case's facts and its timeline, built on the books' thread.

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace carepulse::ui {

class Engine;
class ReportTableView;
class TimelineModel;
class ViewState;
struct CaseTimeline;

class CasePage : public QWidget {
    Q_OBJECT

public:
    CasePage(Engine* engine, ViewState* view, QWidget* parent = nullptr);

    void showCase(const QString& caseNo);
    const QString& caseNo() const { return m_caseNo; }
    void refresh();
    TimelineModel* model() const { return m_model; }
    ReportTableView* view() const { return m_view; }
    QString title() const;

signals:
    void dataShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showTimeline(quint64 generation, const CaseTimeline& timeline);
    void retranslate();

    Engine* m_engine;
    ViewState* m_viewState;
    QString m_caseNo;
    quint64 m_generation = 0;
    QLineEdit* m_input;
    QLabel* m_inputLabel;
    QLabel* m_title;
    QWidget* m_factsBox;
    QFormLayout* m_facts;
    TimelineModel* m_model;
    ReportTableView* m_view;
};

} // namespace carepulse::ui
