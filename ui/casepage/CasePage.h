#pragma once
// The case page: one case's facts and its timeline. The case's recorded events are read from the store on
// the reader's thread, then the timeline is built from them and the books on the books' thread; when the
// store cannot be read, the timeline comes from the books alone and a banner says why.

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace carepulse::ui {

class CaseEventsReader;
class Engine;
class MessageBanner;
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
    // Why the timeline is less than complete (shown in the banner); empty when it is complete.
    QString note() const;

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
    MessageBanner* m_banner;
    CaseEventsReader* m_reader;
    TimelineModel* m_model;
    ReportTableView* m_view;
};

} // namespace carepulse::ui
