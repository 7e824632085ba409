#pragma once
// The desktop's answer when a MySQL or MariaDB server refuses the connection for want of a password: a
// dialog asking for it, with "Save password" (off by default). Only a ticked box writes the password to
// the settings file; otherwise it lives in memory until the app quits.

#include <QDialog>

#include <optional>

class QCheckBox;
class QLineEdit;

namespace carepulse::ui {

class PasswordDialog : public QDialog {
    Q_OBJECT

public:
    PasswordDialog(const QString& account, const QString& refusal, QWidget* parent = nullptr);

    QByteArray password() const;
    bool savePassword() const;
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* saveBox() const { return m_save; }

private:
    QLineEdit* m_password;
    QCheckBox* m_save;
};

// Installs the dialog as the process's password prompt (safe to call from any thread that connects)
// and puts the passwords saved earlier into memory, so a saved one is tried before anyone is asked.
void installDesktopPasswordPrompt();
// The passwords the user chose to save, by account ("user@host:port").
bool savedPasswordExists(const QString& account);
void forgetSavedPassword(const QString& account);

} // namespace carepulse::ui
