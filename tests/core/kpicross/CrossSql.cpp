// The SQL of the cross-check, written from metrics.md alone (not from the engine): plain SQLite over the
// store's tables, run by the sqlite3 shell. Every line it prints is "tag|value|value|...".

#include "CrossSql.h"

#include <QFile>

#include <initializer_list>

namespace carepulse::test {

namespace {

// Scripts of tests/fixtures/sql, one after the other, with %T% replaced by asOf (empty: the data clock).
QByteArray fixtureScript(std::initializer_list<const char*> names, const QString& asOf)
{
    QByteArray t("(SELECT max(m) FROM (SELECT max(modified_ts) AS m FROM main.case_event"
                 " UNION ALL SELECT max(survey_ts) FROM main.survey))");
    if (!asOf.isEmpty())
        t = QByteArray("CAST(strftime('%s', '" + asOf.toLatin1() + "') AS INTEGER)");
    // The scripts are shared with the benchmark's sqlite3 baselines.
    QByteArray script;
    for (const char* name : names) {
        QFile file(QStringLiteral(CAREPULSE_FIXTURES "/sql/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        script += file.readAll();
    }
    script.replace("%T%", t);
    return script;
}

} // namespace

QByteArray crossCheckScript(const QString& asOf)
{
    return fixtureScript({"cases-at-T.sql", "kpi-crosscheck.sql"}, asOf);
}

QByteArray groupByManagerScript(const QString& asOf)
{
    return fixtureScript({"cases-at-T.sql", "group-by-manager.sql"}, asOf);
}

QByteArray breachListScript(const QString& asOf)
{
    return fixtureScript({"cases-at-T.sql", "breach-list.sql"}, asOf);
}

// Extra events and surveys on top of the generated history, so that the cross-check also meets what the
// generator never writes: reopened and re-closed cases, reason-code statuses in any case, category
// corrections, same-time ties, closed-only cases, an earlier create time on a later event, survey ties on
// survey_id, surveys for unknown cases, unanswered Q1 and identical copies. No two events of a case tie on
// time with the same status class and different attributes (metrics.md leaves that order open).
const char* const kPerturbCases = R"sql(
.bail on
.headers on
.mode tabs
.nullvalue ''
WITH e AS (
  SELECT *, CAST(case_no AS INTEGER) AS k,
         row_number() OVER (PARTITION BY case_no ORDER BY modified_ts DESC, seq DESC) AS rn_last,
         row_number() OVER (PARTITION BY case_no ORDER BY modified_ts ASC, seq ASC) AS rn_first
  FROM case_event),
x(case_no, c, m, status, category, sub_category, src) AS (
  -- reopened 30 minutes after the closing
  SELECT case_no, create_ts, modified_ts + 1800, 'in progress', category, sub_category, seq
  FROM e WHERE rn_last = 1 AND status = 'Closed' AND k % 50 = 1
  UNION ALL -- closed again an hour later with a reason code (closed_at moves)
  SELECT case_no, create_ts, modified_ts + 3600,
         CASE k % 3 WHEN 0 THEN 'Resolved' WHEN 1 THEN 'NOT A PROBLEM' ELSE 'rejected' END, category, sub_category, seq
  FROM e WHERE rn_last = 1 AND status = 'Closed' AND k % 50 = 2
  UNION ALL -- category corrected 10 minutes after the latest event (to P10, or to a pair not in the table)
  SELECT case_no, create_ts, modified_ts + 600, status,
         CASE WHEN k % 100 = 3 THEN 'CAT9' ELSE 'CAT3' END, CASE WHEN k % 100 = 3 THEN 'SCAT99' ELSE 'SCAT14' END, seq
  FROM e WHERE rn_last = 1 AND k % 50 = 3
  UNION ALL -- a closed-class event at the same time as the first (Open) event, with another category: wins
  SELECT case_no, create_ts, modified_ts, 'Completed', 'CAT6', 'SCAT26', seq
  FROM e WHERE rn_first = 1 AND status = 'Open' AND k % 50 = 4
  UNION ALL -- an open-class event at the same time as the closing, with another category: loses
  SELECT case_no, create_ts, modified_ts, 'needs approval', 'CAT1', 'SCAT1', seq
  FROM e WHERE rn_last = 1 AND status = 'Closed' AND k % 50 = 5
  UNION ALL -- new cases seen only as Closed
  SELECT 'X' || case_no, create_ts, create_ts + 7200, 'Closed', category, sub_category, seq
  FROM e WHERE rn_first = 1 AND k % 50 = 6
  UNION ALL -- a later event carrying an earlier create time
  SELECT case_no, create_ts - 3600, create_ts + 60, 'in progress', category, sub_category, seq
  FROM e WHERE rn_first = 1 AND k % 50 = 8)
SELECT x.case_no AS case_no, datetime(x.c, 'unixepoch') AS create_timestamp,
       datetime(x.m, 'unixepoch') AS last_modified_timestamp, s.created_employee_key AS created_employee_key,
       s.call_center_id AS call_center_id, x.status AS status, x.category AS category, x.sub_category AS sub_category,
       s.communication_mode AS communication_mode, s.country_cd AS country_cd, s.product_code AS product_code
FROM x JOIN case_event s ON s.seq = x.src
ORDER BY x.src, x.m;
)sql";

const char* const kPerturbSurveys = R"sql(
.bail on
.headers on
.mode tabs
.nullvalue ''
WITH s AS (SELECT *, CAST(case_no AS INTEGER) AS k FROM survey),
x(survey_id, case_no, ts, q1, q2, q3, q4, q5) AS (
  -- same case and time, a smaller survey_id as text ("S-0100001" < "S-100001") and another Q1: it wins
  SELECT 'S-0' || substr(survey_id, 3), case_no, survey_ts, (q1 % 10) + 1, q2, q3, q4, q5 FROM s WHERE k % 20 = 1
  UNION ALL -- same case and time, a greater survey_id as text ("S-9S-100001" > "S-100001"): it loses
  SELECT 'S-9' || survey_id, case_no, survey_ts, (q1 + 4) % 10 + 1, q2, q3, q4, q5 FROM s WHERE k % 20 = 2
  UNION ALL -- a case the events never name, Q1 unanswered
  SELECT 'S-U' || substr(survey_id, 3), 'U' || case_no, survey_ts + 60, NULL, q2, q3, q4, q5 FROM s WHERE k % 20 = 3
  UNION ALL -- an earlier survey for the same case, Q1 unanswered: it becomes the first
  SELECT 'S-E' || substr(survey_id, 3), case_no, survey_ts - 600, NULL, q2, q3, q4, q5 FROM s WHERE k % 20 = 5
  UNION ALL -- identical copies: nothing changes
  SELECT survey_id, case_no, survey_ts, q1, q2, q3, q4, q5 FROM s WHERE k % 20 = 4)
SELECT survey_id, case_no, datetime(ts, 'unixepoch') AS survey_timestamp,
       q1 AS Q1, q2 AS Q2, q3 AS Q3, q4 AS Q4, q5 AS Q5
FROM x ORDER BY case_no, ts, survey_id;
)sql";

QByteArray perturbCasesScript()
{
    return kPerturbCases;
}

QByteArray perturbSurveysScript()
{
    return kPerturbSurveys;
}

} // namespace carepulse::test
