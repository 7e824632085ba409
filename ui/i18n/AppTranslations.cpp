#include "AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace carepulse::ui {

AppTranslations::AppTranslations(QObject* parent)
    : QObject(parent)
{
}

AppTranslations::~AppTranslations()
{
    removeInstalled();
}

bool AppTranslations::apply(const QLocale& locale)
{
    removeInstalled();
    if (m_qt.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    const bool own = m_own.load(locale, QStringLiteral("carepulse"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (own)
        QCoreApplication::installTranslator(&m_own);
    return own;
}

void AppTranslations::removeInstalled()
{
    QCoreApplication::removeTranslator(&m_own);
    QCoreApplication::removeTranslator(&m_qt);
}

} // namespace carepulse::ui
