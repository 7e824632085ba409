#pragma once
// A breadcrumb trail: "All › Concentrix, New york › Mona Meyer › Cases". Every crumb but the last is a
// link back to that level.

#include <QWidget>

class QHBoxLayout;

namespace carepulse::ui {

class Breadcrumb : public QWidget {
    Q_OBJECT

public:
    explicit Breadcrumb(QWidget* parent = nullptr);

    void setCrumbs(const QStringList& crumbs);
    const QStringList& crumbs() const { return m_crumbs; }

signals:
    void crumbClicked(int index);

private:
    QHBoxLayout* m_layout;
    QStringList m_crumbs;
};

} // namespace carepulse::ui
