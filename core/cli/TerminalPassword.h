#pragma once
// The CLI's password prompt: when standard input is a terminal and a server refuses the connection for
// want of a password, ask for it there without echoing it.

namespace carepulse::cli {

// Installs the prompt when standard input is a terminal; does nothing otherwise (scripts and CI get
// the refusal and its hint at once instead of a hang).
void installTerminalPasswordPrompt();

} // namespace carepulse::cli
