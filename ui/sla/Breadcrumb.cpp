#include "Breadcrumb.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace carepulse::ui {

Breadcrumb::Breadcrumb(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

void Breadcrumb::setCrumbs(const QStringList& crumbs)
{
    if (crumbs == m_crumbs)
        return;
    m_crumbs = crumbs;
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        // Later: the crumb being clicked may be the one that asked for new crumbs.
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < crumbs.size(); ++i) {
        if (i > 0)
            m_layout->addWidget(new QLabel(QStringLiteral("›"), this));
        if (i + 1 == crumbs.size()) {
            auto* current = new QLabel(QStringLiteral("<b>%1</b>").arg(crumbs[i].toHtmlEscaped()), this);
            current->setObjectName(QStringLiteral("crumb%1").arg(i));
            m_layout->addWidget(current);
            break;
        }
        auto* link = new QToolButton(this);
        link->setObjectName(QStringLiteral("crumb%1").arg(i));
        link->setText(crumbs[i]);
        link->setAutoRaise(true);
        link->setCursor(Qt::PointingHandCursor);
        connect(link, &QToolButton::clicked, this, [this, i] { emit crumbClicked(i); });
        m_layout->addWidget(link);
    }
    m_layout->addStretch(1);
}

} // namespace carepulse::ui
