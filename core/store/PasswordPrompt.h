#pragma once
// Where a server password comes from when the environment has none: the CLI asks on the terminal, the
// desktop shows a dialog. Asked only after the server has refused the connection; the answer is kept in
// this process's memory for the next connection to the same account, and never written anywhere here
// (the desktop's dialog writes it to its settings only when the user ticks "save password").

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace carepulse {

// Called with the account ("user@host:port") and the server's refusal; returns the password, or nothing
// to give up. May be called from any thread.
using PasswordPrompt = std::function<std::optional<QByteArray>(const QString& account, const QString& refusal)>;

// Installs the prompt (an empty function removes it). Thread-safe.
void setPasswordPrompt(PasswordPrompt prompt);
bool hasPasswordPrompt();

// The password remembered for account in this process (from an earlier prompt), or null.
QByteArray rememberedPassword(const QString& account);
// Remembers a password for account in this process's memory (the desktop's saved passwords at start).
void rememberPassword(const QString& account, const QByteArray& password);
// Asks the prompt and remembers a non-empty answer for account; nothing when there is no prompt or the
// user gave up.
std::optional<QByteArray> askPassword(const QString& account, const QString& refusal);

} // namespace carepulse
