// CSV and export: RFC 4180 quoting (comma, quote, line break), CRLF, one header row; byte-identical
// output for the same inputs; `carepulse-cli export` of each of the seven reports on a generated data set
// with the row counts that can be known independently; `--manifest`; the store fingerprint; `breaches
// --format json`; and the CLI's usage errors.

#include "ReportTestSupport.h"
#include "ReportTests.h"

#include "book/Books.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiTable.h"
#include "report/CsvWriter.h"
#include "report/Reports.h"
#include "store/Store.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace carepulse;
using namespace carepulse::test;

namespace {

QJsonObject jsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class ExportTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_drilldownDb;
    QString m_generatedDb;
    std::int64_t m_generatedQuarantined = 0;
    QJsonObject m_kpi; // `kpi --format json` of the generated store

    CliRunner cli() const { return CliRunner(m_scratch.path()); }

    QString path(const QString& name) const { return m_scratch.filePath(name); }

    // `export REPORT --db db --output FILE args...`; returns the CSV bytes ("" and a failure on error).
    QByteArray exportReport(const QString& db, const QString& report, const QString& file, const QStringList& args = {}) const
    {
        const CliResult r = cli().run(QStringList{QStringLiteral("export"), report, QStringLiteral("--db"), db,
                                                  QStringLiteral("--output"), path(file)}
                                      + args);
        if (!r.finished || r.exitCode != 0) {
            qWarning("export %s failed (exit %d): %s", qPrintable(report), r.exitCode, qPrintable(r.err));
            return {};
        }
        return readFile(path(file));
    }

    QJsonObject manifestOf(const QString& file) const
    {
        return QJsonDocument::fromJson(readFile(path(file + QStringLiteral(".manifest.json")))).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_drilldownDb = path(QStringLiteral("drilldown.db"));
        const QString problem = importFixture(cli(), QStringLiteral("drilldown"), m_drilldownDb);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // A generated data set (data set S's shape, smaller).
        const QString out = path(QStringLiteral("generated"));
        const CliResult sim = cli().run({QStringLiteral("simulate"), QStringLiteral("history"), QStringLiteral("--out"), out,
                                         QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--cases"), QStringLiteral("5000"),
                                         QStringLiteral("--employees"), QStringLiteral("300"), QStringLiteral("--products"),
                                         QStringLiteral("200"), QStringLiteral("--end"), QStringLiteral("2025-03-10 12:00:00")});
        QVERIFY2(sim.finished && sim.exitCode == 0, qPrintable(sim.err));
        m_generatedDb = path(QStringLiteral("generated.db"));
        QJsonArray files;
        const QString imported = importInto(cli(), m_generatedDb, {out}, &files);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        // Two bad records of our own (report/quarantine/NOTES.md): the generated data has none.
        const QString bad = importInto(cli(), m_generatedDb, {reportFixture(QStringLiteral("quarantine/bad_batch.json")),
                                                              reportFixture(QStringLiteral("quarantine/bad_cases.tsv"))}, &files);
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        for (const QJsonValue& f : files)
            m_generatedQuarantined += f.toObject().value(QStringLiteral("quarantined")).toInteger();
        QCOMPARE(m_generatedQuarantined, std::int64_t{2});

        const CliResult kpi = cli().run({QStringLiteral("kpi"), QStringLiteral("--db"), m_generatedDb, QStringLiteral("--format"),
                                         QStringLiteral("json")});
        QVERIFY2(kpi.finished && kpi.exitCode == 0, qPrintable(kpi.err));
        m_kpi = jsonObject(kpi.out);
        QVERIFY(m_kpi.value(QStringLiteral("cases")).toObject().value(QStringLiteral("total")).toInteger() > 1000);
    }

    // RFC 4180: a field with a comma, a quote or a line break (LF, CR) is quoted, quotes doubled; others are
    // not; every record ends with CRLF.
    void csvWriterQuoting()
    {
        const std::string expected = "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,caf\xc3\xa9\r\n";
        CsvWriter list;
        list.row({"plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "", "caf\xc3\xa9"});
        QCOMPARE(list.text(), expected);
        CsvWriter vector;
        vector.row(std::vector<std::string>{"plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "", "caf\xc3\xa9"});
        QCOMPARE(vector.text(), expected);

        const Csv back = Csv::parse(expected);
        QVERIFY2(back.ok, back.problem.c_str());
        QCOMPARE(back.records.size(), std::size_t{1});
        QCOMPARE(back.records[0][2], std::string("say \"hi\""));
        QCOMPARE(back.records[0][3], std::string("two\nlines"));
    }

    // A report table: one header row, then the rows, CRLF after each.
    void reportTableCsv()
    {
        const ReportTable table{{"name", "note"}, {{"a", "x, y"}, {"b", "line\nbreak"}, {"c", "\"quoted\""}}};
        QCOMPARE(table.toCsv(), std::string("name,note\r\na,\"x, y\"\r\nb,\"line\nbreak\"\r\nc,\"\"\"quoted\"\"\"\r\n"));
        const ReportTable empty{{"only", "header"}, {}};
        QCOMPARE(empty.toCsv(), std::string("only,header\r\n"));
    }

    // The CLI's CSV quotes the names that need it: "Concentrix, New york", "Korea, Republic of", O"Neil.
    void cliCsvQuoting_data()
    {
        QTest::addColumn<QString>("groupBy");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("centre name with a comma") << QStringLiteral("center") << QStringLiteral("\r\nC-101,\"Concentrix, New york\",6,");
        QTest::newRow("country name with a comma") << QStringLiteral("country") << QStringLiteral("\r\nKR,\"Korea, Republic of\",1,");
        QTest::newRow("employee name with a quote") << QStringLiteral("employee") << QStringLiteral("\r\n1002,\"Bob O\"\"Neil\",3,");
    }
    void cliCsvQuoting()
    {
        QFETCH(QString, groupBy);
        QFETCH(QString, fragment);
        const CliResult r = cli().run({QStringLiteral("breaches"), QStringLiteral("--db"), m_drilldownDb, QStringLiteral("--as-of"),
                                       QStringLiteral("2025-03-10 12:00:00"), QStringLiteral("--group-by"), groupBy});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(fragment), qPrintable(r.out));
        QCOMPARE(r.out.count(QLatin1Char('\n')), r.out.count(QStringLiteral("\r\n"))); // no bare LF
        const Csv csv = Csv::parse(r.out.toStdString());
        QVERIFY2(csv.ok, csv.problem.c_str());
        for (std::size_t i = 1; i < csv.records.size(); ++i)
            QVERIFY(csv.records[i] != csv.header()); // one header row
    }

    // Each of the seven reports exports on the generated data: a header, CRLF, and the rows that can be
    // counted another way.
    void exportEachReport_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QStringList>("args");
        for (const char* report : {"kpi", "by-priority", "breaches", "groups", "trends", "survey-questions", "quarantine"})
            QTest::newRow(report) << QString::fromLatin1(report) << QStringList();
        QTest::newRow("breaches at-risk") << QStringLiteral("breaches") << QStringList{QStringLiteral("--state"), QStringLiteral("at-risk")};
        QTest::newRow("breaches all") << QStringLiteral("breaches") << QStringList{QStringLiteral("--state"), QStringLiteral("all")};
        QTest::newRow("groups center,manager") << QStringLiteral("groups")
                                               << QStringList{QStringLiteral("--group-by"), QStringLiteral("center,manager")};
        QTest::newRow("groups priority") << QStringLiteral("groups") << QStringList{QStringLiteral("--group-by"), QStringLiteral("priority")};
    }
    void exportEachReport()
    {
        QFETCH(QString, report);
        QFETCH(QStringList, args);
        const QString file = QStringLiteral("%1-%2.csv").arg(report).arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('_'));
        const QByteArray bytes = exportReport(m_generatedDb, report, file, args);
        QVERIFY(!bytes.isEmpty());
        const Csv csv = Csv::parse(bytes.toStdString()); // strict: a record ends with CRLF, LF only inside quotes
        QVERIFY2(csv.ok, csv.problem.c_str());
        QVERIFY(!csv.header().empty());

        const QJsonObject cases = m_kpi.value(QStringLiteral("cases")).toObject();
        const QJsonObject sla = m_kpi.value(QStringLiteral("sla")).toObject();
        const QJsonArray byPriority = m_kpi.value(QStringLiteral("by_priority")).toArray();
        QStringList priorityKeys;
        for (const QJsonValue& p : byPriority)
            priorityKeys << p.toObject().value(QStringLiteral("priority")).toString();
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (report == QLatin1String("kpi")) {
            std::unique_ptr<Store> store = openStore(m_generatedDb);
            const std::unique_ptr<Books> books = loadBooks(*store);
            const Timestamp T = dataClock(books->cases, books->surveys);
            const std::size_t rows = kpiRows(computeKpis(books->cases, books->surveys, KpiSettings{}, T)).size();
            QCOMPARE(csv.dataRows(), rows);
            // 4 case rows, 7 windows x 9, 3 per priority, 7 SLA rows, 5 survey rows.
            QCOMPARE(csv.dataRows(), static_cast<std::size_t>(4 + 7 * 9 + 3 * byPriority.size() + 7 + 5));
            const QStringList metrics = csv.values("metric");
            const QStringList values = csv.values("value");
            QCOMPARE(values.value(metrics.indexOf(QStringLiteral("as_of"))), m_kpi.value(QStringLiteral("as_of")).toString());
            QCOMPARE(values.value(metrics.indexOf(QStringLiteral("cases.total"))).toLongLong(),
                     cases.value(QStringLiteral("total")).toInteger());
            QCOMPARE(values.value(metrics.indexOf(QStringLiteral("sla.breached"))).toLongLong(),
                     sla.value(QStringLiteral("breached")).toInteger());
        } else if (report == QLatin1String("by-priority")) {
            QCOMPARE(static_cast<qsizetype>(csv.dataRows()), byPriority.size());
            QCOMPARE(csv.values("priority"), priorityKeys);
        } else if (tag == QLatin1String("breaches")) {
            QCOMPARE(static_cast<qint64>(csv.dataRows()), sla.value(QStringLiteral("breached")).toInteger());
        } else if (tag == QLatin1String("breaches at-risk")) {
            QCOMPARE(static_cast<qint64>(csv.dataRows()), sla.value(QStringLiteral("at_risk")).toInteger());
        } else if (tag == QLatin1String("breaches all")) {
            QCOMPARE(static_cast<qint64>(csv.dataRows()), cases.value(QStringLiteral("total")).toInteger());
        } else if (report == QLatin1String("groups")) {
            qint64 sum = 0;
            for (const QString& n : csv.values("cases"))
                sum += n.toLongLong();
            QCOMPARE(sum, cases.value(QStringLiteral("total")).toInteger());
            if (tag == QLatin1String("groups")) { // by centre (the default): one row per distinct centre
                const QByteArray all = exportReport(m_generatedDb, QStringLiteral("breaches"), QStringLiteral("all-for-groups.csv"),
                                                    {QStringLiteral("--state"), QStringLiteral("all")});
                const QStringList centres = Csv::parse(all.toStdString()).values("call_center");
                QCOMPARE(static_cast<qsizetype>(csv.dataRows()), QSet<QString>(centres.begin(), centres.end()).size());
                QCOMPARE(qs(csv.header().front()), QStringLiteral("center"));
            } else if (tag == QLatin1String("groups priority")) {
                QCOMPARE(static_cast<qsizetype>(csv.dataRows()), byPriority.size());
                QCOMPARE(csv.values("priority"), priorityKeys);
            }
        } else if (report == QLatin1String("trends")) {
            // 14 days ending at T: 14 x 24 + 1 hours in 3 hourly series, 15 days in 4 daily series, 7 x 24 cells.
            QCOMPARE(csv.dataRows(), std::size_t{337 * 3 + 15 * 4 + 168});
            const QStringList periods = csv.values("period_start");
            const QStringList series = csv.values("series");
            const QString asOf = m_kpi.value(QStringLiteral("as_of")).toString();
            QCOMPARE(periods.value(series.lastIndexOf(QStringLiteral("opened_per_hour"))), asOf.left(14) + QStringLiteral("00:00"));
            QCOMPARE(periods.value(series.lastIndexOf(QStringLiteral("opened_per_day"))), asOf.left(10) + QStringLiteral(" 00:00:00"));
        } else if (report == QLatin1String("survey-questions")) {
            QCOMPARE(csv.dataRows(), std::size_t{5});
            QCOMPARE(csv.values("question"), words(QStringLiteral("Q1 Q2 Q3 Q4 Q5")));
        } else if (report == QLatin1String("quarantine")) {
            QCOMPARE(csv.dataRows(), std::size_t{2});
            for (const char* column : {"source", "line", "reason", "field", "raw"})
                QVERIFY2(csv.column(column) >= 0, column);
            const QStringList raw = csv.values("raw");
            const QStringList reasons = csv.values("reason");
            // A field with quotes, a comma and a line break comes back whole through RFC 4180.
            QVERIFY2(raw.contains(QStringLiteral("{\"case_no\": \"90002\",\n   \"status\": \"Open\" \"oops\"}")),
                     qPrintable(raw.join(QStringLiteral(" | "))));
            const qsizetype missing = reasons.indexOf(QStringLiteral("missing_field"));
            QVERIFY(missing >= 0);
            QVERIFY2(raw.at(missing).startsWith(QStringLiteral("90001\t")) && raw.at(missing).endsWith(QStringLiteral("\tP,\"7\"")),
                     qPrintable(raw.at(missing)));
            QCOMPARE(csv.values("field").at(missing), QStringLiteral("status"));
            QVERIFY(bytes.contains("\"{\"\"case_no\"\": \"\"90002\"\",\n"));
        }
    }

    // The same inputs and options give byte-identical files.
    void byteIdentical_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QStringList>("args");
        for (const char* report : {"kpi", "by-priority", "breaches", "trends", "survey-questions", "quarantine"})
            QTest::newRow(report) << QString::fromLatin1(report) << QStringList();
        QTest::newRow("groups center,manager") << QStringLiteral("groups")
                                               << QStringList{QStringLiteral("--group-by"), QStringLiteral("center,manager")};
        QTest::newRow("breaches all, filtered") << QStringLiteral("breaches")
                                                << QStringList{QStringLiteral("--state"), QStringLiteral("all"), QStringLiteral("--channel"),
                                                               QStringLiteral("Chat,Email")};
    }
    void byteIdentical()
    {
        QFETCH(QString, report);
        QFETCH(QStringList, args);
        const QByteArray first = exportReport(m_generatedDb, report, QStringLiteral("first.csv"), args);
        const QByteArray second = exportReport(m_generatedDb, report, QStringLiteral("second.csv"), args);
        QVERIFY(!first.isEmpty());
        QVERIFY(first == second);
    }

    // --manifest writes FILE.manifest.json: fingerprint, as-of, filters, definitions, version, row count.
    void manifest_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QStringList>("args");
        for (const char* report : {"kpi", "by-priority", "breaches", "groups", "trends", "survey-questions", "quarantine"})
            QTest::newRow(report) << QString::fromLatin1(report) << QStringList();
        QTest::newRow("breaches filtered") << QStringLiteral("breaches")
                                           << QStringList{QStringLiteral("--state"), QStringLiteral("all"), QStringLiteral("--center"),
                                                          QStringLiteral("C-101")};
    }
    void manifest()
    {
        QFETCH(QString, report);
        QFETCH(QStringList, args);
        const QString file = QStringLiteral("manifested.csv");
        QFile::remove(path(file + QStringLiteral(".manifest.json")));
        const QByteArray bytes = exportReport(m_generatedDb, report, file, args + QStringList{QStringLiteral("--manifest")});
        QVERIFY(!bytes.isEmpty());
        const Csv csv = Csv::parse(bytes.toStdString());
        QVERIFY2(csv.ok, csv.problem.c_str());
        const QJsonObject m = manifestOf(file);
        QVERIFY2(!m.isEmpty(), "no FILE.manifest.json");
        for (const char* key : {"store_fingerprint", "as_of", "filters", "metric_definitions", "program_version", "rows"})
            QVERIFY2(m.contains(QLatin1String(key)), key);
        QVERIFY(!m.value(QStringLiteral("store_fingerprint")).toString().isEmpty());
        QCOMPARE(m.value(QStringLiteral("as_of")).toString(), m_kpi.value(QStringLiteral("as_of")).toString());
        QVERIFY(!m.value(QStringLiteral("metric_definitions")).toString().isEmpty());
        QVERIFY(!m.value(QStringLiteral("program_version")).toString().isEmpty());
        QCOMPARE(m.value(QStringLiteral("rows")).toInteger(), static_cast<qint64>(csv.dataRows()));
        const QString filters = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("f"), m.value(QStringLiteral("filters"))}}).toJson());
        if (args.contains(QStringLiteral("--center"))) {
            QVERIFY2(filters.contains(QStringLiteral("center")) && filters.contains(QStringLiteral("C-101")), qPrintable(filters));
            QVERIFY(csv.dataRows() > 0);
            const QStringList centres = csv.values("call_center");
            QCOMPARE(QSet<QString>(centres.begin(), centres.end()), QSet<QString>{QStringLiteral("C-101")});
        } else {
            QVERIFY2(!filters.contains(QStringLiteral("C-")), qPrintable(filters));
        }
    }

    // The fingerprint is stable while the store is unchanged and changes when more data is imported.
    void fingerprintChangesOnImport()
    {
        const QString db = path(QStringLiteral("fingerprint.db"));
        const QString problem = importFixture(cli(), QStringLiteral("drilldown"), db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const auto fingerprint = [&](const QString& file) {
            if (exportReport(db, QStringLiteral("kpi"), file, {QStringLiteral("--manifest")}).isEmpty())
                return QString();
            return manifestOf(file).value(QStringLiteral("store_fingerprint")).toString();
        };
        const QString before = fingerprint(QStringLiteral("fp1.csv"));
        QVERIFY(!before.isEmpty());
        QCOMPARE(fingerprint(QStringLiteral("fp2.csv")), before);
        const QString imported =
            importInto(cli(), db, {reportFixture(QStringLiteral("trends/futurecart_case_details.txt"))});
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        const QString after = fingerprint(QStringLiteral("fp3.csv"));
        QVERIFY(!after.isEmpty());
        QVERIFY2(after != before, qPrintable(before));

        // A corrected dimension file (the same keys, another manager) changes no table's row count of the
        // dimension, but the store's contents and the reports change: so must the fingerprint.
        QByteArray employees = readFile(reportFixture(QStringLiteral("drilldown/futurecart_employee_details.txt")));
        const QByteArray original = employees;
        employees.replace("2020-01-15\t901\n", "2020-01-15\t900\n");
        QVERIFY(employees != original);
        QVERIFY(writeFile(path(QStringLiteral("futurecart_employee_details.txt")), employees));
        const QString corrected = importInto(cli(), db, {path(QStringLiteral("futurecart_employee_details.txt"))});
        QVERIFY2(corrected.isEmpty(), qPrintable(corrected));
        const QString afterCorrection = fingerprint(QStringLiteral("fp4.csv"));
        QVERIFY(!afterCorrection.isEmpty());
        QVERIFY2(afterCorrection != after, qPrintable(after));
    }

    // `breaches --format json` parses and has as many rows as the CSV, for the list and for groups.
    void breachesJson_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("breached") << QStringList();
        QTest::newRow("all") << QStringList{QStringLiteral("--state"), QStringLiteral("all")};
        QTest::newRow("group center,manager") << QStringList{QStringLiteral("--group-by"), QStringLiteral("center,manager")};
    }
    void breachesJson()
    {
        QFETCH(QStringList, args);
        const QStringList base{QStringLiteral("breaches"), QStringLiteral("--db"), m_generatedDb};
        const CliResult json = cli().run(base + args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        const CliResult csv = cli().run(base + args + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(json.finished && json.exitCode == 0, qPrintable(json.err));
        QVERIFY2(csv.finished && csv.exitCode == 0, qPrintable(csv.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
        const Csv table = Csv::parse(csv.out.toStdString());
        QVERIFY2(table.ok, table.problem.c_str());
        QVERIFY(table.dataRows() > 0);
        QCOMPARE(static_cast<std::size_t>(doc.array().size()), table.dataRows());
        const QJsonObject first = doc.array().first().toObject();
        for (const std::string& column : table.header())
            QVERIFY2(first.contains(qs(column)), column.c_str());
    }

    // Usage errors exit 2 with a message and write nothing.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const auto a = [](std::initializer_list<const char*> list) {
            QStringList args;
            for (const char* s : list)
                args << QString::fromLatin1(s);
            return args;
        };
        QTest::newRow("breaches bad group") << a({"breaches", "--group-by", "colour"}) << QStringLiteral("colour");
        QTest::newRow("breaches bad second group") << a({"breaches", "--group-by", "center,colour"}) << QStringLiteral("colour");
        QTest::newRow("breaches three levels") << a({"breaches", "--group-by", "center,manager,channel"})
                                               << QStringLiteral("one or two");
        QTest::newRow("breaches bad state") << a({"breaches", "--state", "late"}) << QStringLiteral("--state");
        QTest::newRow("breaches bad format") << a({"breaches", "--format", "xml"}) << QStringLiteral("--format");
        QTest::newRow("export bad group") << a({"export", "groups", "--output", "x.csv", "--group-by", "colour"})
                                          << QStringLiteral("colour");
        QTest::newRow("export three levels") << a({"export", "groups", "--output", "x.csv", "--group-by", "center,manager,priority"})
                                             << QStringLiteral("one or two");
        QTest::newRow("export bad state") << a({"export", "breaches", "--output", "x.csv", "--state", "overdue"})
                                          << QStringLiteral("--state");
        QTest::newRow("export unknown report") << a({"export", "everything", "--output", "x.csv"}) << QStringLiteral("survey-questions");
        QTest::newRow("export without --output") << a({"export", "kpi"}) << QStringLiteral("--output");
        QTest::newRow("export bad --days") << a({"export", "trends", "--output", "x.csv", "--days", "0"}) << QStringLiteral("--days");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = cli().run(args + QStringList{QStringLiteral("--db"), m_drilldownDb});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
    }
};

int runExportTest(int argc, char** argv)
{
    ExportTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ExportTest.moc"
