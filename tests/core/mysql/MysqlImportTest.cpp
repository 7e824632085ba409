// The course tables on a server (load-dimensions, import --from) and a server as the store, each
// compared with the same work done on files and on the SQLite store.

#include "MysqlTest.h"

using namespace carepulse;
using namespace carepulse::test;

namespace {

struct RealCount {
    const char* dimension;
    qint64 rows;
};

constexpr RealCount kRealCounts[] = {
    { "calendar", 21553 },
    { "call_center", 25 },
    { "case_category", 27 },
    { "case_country", 193 },
    { "case_priority", 25 },
    { "survey_question", 5 },
};

} // namespace

void MysqlTest::loadDimensionsGivesRealCounts()
{
    REQUIRE_SERVER();
    const QStringList load { QStringLiteral("mysql"), QStringLiteral("load-dimensions"), QStringLiteral("--url"),
        m_server.url(QStringLiteral("warehouse")), QStringLiteral("--format"), QStringLiteral("json") };
    for (int run = 0; run < 2; ++run) {
        const CliResult r = cli(load);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QMap<QString, QJsonObject> tables;
        for (const QJsonValue& v :
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tables")).toArray())
            tables.insert(v.toObject().value(QStringLiteral("dimension")).toString(), v.toObject());
        QCOMPARE(tables.size(), 8);
        for (const RealCount& real : kRealCounts) {
            const QJsonObject t = tables.value(QLatin1String(real.dimension));
            QCOMPARE(field(t, "read"), real.rows);
            QCOMPARE(field(t, "loaded"), run == 0 ? real.rows : 0); // the second load changes nothing
            QCOMPARE(field(t, "duplicates"), run == 0 ? 0 : real.rows);
            QCOMPARE(field(t, "quarantined"), 0);
        }
        QCOMPARE(field(tables.value(QStringLiteral("employee")), "read"), 0); // not public: created empty
        QCOMPARE(field(tables.value(QStringLiteral("product")), "read"), 0);
    }
    const QString db = QStringLiteral("warehouse");
    QCOMPARE(m_server.value(QStringLiteral("SELECT COUNT(*) FROM futurecart_calendar_details"), db),
        QStringLiteral("21553"));
    QCOMPARE(
        m_server.value(QStringLiteral("SELECT COUNT(*) FROM futurecart_case_priority_details WHERE sla IS NULL"), db),
        QStringLiteral("2"));
    QCOMPARE(m_server.value(
                 QStringLiteral(
                     "SELECT neutral_response_range FROM futurecart_survey_question_details WHERE question_id = 'Q5'"),
                 db),
        QStringLiteral("6-8"));
    QCOMPARE(m_server.value(
                 QStringLiteral("SELECT `range` FROM futurecart_survey_question_details WHERE question_id = 'Q4'"), db),
        QStringLiteral("NULL"));
    QCOMPARE(m_server.value(QStringLiteral("SELECT name FROM futurecart_case_country_details WHERE id = 384"), db),
        QStringLiteral("C\u00f4te d'Ivoire"));
}

void MysqlTest::importFromServerMatchesFileImport()
{
    REQUIRE_SERVER();
    const QString db = QStringLiteral("course");
    const CliResult load = cli({ QStringLiteral("mysql"), QStringLiteral("load-dimensions"), QStringLiteral("--url"),
        m_server.url(db), m_withBadRows });
    QVERIFY2(load.exitCode == 0, qPrintable(describe(load)));
    const CliResult schema = cli({ QStringLiteral("mysql"), QStringLiteral("course-schema") });
    QVERIFY2(schema.exitCode == 0, qPrintable(describe(schema)));
    QString output;
    QVERIFY2(m_server.sql({}, &output, db, schema.out.toUtf8()), qPrintable(output));
    for (const auto& [table, file] :
        { std::pair { QStringLiteral("futurecart_case_details"), QStringLiteral("futurecart_case_details.txt") },
            std::pair { QStringLiteral("futurecart_case_survey_details"),
                QStringLiteral("futurecart_case_survey_details.txt") } }) {
        const QString sql = QStringLiteral(
            "LOAD DATA LOCAL INFILE '%1' INTO TABLE %2 CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' "
            "ESCAPED BY '' IGNORE 1 LINES")
                                .arg(QDir(m_withBadRows).filePath(file), table);
        QVERIFY2(m_server.sql(sql, &output, db), qPrintable(output));
    }

    const QString fromFiles = m_work.filePath(QStringLiteral("from-files.db"));
    const QString fromServer = m_work.filePath(QStringLiteral("from-server.db"));
    const CliResult files = cli({ QStringLiteral("import"), QStringLiteral("--db"), fromFiles,
        QStringLiteral("--format"), QStringLiteral("json"), m_withBadRows });
    QVERIFY2(files.exitCode == 0, qPrintable(describe(files)));
    const QStringList fromServerImport { QStringLiteral("import"), QStringLiteral("--from"), m_server.url(db),
        QStringLiteral("--db"), fromServer, QStringLiteral("--format"), QStringLiteral("json") };
    const CliResult server = cli(fromServerImport);
    QVERIFY2(server.exitCode == 0, qPrintable(describe(server)));

    // Same counts, quarantine reasons, lines and details for every kind of input.
    const QMap<QString, QJsonObject> byFile = importByKind(files.out, true);
    const QMap<QString, QJsonObject> byServer = importByKind(server.out, true);
    QCOMPARE(byServer.keys(), byFile.keys());
    QCOMPARE(byFile.size(), 10);
    for (const QString& kind : byFile.keys()) {
        const QString both = QString::fromUtf8(
            QJsonDocument(byServer.value(kind)).toJson() + QJsonDocument(byFile.value(kind)).toJson());
        QVERIFY2(byServer.value(kind) == byFile.value(kind), qPrintable(kind + QLatin1Char('\n') + both));
    }
    QCOMPARE(field(byServer.value(QStringLiteral("cases")), "quarantined"), 3);
    QCOMPARE(field(byServer.value(QStringLiteral("surveys")), "quarantined"), 3);
    QCOMPARE(kpiJson(fromServer), kpiJson(fromFiles));

    // Idempotent: a second import from the server only finds duplicates, and keeps each bad row once.
    const CliResult again = cli(fromServerImport);
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    for (const QJsonObject& file : importByKind(again.out)) {
        QCOMPARE(field(file, "loaded"), 0);
        QCOMPARE(field(file, "duplicates"), field(file, "records_read") - field(file, "quarantined"));
    }
    const std::unique_ptr<Store> a = openStore(fromFiles);
    const std::unique_ptr<Store> b = openStore(fromServer);
    QCOMPARE(counts(*b)[QStringLiteral("quarantine")], counts(*a)[QStringLiteral("quarantine")]);
    QCOMPARE(counts(*b)[QStringLiteral("case_event")], counts(*a)[QStringLiteral("case_event")]);
    QCOMPARE(kpiJson(fromServer), kpiJson(fromFiles));
}

void MysqlTest::importFromServerRefusesMissingColumns()
{
    REQUIRE_SERVER();
    const QString db = QStringLiteral("bad_course");
    QString output;
    QVERIFY2(m_server.sql(QStringLiteral("CREATE DATABASE bad_course; CREATE TABLE bad_course.futurecart_case_details "
                                         "(create_timestamp VARCHAR(32), status VARCHAR(32))"),
                 &output),
        qPrintable(output));
    const QString store = m_work.filePath(QStringLiteral("refused.db"));
    const CliResult r
        = cli({ QStringLiteral("import"), QStringLiteral("--from"), m_server.url(db), QStringLiteral("--db"), store });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("futurecart_case_details")) && r.err.contains(QLatin1String("case_no"))
            && r.err.contains(QLatin1String("last_modified_timestamp"))
            && r.err.contains(QLatin1String("Nothing was imported")),
        qPrintable(r.err));
    QVERIFY(!QFile::exists(store));
}

void MysqlTest::mysqlStoreMatchesSqlite()
{
    REQUIRE_SERVER();
    const QString mysqlStore = m_server.url(QStringLiteral("carepulse"));
    const QString sqliteStore = m_work.filePath(QStringLiteral("reference.db"));
    const CliResult intoMysql = cli({ QStringLiteral("import"), QStringLiteral("--db"), mysqlStore,
        QStringLiteral("--format"), QStringLiteral("json"), m_generated });
    QVERIFY2(intoMysql.exitCode == 0, qPrintable(describe(intoMysql)));
    const CliResult intoSqlite = cli({ QStringLiteral("import"), QStringLiteral("--db"), sqliteStore,
        QStringLiteral("--format"), QStringLiteral("json"), m_generated });
    QVERIFY2(intoSqlite.exitCode == 0, qPrintable(describe(intoSqlite)));
    QCOMPARE(importByKind(intoMysql.out), importByKind(intoSqlite.out));
    QCOMPARE(
        QJsonDocument::fromJson(intoMysql.out.toUtf8()).object().value(QStringLiteral("store")).toString(), mysqlStore);

    const QString kpi = kpiJson(sqliteStore);
    QVERIFY2(kpi.startsWith(QLatin1Char('{')), qPrintable(kpi));
    QCOMPARE(kpiJson(mysqlStore), kpi);
    // Every report command reads the server the same way.
    for (const QStringList& report :
        { QStringList { QStringLiteral("breaches"), QStringLiteral("--format"), QStringLiteral("csv") },
            QStringList { QStringLiteral("breaches"), QStringLiteral("--group-by"), QStringLiteral("center,manager") },
            QStringList { QStringLiteral("export"), QStringLiteral("by-priority"), QStringLiteral("--output"),
                QStringLiteral("-") } }) {
        const CliResult fromMysql = cli(report + QStringList { QStringLiteral("--db"), mysqlStore });
        const CliResult fromSqlite = cli(report + QStringList { QStringLiteral("--db"), sqliteStore });
        QVERIFY2(fromSqlite.exitCode == 0 && !fromSqlite.out.isEmpty(), qPrintable(describe(fromSqlite)));
        QCOMPARE(fromMysql.out, fromSqlite.out);
    }
    {
        const std::unique_ptr<Store> mysql = openStore(mysqlStore);
        const std::unique_ptr<Store> sqlite = openStore(sqliteStore);
        QCOMPARE(counts(*mysql), counts(*sqlite));
        QCOMPARE(mysql->schemaVersion(), 2);
        QCOMPARE(mysql->location(), mysqlStore);
    }

    // Importing twice changes nothing: every record is a duplicate.
    const CliResult again = cli({ QStringLiteral("import"), QStringLiteral("--db"), mysqlStore,
        QStringLiteral("--format"), QStringLiteral("json"), m_generated });
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    for (const QJsonObject& file : importByKind(again.out)) {
        QCOMPARE(field(file, "loaded"), 0);
        QCOMPARE(field(file, "updated"), 0);
        QCOMPARE(field(file, "duplicates"), field(file, "records_read"));
    }
    QCOMPARE(kpiJson(mysqlStore), kpi);
}
