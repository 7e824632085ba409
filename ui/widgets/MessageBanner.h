#pragma once
// A message strip above a page's content: errors stay until closed or replaced, information hides itself
// after a while. Used instead of modal boxes, which are for real decisions only.

#include <QFrame>

#include <chrono>

class QLabel;
class QTimer;

namespace carepulse::ui {

class MessageBanner : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Information, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    // autoHide of zero keeps the message until the user closes it or another message replaces it.
    void showMessage(Kind kind, const QString& text, std::chrono::milliseconds autoHide = {});
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

private:
    void applyKindStyle();

    QLabel* m_icon;
    QLabel* m_text;
    QTimer* m_hideTimer;
    Kind m_kind = Kind::Information;
};

} // namespace carepulse::ui
