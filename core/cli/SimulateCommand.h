#pragma once
// Shared by the `simulate` subcommands (SimulateCommand.cpp dispatches to them).

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace carepulse::cli::simulatecommand {

int runHistory(const QStringList& args);
int runStream(const QStringList& args);

// Prints "carepulse-cli simulate MODE: message" and where to find the options; returns ExitUsage.
int usageError(const QString& mode, const QString& message);

// Prints the parser's help and returns ExitOk, when --help was given; nothing otherwise.
std::optional<int> helpRequested(const QCommandLineParser& parser);

// A whole number in [minimum, maximum] or nothing.
std::optional<qulonglong> wholeNumber(const QCommandLineParser& parser, const QCommandLineOption& option,
                                      qulonglong minimum, qulonglong maximum);
QString rangeMessage(const QCommandLineOption& option, qulonglong minimum, qulonglong maximum);

// Beyond these the generated dimensions would not fit a desktop.
constexpr qulonglong kMaxEmployees = 10'000'000;
constexpr qulonglong kMaxProducts = 10'000'000;

} // namespace carepulse::cli::simulatecommand
