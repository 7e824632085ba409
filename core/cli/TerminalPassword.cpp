#include "TerminalPassword.h"

#include "CliOutput.h"
#include "store/PasswordPrompt.h"

#include <QCoreApplication>

#include <termios.h>
#include <unistd.h>

namespace carepulse::cli {

namespace {

// One line from standard input with echo off; nothing at the end of input.
std::optional<QByteArray> readHiddenLine()
{
    termios saved {};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet); // not FLUSH: keep what was typed ahead
    }
    QByteArray line;
    char c = 0;
    bool any = false;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        any = true;
        if (c == '\n')
            break;
        if (c != '\r')
            line.append(c);
    }
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (!any)
        return std::nullopt;
    return line;
}

} // namespace

void installTerminalPasswordPrompt()
{
    if (!::isatty(STDIN_FILENO))
        return;
    setPasswordPrompt([](const QString& account, const QString& refusal) -> std::optional<QByteArray> {
        err() << QCoreApplication::translate("cli", "The server refused %1: %2\nPassword for %1 (empty to give up): ")
                     .arg(account, refusal);
        err().flush();
        std::optional<QByteArray> password = readHiddenLine();
        err() << '\n';
        err().flush();
        if (!password || password->isEmpty())
            return std::nullopt;
        return password;
    });
}

} // namespace carepulse::cli
