#include "ReportCommandLine.h"

#include "CliCommands.h"
#include "CliOutput.h"
#include "book/BookImage.h"
#include "kpi/KpiEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace carepulse::cli {

namespace {

std::set<std::string> splitList(const QString& value)
{
    std::set<std::string> items;
    for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.insert(item.trimmed().toStdString());
    return items;
}

} // namespace

ReportCommandLine::ReportCommandLine(const QString& description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOptions({
        {QStringLiteral("db"), QCoreApplication::translate("cli", "The store (default: $CAREPULSE_DB or the user's store)."),
         QStringLiteral("PATH")},
        {QStringLiteral("as-of"), QCoreApplication::translate("cli", "The moment T, YYYY-MM-DD HH:MM:SS (default: the newest event)."),
         QStringLiteral("TS")},
        {QStringLiteral("center"), QCoreApplication::translate("cli", "Only these call centres (comma-separated)."), QStringLiteral("IDS")},
        {QStringLiteral("channel"), QCoreApplication::translate("cli", "Only these channels (Call, Chat, Email)."), QStringLiteral("NAMES")},
        {QStringLiteral("category"), QCoreApplication::translate("cli", "Only these categories (CAT1, ...)."), QStringLiteral("KEYS")},
        {QStringLiteral("priority"), QCoreApplication::translate("cli", "Only these priorities (P1, ..., unknown)."), QStringLiteral("KEYS")},
        {QStringLiteral("country"), QCoreApplication::translate("cli", "Only these countries (ISO alpha-2)."), QStringLiteral("CODES")},
    });
}

bool ReportCommandLine::parse(const QString& command, const QStringList& args, int& exitCode)
{
    if (!m_parser.parse(QStringList{command} + args)) {
        err() << command << ": " << m_parser.errorText() << '\n';
        exitCode = ExitUsage;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText();
        exitCode = ExitOk;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("as-of"))) {
        m_asOf = parseTimestamp(m_parser.value(QStringLiteral("as-of")).toStdString());
        if (!m_asOf) {
            err() << QCoreApplication::translate("cli", "%1: --as-of wants YYYY-MM-DD HH:MM:SS, not '%2'\n")
                         .arg(command, m_parser.value(QStringLiteral("as-of")));
            exitCode = ExitUsage;
            return false;
        }
    }
    CaseFilter& f = m_options.filter;
    f.callCenters = splitList(m_parser.value(QStringLiteral("center")));
    f.channels = splitList(m_parser.value(QStringLiteral("channel")));
    f.categories = splitList(m_parser.value(QStringLiteral("category")));
    f.priorities = splitList(m_parser.value(QStringLiteral("priority")));
    f.countries = splitList(m_parser.value(QStringLiteral("country")));
    m_storePath = resolveStorePath(m_parser.value(QStringLiteral("db")));
    return true;
}

bool ReportCommandLine::load(int& exitCode)
{
    try {
        m_store = openStore(m_storePath);
        m_books = loadBooks(*m_store, {}, bookImagePath(m_store->location())).books;
    } catch (const StoreError& e) {
        err() << e.message() << '\n';
        exitCode = ExitFailure;
        return false;
    }
    m_options.asOf = m_asOf.value_or(dataClock(m_books->cases, m_books->surveys));
    return true;
}

bool writeOutput(const QString& path, const std::string& text)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        out().flush();
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
        return true;
    }
    // Written to a temporary file and renamed: a reader never sees half a report.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())
        || !file.commit()) {
        err() << QCoreApplication::translate("cli", "%1: cannot be written: %2\n").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace carepulse::cli
