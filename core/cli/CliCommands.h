#pragma once
// carepulse-cli's commands. Each takes the arguments after its name and returns the process exit code.

#include <QStringList>

namespace carepulse::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,     // the work itself failed (store error, ...)
    ExitUsage = 2,       // bad command line
    ExitBadInput = 3,    // a file is unreadable or unrecognised
};

int runImport(const QStringList& args);
int runSimulate(const QStringList& args);
int runKpi(const QStringList& args);
int runBreaches(const QStringList& args);
int runExport(const QStringList& args);
int runMysql(const QStringList& args);
int runTail(const QStringList& args);

// Dispatches argv to a command; prints usage for unknown ones.
int runCli(int argc, char** argv);

} // namespace carepulse::cli
