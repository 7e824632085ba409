#pragma once
// Options shared by the commands that read the books (kpi, breaches, export): the store, the as-of
// moment, the global filters, grouping and state. Parses them and loads the books.

#include "book/Books.h"
#include "report/Reports.h"
#include "store/Store.h"

#include <QCommandLineParser>

namespace carepulse::cli {

class ReportCommandLine {
public:
    explicit ReportCommandLine(const QString& description);

    QCommandLineParser& parser() { return m_parser; }
    // Parses args; on a usage error prints it and returns false (exit code in exitCode).
    bool parse(const QString& command, const QStringList& args, int& exitCode);
    // Opens the store and loads the books; fills options (as-of defaults to the data clock).
    bool load(int& exitCode);

    Store& store() { return *m_store; }
    const Books& books() const { return *m_books; }
    ReportOptions& options() { return m_options; }
    QString storePath() const { return m_storePath; }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }

private:
    QCommandLineParser m_parser;
    QString m_storePath;
    std::optional<Timestamp> m_asOf;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Books> m_books;
    ReportOptions m_options;
};

// Writes text to --output FILE or standard output; false (with a message) when the file cannot be written.
bool writeOutput(const QString& path, const std::string& text);

} // namespace carepulse::cli
