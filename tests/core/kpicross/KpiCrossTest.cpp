// An independent path to every figure of `carepulse-cli kpi`: a generated history (simulate history) is
// imported, then metrics.md's figures are computed with plain SQL over the store's tables by the sqlite3
// shell (CrossSql.cpp) and compared with the CLI's JSON at several as-of moments. A second store adds events
// and surveys the generator never writes (reopenings, reason codes, corrections, ties, closed-only cases,
// survey ties and unanswered Q1) on top of the same history.

#include "../kpi/JsonCheck.h"
#include "CrossSql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <utility>

using namespace carepulse::test;

namespace {

struct Run {
    bool ok = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProcess(const QString& program, const QStringList& args, const QString& workDir, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAREPULSE_DB"), workDir + QStringLiteral("/default.db"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), workDir + QStringLiteral("/xdg-data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workDir);
    process.start(program, args);
    Run run;
    if (!process.waitForStarted()) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.ok = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString describe(const Run& r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.left(4000)), QString::fromUtf8(r.err.left(4000)));
}

QJsonValue countOrNull(const QByteArray& field)
{
    return field == "NULL" ? QJsonValue(QJsonValue::Null) : QJsonValue(field.toLongLong());
}

QJsonValue textOrNull(const QByteArray& field)
{
    return field == "NULL" ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(field));
}

// 100 x part / whole rounded to two decimals (half up), from integers; null when whole is 0.
QJsonValue percent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return QJsonValue(QJsonValue::Null);
    const qint64 hundredths = (20000 * part + whole) / (2 * whole);
    return QJsonValue(static_cast<double>(hundredths) / 100.0);
}

// The kpi JSON object metrics.md defines, built from the SQL's lines.
QJsonObject expectedFromSql(const QByteArray& sqlOutput, QString& error)
{
    QJsonObject root, rolling, calendar, sla, surveys;
    QJsonArray byPriority;
    for (const QByteArray& line : sqlOutput.split('\n')) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split('|');
        const QByteArray& tag = f.at(0);
        if (tag == "as_of" && f.size() == 2) {
            root.insert(QStringLiteral("as_of"), QString::fromUtf8(f.at(1)));
        } else if (tag == "cases" && f.size() == 4) {
            root.insert(QStringLiteral("cases"), QJsonObject{{QStringLiteral("total"), f.at(1).toLongLong()},
                                                             {QStringLiteral("open"), f.at(2).toLongLong()},
                                                             {QStringLiteral("closed"), f.at(3).toLongLong()}});
        } else if (tag == "window" && f.size() == 12) {
            const QString name = QString::fromUtf8(f.at(1));
            const qint64 closed = f.at(3).toLongLong();
            const qint64 sum = f.at(4).toLongLong();
            QJsonObject resolution{{QStringLiteral("mean"), closed ? QJsonValue(static_cast<double>(sum) / static_cast<double>(closed))
                                                                   : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("median"), countOrNull(f.at(5))},
                                   {QStringLiteral("p90"), countOrNull(f.at(6))}};
            QJsonObject w{{QStringLiteral("opened"), f.at(2).toLongLong()},  {QStringLiteral("closed"), closed},
                          {QStringLiteral("surveys"), f.at(7).toLongLong()}, {QStringLiteral("positive"), f.at(8).toLongLong()},
                          {QStringLiteral("neutral"), f.at(9).toLongLong()}, {QStringLiteral("negative"), f.at(10).toLongLong()},
                          {QStringLiteral("resolution_s"), resolution}};
            const bool isRolling = QStringList{QStringLiteral("1h"), QStringLiteral("24h"), QStringLiteral("7d"),
                                               QStringLiteral("30d")}.contains(name);
            (isRolling ? rolling : calendar).insert(name, w);
        } else if (tag == "priority" && f.size() == 8) {
            byPriority.append(QJsonObject{{QStringLiteral("priority"), QString::fromUtf8(f.at(1))},
                                          {QStringLiteral("level"), textOrNull(f.at(2))},
                                          {QStringLiteral("severity"), textOrNull(f.at(3))},
                                          {QStringLiteral("sla_hours"), countOrNull(f.at(4))},
                                          {QStringLiteral("total"), f.at(5).toLongLong()},
                                          {QStringLiteral("open"), f.at(6).toLongLong()},
                                          {QStringLiteral("closed"), f.at(7).toLongLong()}});
        } else if (tag == "sla" && f.size() == 6) {
            const qint64 met = f.at(2).toLongLong();
            const qint64 breachedOpen = f.at(3).toLongLong();
            const qint64 breachedClosed = f.at(4).toLongLong();
            sla = QJsonObject{{QStringLiteral("with_sla"), f.at(1).toLongLong()},
                              {QStringLiteral("met"), met},
                              {QStringLiteral("breached"), breachedOpen + breachedClosed},
                              {QStringLiteral("breached_open"), breachedOpen},
                              {QStringLiteral("breached_closed"), breachedClosed},
                              {QStringLiteral("at_risk"), f.at(5).toLongLong()},
                              {QStringLiteral("compliance_pct"), percent(met, met + breachedClosed)}};
        } else if (tag == "surveys" && f.size() == 5) {
            const qint64 positive = f.at(2).toLongLong();
            const qint64 neutral = f.at(3).toLongLong();
            const qint64 negative = f.at(4).toLongLong();
            surveys = QJsonObject{{QStringLiteral("total"), f.at(1).toLongLong()},
                                  {QStringLiteral("positive"), positive},
                                  {QStringLiteral("neutral"), neutral},
                                  {QStringLiteral("negative"), negative},
                                  {QStringLiteral("csat_pct"), percent(positive, positive + neutral + negative)}};
        } else {
            error = QStringLiteral("unexpected SQL output line: ") + QString::fromUtf8(line);
            return {};
        }
    }
    root.insert(QStringLiteral("rolling"), rolling);
    root.insert(QStringLiteral("calendar"), calendar);
    root.insert(QStringLiteral("by_priority"), byPriority);
    root.insert(QStringLiteral("sla"), sla);
    root.insert(QStringLiteral("surveys"), surveys);
    if (rolling.size() != 4 || calendar.size() != 3 || sla.isEmpty() || surveys.isEmpty() || !root.contains(QStringLiteral("cases")))
        error = QStringLiteral("incomplete SQL output:\n") + QString::fromUtf8(sqlOutput);
    return root;
}

} // namespace

class KpiCrossTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sqlite;
    QMap<QString, QString> m_stores;           // "history", "history+extras" -> store path
    QMap<QString, QStringList> m_moments;      // store name -> as-of moments ("" = the data clock)
    QElapsedTimer m_clock;

    Run cli(const QStringList& args) const { return runProcess(QStringLiteral(CAREPULSE_CLI), args, m_dir.path()); }
    Run sql(const QString& db, const QByteArray& script) const
    {
        return runProcess(m_sqlite, {QStringLiteral("-readonly"), db}, m_dir.path(), script);
    }
    QString scalar(const QString& db, const char* query) const
    {
        const Run r = sql(db, QByteArray(".bail on\n") + query + '\n');
        return r.ok && r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
    }

    // The moments compared on a store: the data clock, one and five days before it, the exact time of a
    // closing in the middle of the data, a moment before any data, and one past the calendar dimension
    // (2049-12-31), where the week and month windows fall back to ISO weeks and civil months.
    QStringList momentsOf(const QString& db) const
    {
        const char* clock = "(SELECT max(m) FROM (SELECT max(modified_ts) AS m FROM case_event"
                            " UNION ALL SELECT max(survey_ts) FROM survey))";
        return {QString(),
                scalar(db, QByteArray(QByteArray("SELECT datetime(") + clock + " - 86400, 'unixepoch');").constData()),
                scalar(db, QByteArray(QByteArray("SELECT datetime(") + clock + " - 5 * 86400, 'unixepoch');").constData()),
                scalar(db, "SELECT datetime(modified_ts, 'unixepoch') FROM case_event WHERE status = 'Closed'"
                           " ORDER BY modified_ts, seq LIMIT 1 OFFSET (SELECT count(*) / 2 FROM case_event WHERE status = 'Closed');"),
                QStringLiteral("2025-02-01 00:00:00"),
                QStringLiteral("2050-01-03 12:00:00")};
    }

private slots:
    void initTestCase()
    {
        m_clock.start();
        QVERIFY(m_dir.isValid());
        m_sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!m_sqlite.isEmpty(), "the sqlite3 command-line shell is needed (apt-get install sqlite3)");

        const QString data = m_dir.filePath(QStringLiteral("history"));
        Run r = cli({QStringLiteral("simulate"), QStringLiteral("history"), QStringLiteral("--out"), data,
                     QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--cases"), QStringLiteral("20000"),
                     QStringLiteral("--days"), QStringLiteral("10"), QStringLiteral("--end"), QStringLiteral("2025-03-10 12:00:00"),
                     QStringLiteral("--employees"), QStringLiteral("500"), QStringLiteral("--products"), QStringLiteral("300")});
        QVERIFY2(r.ok && r.exitCode == 0, qPrintable(describe(r)));

        const QString base = m_dir.filePath(QStringLiteral("history.db"));
        r = cli({QStringLiteral("import"), QStringLiteral("--db"), base, data});
        QVERIFY2(r.ok && r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(scalar(base, "SELECT count(DISTINCT case_no) FROM case_event;"), QStringLiteral("20000"));
        QCOMPARE(scalar(base, "SELECT count(*) FROM quarantine;"), QStringLiteral("0"));

        // The second store: the same history plus the extras derived from it.
        const QString extras = m_dir.filePath(QStringLiteral("history+extras.db"));
        QVERIFY(QFile::copy(base, extras));
        const QString casesFile = m_dir.filePath(QStringLiteral("extra_cases.tsv"));
        const QString surveysFile = m_dir.filePath(QStringLiteral("extra_surveys.tsv"));
        for (const auto& [script, file] : {std::pair{perturbCasesScript(), casesFile}, std::pair{perturbSurveysScript(), surveysFile}}) {
            r = sql(base, script);
            QVERIFY2(r.ok && r.exitCode == 0 && r.out.count('\n') > 100, qPrintable(describe(r)));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(r.out), r.out.size());
        }
        r = cli({QStringLiteral("import"), QStringLiteral("--db"), extras, casesFile, surveysFile});
        QVERIFY2(r.ok && r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(scalar(extras, "SELECT count(*) FROM quarantine;"), QStringLiteral("0"));
        // The identical survey copies (cases with case_no % 20 = 4) were recognised as already stored.
        const qint64 extraSurveyRows = readAll(surveysFile).count('\n') - 1;
        const qint64 copies = scalar(base, "SELECT count(*) FROM survey WHERE CAST(case_no AS INTEGER) % 20 = 4;").toLongLong();
        QVERIFY(copies > 0);
        QCOMPARE(scalar(extras, "SELECT count(*) FROM survey;").toLongLong(),
                 scalar(base, "SELECT count(*) FROM survey;").toLongLong() + extraSurveyRows - copies);

        m_stores.insert(QStringLiteral("history"), base);
        m_stores.insert(QStringLiteral("history+extras"), extras);
        for (auto it = m_stores.begin(); it != m_stores.end(); ++it) {
            const QStringList moments = momentsOf(it.value());
            for (const QString& m : moments.mid(1))
                QVERIFY2(!m.isEmpty(), "a moment query returned nothing");
            m_moments.insert(it.key(), moments);
        }
    }

    void crossCheck_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("asOf");
        for (auto it = m_stores.begin(); it != m_stores.end(); ++it) {
            for (const QString& asOf : m_moments.value(it.key())) {
                const QString tag = it.key() + QLatin1Char('@') + (asOf.isEmpty() ? QStringLiteral("data-clock") : asOf);
                QTest::newRow(qPrintable(tag)) << it.value() << asOf;
            }
        }
    }

    // Every figure of `kpi --format json` equals the SQL's.
    void crossCheck()
    {
        QFETCH(QString, db);
        QFETCH(QString, asOf);

        const Run s = sql(db, crossCheckScript(asOf));
        QVERIFY2(s.ok && s.exitCode == 0 && s.err.isEmpty(), qPrintable(describe(s)));
        QString error;
        const QJsonObject expected = expectedFromSql(s.out, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QStringList args{QStringLiteral("kpi"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")};
        if (!asOf.isEmpty())
            args << QStringLiteral("--as-of") << asOf;
        const Run k = cli(args);
        QVERIFY2(k.ok && k.exitCode == 0, qPrintable(describe(k)));
        QJsonParseError parseError;
        const QJsonDocument actual = QJsonDocument::fromJson(k.out, &parseError);
        QVERIFY2(actual.isObject(), qPrintable(parseError.errorString() + QLatin1Char('\n') + QString::fromUtf8(k.out)));

        QStringList differences;
        diffJson(QString(), expected, actual.object(), differences);
        if (!differences.isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("\n%1 difference(s) between the SQL (expected) and kpi (got):\n  %2\nSQL output:\n%3")
                                 .arg(differences.size())
                                 .arg(differences.join(QStringLiteral("\n  ")), QString::fromUtf8(s.out))));
        }
    }

    void groupsCrossCheck_data() { crossCheck_data(); }

    // Every group row of `breaches --group-by manager` equals the SQL's.
    void groupsCrossCheck()
    {
        QFETCH(QString, db);
        QFETCH(QString, asOf);

        const Run s = sql(db, groupByManagerScript(asOf));
        QVERIFY2(s.ok && s.exitCode == 0 && s.err.isEmpty(), qPrintable(describe(s)));
        QMap<QString, QStringList> expected; // manager -> the row's figures
        for (const QByteArray& line : s.out.split('\n')) {
            if (line.isEmpty())
                continue;
            QStringList fields = QString::fromUtf8(line).split(QLatin1Char('|'));
            QCOMPARE(fields.size(), 8);
            expected.insert(fields.takeFirst(), fields);
        }

        QStringList args{QStringLiteral("breaches"), QStringLiteral("--db"), db, QStringLiteral("--group-by"),
                         QStringLiteral("manager"), QStringLiteral("--format"), QStringLiteral("json")};
        if (!asOf.isEmpty())
            args << QStringLiteral("--as-of") << asOf;
        const Run b = cli(args);
        QVERIFY2(b.ok && b.exitCode == 0, qPrintable(describe(b)));
        const QJsonArray rows = QJsonDocument::fromJson(b.out).array();
        QCOMPARE(rows.size(), expected.size());
        QVERIFY(asOf.startsWith(QLatin1String("2025-02")) || rows.size() > 10);
        int withMedian = 0;
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            const QString manager = row.value(QLatin1String("manager")).toString(); // null: unknown, ''
            QVERIFY2(expected.contains(manager), qPrintable(manager));
            const QStringList want = expected.take(manager);
            const auto figure = [&](const char* key) {
                const QJsonValue v = row.value(QLatin1String(key));
                return v.isNull() ? QStringLiteral("NULL") : v.toString();
            };
            const QStringList got{figure("cases"), figure("open"), figure("breached"), figure("at_risk"), figure("met")};
            QVERIFY2(got == want.mid(0, 5), qPrintable(manager + QLatin1String(": ") + got.join(QLatin1Char(' '))
                                                           + QLatin1String(" against ") + want.join(QLatin1Char(' '))));
            const QString compliance = figure("compliance_pct");
            QVERIFY2(compliance == want[5] || qAbs(compliance.toDouble() - want[5].toDouble()) < 1e-9,
                     qPrintable(manager + QLatin1String(": ") + compliance + QLatin1String(" against ") + want[5]));
            QCOMPARE(figure("median_overdue_by_s"), want[6]);
            withMedian += want[6] != QLatin1String("NULL") ? 1 : 0;
        }
        QVERIFY(asOf.startsWith(QLatin1String("2025-02")) || withMedian > 0);
    }

    void breachListCrossCheck_data() { crossCheck_data(); }

    // The cases of `breaches` (the breach list) and their overdue times equal the SQL's.
    void breachListCrossCheck()
    {
        QFETCH(QString, db);
        QFETCH(QString, asOf);

        const Run s = sql(db, breachListScript(asOf));
        QVERIFY2(s.ok && s.exitCode == 0 && s.err.isEmpty(), qPrintable(describe(s)));
        QMap<QString, QString> expected; // case_no -> overdue_by_s
        for (const QByteArray& line : s.out.split('\n')) {
            const QList<QByteArray> fields = line.split('|');
            if (fields.size() == 2)
                expected.insert(QString::fromUtf8(fields[0]), QString::fromUtf8(fields[1]));
        }
        QStringList args{QStringLiteral("breaches"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                         QStringLiteral("json")};
        if (!asOf.isEmpty())
            args << QStringLiteral("--as-of") << asOf;
        const Run b = cli(args);
        QVERIFY2(b.ok && b.exitCode == 0, qPrintable(describe(b)));
        const QJsonArray rows = QJsonDocument::fromJson(b.out).array();
        QMap<QString, QString> listed;
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            QCOMPARE(row.value(QLatin1String("sla_state")).toString(), QStringLiteral("breached"));
            listed.insert(row.value(QLatin1String("case_no")).toString(), row.value(QLatin1String("overdue_by_s")).toString());
        }
        QCOMPARE(listed.size(), rows.size()); // no case twice
        QVERIFY(asOf.startsWith(QLatin1String("2025-02")) || listed.size() > 100);
        QCOMPARE(listed, expected);
    }

    void cleanupTestCase()
    {
        qInfo("cross-check took %lld ms", static_cast<long long>(m_clock.elapsed()));
    }
};

QTEST_MAIN(KpiCrossTest)
#include "KpiCrossTest.moc"
