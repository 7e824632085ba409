#pragma once
// The application's translators: CarePulse's own strings (carepulse_<lang>.qm, embedded under :/i18n by
// qt_add_translations) and Qt's (qtbase_<lang>.qm from the Qt installation, for standard dialogs).
// apply() can be called again to switch language at run time; it replaces the previous translators.

#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace carepulse::ui {

class AppTranslations : public QObject {
    Q_OBJECT

public:
    explicit AppTranslations(QObject* parent = nullptr);
    ~AppTranslations() override;

    // Returns true when CarePulse has a translation for locale (English needs none and returns false).
    bool apply(const QLocale& locale);

private:
    void removeInstalled();

    QTranslator m_qt;
    QTranslator m_own;
};

} // namespace carepulse::ui
