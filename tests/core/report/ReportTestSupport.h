#pragma once
// Helpers of the report tests: importing a fixture folder of tests/fixtures/report into a scratch store
// with the CLI (plus the real dimension files it does not bring), an independent RFC 4180 reader to check
// what the program wrote, and the column lookups the tests share.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <string>
#include <vector>

namespace carepulse::test {

// The real dimension files the report fixtures use (their NOTES.md say which figures come from them).
inline QStringList realDimensions()
{
    return {QStringLiteral("futurecart_case_priority_details.txt"), QStringLiteral("futurecart_case_category_details.txt"),
            QStringLiteral("futurecart_survey_question_details.txt"), QStringLiteral("futurecart_call_center_details.txt"),
            QStringLiteral("futurecart_case_country_details.txt")};
}

inline QString reportFixture(const QString& name)
{
    return fixturePath(QStringLiteral("report/") + name);
}

// Imports paths into db; every file must load completely (a quarantined row would change the figures).
// Returns an empty string on success, otherwise why not.
inline QString importInto(const CliRunner& cli, const QString& db, const QStringList& paths, QJsonArray* files = nullptr)
{
    const CliResult r = cli.run(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                            QStringLiteral("json")} + paths);
    if (!r.finished || r.exitCode != 0)
        return QStringLiteral("import exit %1: %2").arg(r.exitCode).arg(r.err);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("files")).toArray();
    if (files)
        *files = list;
    if (list.isEmpty())
        return QStringLiteral("import printed no files: ") + r.out;
    return {};
}

// Imports a fixture folder plus the real dimension files into a new store db. Returns "" or the problem.
inline QString importFixture(const CliRunner& cli, const QString& fixture, const QString& db)
{
    const QDir dir(reportFixture(fixture));
    QStringList paths;
    for (const QString& name : realDimensions())
        paths << sharedDataPath(name);
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    QJsonArray files;
    const QString problem = importInto(cli, db, paths, &files);
    if (!problem.isEmpty())
        return problem;
    for (const QJsonValue& f : files) {
        const QJsonObject file = f.toObject();
        if (file.value(QStringLiteral("status")).toString() != QLatin1String("ok")
            || file.value(QStringLiteral("quarantined")).toInteger() != 0)
            return QStringLiteral("did not import cleanly: ") + QString::fromUtf8(QJsonDocument(file).toJson(QJsonDocument::Compact));
    }
    return {};
}

// An RFC 4180 reader written for the tests (not the program's writer): records of fields; a quoted field
// may hold commas, doubled quotes and line breaks; records end with CRLF. Sets ok to false on anything
// else (a bare LF or CR outside quotes, a quote inside an unquoted field, text after a closing quote).
struct Csv {
    std::vector<std::vector<std::string>> records;
    bool ok = true;
    std::string problem;

    static Csv parse(const std::string& text)
    {
        Csv csv;
        std::vector<std::string> record;
        std::string field;
        std::size_t i = 0;
        const auto fail = [&](const std::string& why) {
            csv.ok = false;
            csv.problem = why + " at byte " + std::to_string(i);
        };
        while (i < text.size() && csv.ok) {
            if (text[i] == '"') {
                ++i;
                for (;;) {
                    if (i >= text.size()) {
                        fail("unterminated quoted field");
                        break;
                    }
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    field += text[i++];
                }
            } else {
                while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                    if (text[i] == '"')
                        fail("quote inside an unquoted field");
                    field += text[i++];
                }
            }
            if (!csv.ok)
                break;
            if (i < text.size() && text[i] == ',') {
                record.push_back(std::move(field));
                field.clear();
                ++i;
            } else if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') {
                record.push_back(std::move(field));
                field.clear();
                csv.records.push_back(std::move(record));
                record.clear();
                i += 2;
            } else {
                fail("a field is not followed by a comma or CRLF");
            }
        }
        if (csv.ok && (!record.empty() || !field.empty())) {
            csv.ok = false;
            csv.problem = "the last record has no CRLF";
        }
        return csv;
    }

    const std::vector<std::string>& header() const { return records.front(); }
    std::size_t dataRows() const { return records.empty() ? 0 : records.size() - 1; }
    // The column index of name in the header, or -1.
    int column(const std::string& name) const
    {
        for (std::size_t c = 0; c < header().size(); ++c) {
            if (header()[c] == name)
                return static_cast<int>(c);
        }
        return -1;
    }
    // The values of one column over the data rows.
    QStringList values(const std::string& name) const
    {
        QStringList list;
        const int c = column(name);
        for (std::size_t r = 1; c >= 0 && r < records.size(); ++r)
            list << qs(records[r][static_cast<std::size_t>(c)]);
        return list;
    }
};

inline QStringList words(const QString& text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace carepulse::test
