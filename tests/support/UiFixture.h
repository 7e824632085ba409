#pragma once
// The UI tests' store: the report drill-down fixture (tests/fixtures/report/drilldown: 14 cases, a small
// employee file with managers) plus the real dimension files it relies on and two surveys, imported with
// the real carepulse-cli into a scratch store. Settings go to a test location, never the user's.

#include "CliRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace carepulse::test {

inline void useTestSettings(const char* application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CarePulseTest"));
    QCoreApplication::setApplicationName(QString::fromLatin1(application));
}

// Settings in an INI file inside dir (a test's scratch folder): nothing shared with other tests or runs.
inline void useScratchSettings(const QTemporaryDir& dir, const char* application)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("CarePulseTest"));
    QCoreApplication::setApplicationName(QString::fromLatin1(application));
}

// One case event as a JSON Lines line (with its newline), as a live source receives it.
inline QByteArray caseJsonLine(int caseNo, const char* status = "Open", const char* centre = "C-101",
                               const char* modified = "2026-11-20 11:00:00")
{
    return QStringLiteral(R"({"case_no":"%1","create_timestamp":"2026-11-20 10:00:00","last_modified_timestamp":"%2",)"
                          R"("created_employee_key":"E1","call_center_id":"%3","status":"%4","category":"CAT1",)"
                          R"("sub_category":"SCAT1","communication_mode":"Chat","country_cd":"IN","product_code":"P1"})")
               .arg(caseNo)
               .arg(QLatin1String(modified), QLatin1String(centre), QLatin1String(status))
               .toUtf8()
           + '\n';
}

// Creates dir/store.db; returns "" or what went wrong.
inline QString makeDrilldownStore(const QString& dir, QString& db)
{
    db = dir + QStringLiteral("/store.db");
    const QString shared = QStringLiteral(CAREPULSE_SHARED_DATA);
    const QString fixture = QStringLiteral(CAREPULSE_FIXTURES) + QStringLiteral("/report/drilldown");
    QDir(dir).mkpath(QStringLiteral("surveys"));
    QFile surveys(dir + QStringLiteral("/surveys/futurecart_case_survey_details.txt"));
    if (!surveys.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write the survey file");
    surveys.write("survey_id\tcase_no\tsurvey_timestamp\tQ1\tQ2\tQ3\tQ4\tQ5\n"
                  "S-1\t1\t2025-03-10 09:00:00\t9\t5\t2\tY\t8\n"
                  "S-2\t2\t2025-03-10 10:00:00\t3\t7\t9\tN\t10\n");
    surveys.close();
    QStringList paths;
    for (const char* name : { "futurecart_case_priority_details.txt", "futurecart_case_category_details.txt",
             "futurecart_survey_question_details.txt", "futurecart_call_center_details.txt",
             "futurecart_case_country_details.txt" })
        paths << shared + QLatin1Char('/') + QString::fromLatin1(name);
    paths << fixture + QStringLiteral("/futurecart_employee_details.txt")
          << fixture + QStringLiteral("/futurecart_case_details.txt") << surveys.fileName();
    const CliRunner cli(dir);
    const CliResult r = cli.run(QStringList { QStringLiteral("import"), QStringLiteral("--db"), db } + paths);
    if (!r.finished || r.exitCode != 0)
        return QStringLiteral("import exit %1: %2 %3").arg(r.exitCode).arg(r.out, r.err);
    return {};
}

} // namespace carepulse::test
