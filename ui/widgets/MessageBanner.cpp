#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace carepulse::ui {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &MessageBanner::clear);

    auto* close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close this message"));
    connect(close, &QToolButton::clicked, this, &MessageBanner::clear);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& text, std::chrono::milliseconds autoHide)
{
    m_kind = kind;
    m_text->setText(text);
    applyKindStyle();
    m_hideTimer->stop();
    if (autoHide.count() > 0)
        m_hideTimer->start(autoHide);
    show();
}

void MessageBanner::clear()
{
    m_hideTimer->stop();
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

// Translucent tints read well on both light and dark palettes; the text keeps the palette's colour.
void MessageBanner::applyKindStyle()
{
    const bool error = m_kind == Kind::Error;
    const QStyle::StandardPixmap pixmap = error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    setStyleSheet(error ? QStringLiteral("#messageBanner { background: rgba(214, 48, 49, 0.14);"
                                         " border: 1px solid rgba(214, 48, 49, 0.55); border-radius: 4px; }")
                        : QStringLiteral("#messageBanner { background: rgba(52, 120, 198, 0.12);"
                                         " border: 1px solid rgba(52, 120, 198, 0.45); border-radius: 4px; }"));
}

} // namespace carepulse::ui
