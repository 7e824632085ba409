#pragma once
// The Live page: add and remove live sources (a growing file, a folder of batch files, a TCP port),
// pause and resume them, and watch each one's state, rate, lag and newest event.

#include <QWidget>

class QLabel;
class QPushButton;

namespace carepulse::ui {

class LiveService;
class LiveSourcesModel;
class ReportTableView;

class LivePage : public QWidget {
    Q_OBJECT

public:
    explicit LivePage(LiveService& service, QWidget* parent = nullptr);

    LiveSourcesModel* model() const { return m_model; }
    ReportTableView* view() const { return m_view; }

    void addFile();
    void addFolder();
    void addListener();
    void removeSelected();
    void togglePauseSelected();

signals:
    void ready();

private:
    void addSpec(const QString& spec);
    QString selectedName() const;
    void updateButtons();

    LiveService& m_service;
    LiveSourcesModel* m_model;
    ReportTableView* m_view;
    QLabel* m_hint;
    QPushButton* m_pause;
    QPushButton* m_remove;
};

} // namespace carepulse::ui
