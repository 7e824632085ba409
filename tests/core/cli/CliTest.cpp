// carepulse-cli import end to end: the built binary on the real data, on fixtures with bad rows, and on
// bad command lines, checked through its exit code, its output and the store it leaves behind.

#include "CliRunner.h"
#include "TestSupport.h"

#include "store/Store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <array>

using namespace carepulse;
using namespace carepulse::test;

namespace {

struct RealFile {
    const char* kind;
    const char* fileName;
    qint64 rows;
};

constexpr RealFile kRealFiles[] = {
    {"calendar", "futurecart_calendar_details.txt", 21553},
    {"call_center", "futurecart_call_center_details.txt", 25},
    {"case_category", "futurecart_case_category_details.txt", 27},
    {"case_country", "futurecart_case_country_details.txt", 193},
    {"case_priority", "futurecart_case_priority_details.txt", 25},
    {"survey_question", "futurecart_survey_question_details.txt", 5},
};

// READ, LOADED, DUPLICATES, QUARANTINED of each row of the text table, by its KIND column.
QMap<QString, std::array<qint64, 4>> tableRows(const QString& out)
{
    static const QRegularExpression row(QStringLiteral(R"(^\S+\s+(\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$)"));
    QMap<QString, std::array<qint64, 4>> rows;
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = row.match(line);
        if (m.hasMatch()) {
            rows.insert(m.captured(1), {m.captured(2).toLongLong(), m.captured(3).toLongLong(), m.captured(4).toLongLong(),
                                        m.captured(5).toLongLong()});
        }
    }
    return rows;
}

QMap<QString, qint64> storeCounts(const QString& db)
{
    QMap<QString, qint64> counts;
    const std::unique_ptr<Store> store = openStore(db);
    for (const TableCount& t : store->tableCounts())
        counts.insert(t.table, t.rows);
    return counts;
}

QJsonObject fileByName(const QJsonArray& files, const QString& fileName)
{
    for (const QJsonValue& v : files) {
        if (QFileInfo(v.toObject().value(QStringLiteral("path")).toString()).fileName() == fileName)
            return v.toObject();
    }
    return {};
}

QString describe(const CliResult& r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(r.exitCode).arg(r.out, r.err);
}

} // namespace

class CliTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importRealFolder();
    void importJsonOutput();
    void unrecognisedFileCommitsNothing();
    void missingPathCommitsNothing();
    void usageErrors_data();
    void usageErrors();
    void badRowsListed();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    CliResult run(const QStringList& args) const { return CliRunner(m_dir->path()).run(args); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void CliTest::init()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(CAREPULSE_CLI)), CAREPULSE_CLI);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void CliTest::cleanup()
{
    m_dir.reset();
}

void CliTest::importRealFolder()
{
    const CliResult first = run({QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("tmp.db"), sharedDataPath()});
    QVERIFY2(first.finished && first.exitCode == 0, qPrintable(describe(first)));
    QVERIFY2(QFileInfo::exists(path(QStringLiteral("tmp.db"))), "--db is relative to the working directory");

    const auto rows = tableRows(first.out);
    qint64 total = 0;
    for (const RealFile& f : kRealFiles) {
        const QString kind = QLatin1String(f.kind);
        QVERIFY2(rows.contains(kind), qPrintable(kind + QLatin1Char('\n') + first.out));
        const std::array<qint64, 4> expected{f.rows, f.rows, 0, 0};
        QVERIFY2(rows.value(kind) == expected, qPrintable(kind + QLatin1Char('\n') + first.out));
        total += f.rows;
    }
    QVERIFY2(first.out.contains(QStringLiteral("Total: %1 records read, %1 loaded, 0 duplicates, 0 quarantined").arg(total)),
             qPrintable(first.out));
    // The seed cases are recognised and skipped with a notice that says how to use them.
    QVERIFY2(QString(first.out + first.err).contains(QLatin1String("simulate stream --seed-cases")), qPrintable(describe(first)));
    QVERIFY2(QString(first.out + first.err).contains(QLatin1String("000000_0")), qPrintable(describe(first)));

    const auto counts = storeCounts(path(QStringLiteral("tmp.db")));
    QCOMPARE(counts.value(QStringLiteral("dim_calendar")), qint64(21553));
    QCOMPARE(counts.value(QStringLiteral("dim_case_country")), qint64(193));
    QCOMPARE(counts.value(QStringLiteral("case_event")), qint64(0));

    // A second import reports only duplicates.
    const CliResult second = run({QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("tmp.db"), sharedDataPath()});
    QVERIFY2(second.finished && second.exitCode == 0, qPrintable(describe(second)));
    const auto again = tableRows(second.out);
    for (const RealFile& f : kRealFiles) {
        const std::array<qint64, 4> expected{f.rows, 0, f.rows, 0};
        QVERIFY2(again.value(QLatin1String(f.kind)) == expected, qPrintable(second.out));
    }
    QVERIFY2(second.out.contains(QStringLiteral("Total: %1 records read, 0 loaded, %1 duplicates").arg(total)),
             qPrintable(second.out));
}

void CliTest::importJsonOutput()
{
    const CliResult r = run({QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("j.db")),
                             QStringLiteral("--format"), QStringLiteral("json"), sharedDataPath(),
                             fixturePath(QStringLiteral("events"))});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1Char('\n') + r.out));
    QVERIFY(doc.isObject());
    const QJsonArray files = doc.object().value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), qsizetype(11));

    for (const QJsonValue& v : files) {
        const QJsonObject file = v.toObject();
        for (const char* key : {"path", "kind", "status", "records_read", "loaded", "duplicates", "quarantined",
                                "quarantined_by_reason"})
            QVERIFY2(file.contains(QLatin1String(key)), key);
        // The reasons add up to the quarantined count.
        qint64 byReason = 0;
        const QJsonObject reasons = file.value(QStringLiteral("quarantined_by_reason")).toObject();
        for (auto it = reasons.begin(); it != reasons.end(); ++it)
            byReason += it.value().toInteger();
        QCOMPARE(byReason, file.value(QStringLiteral("quarantined")).toInteger());
    }
    for (const RealFile& f : kRealFiles) {
        const QJsonObject file = fileByName(files, QLatin1String(f.fileName));
        QCOMPARE(file.value(QStringLiteral("kind")).toString(), QLatin1String(f.kind));
        QCOMPARE(file.value(QStringLiteral("records_read")).toInteger(), f.rows);
        QCOMPARE(file.value(QStringLiteral("loaded")).toInteger(), f.rows);
        QCOMPARE(file.value(QStringLiteral("duplicates")).toInteger(), qint64(0));
        QCOMPARE(file.value(QStringLiteral("quarantined")).toInteger(), qint64(0));
    }
    const QJsonObject seed = fileByName(files, QStringLiteral("000000_0"));
    QCOMPARE(seed.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
    QVERIFY(seed.value(QStringLiteral("message")).toString().contains(QLatin1String("simulate stream --seed-cases")));

    const QJsonObject surveys = fileByName(files, QStringLiteral("surveys.tsv"));
    QCOMPARE(surveys.value(QStringLiteral("records_read")).toInteger(), qint64(4));
    QCOMPARE(surveys.value(QStringLiteral("loaded")).toInteger(), qint64(2));
    QCOMPARE(surveys.value(QStringLiteral("duplicates")).toInteger(), qint64(1));
    QCOMPARE(surveys.value(QStringLiteral("quarantined")).toInteger(), qint64(1));
    QCOMPARE(surveys.value(QStringLiteral("quarantined_by_reason")).toObject(),
             (QJsonObject{{QStringLiteral("bad_option"), 1}}));
    QCOMPARE(fileByName(files, QStringLiteral("cases.tsv")).value(QStringLiteral("quarantined_by_reason")).toObject(),
             (QJsonObject{{QStringLiteral("missing_field"), 1}}));
    QCOMPARE(fileByName(files, QStringLiteral("stream.jsonl")).value(QStringLiteral("quarantined_by_reason")).toObject(),
             (QJsonObject{{QStringLiteral("malformed_json"), 1}}));
}

void CliTest::unrecognisedFileCommitsNothing()
{
    const QString db = path(QStringLiteral("s.db"));
    const QString centres = sharedDataPath(QStringLiteral("futurecart_call_center_details.txt"));
    const CliResult setup = run({QStringLiteral("import"), QStringLiteral("--db"), db, centres});
    QVERIFY2(setup.exitCode == 0, qPrintable(describe(setup)));
    const auto before = storeCounts(db);

    // Good files (dimension, cases, surveys) and one the importer cannot recognise.
    QVERIFY(QDir().mkpath(path(QStringLiteral("in"))));
    QVERIFY(QFile::copy(fixturePath(QStringLiteral("events/cases.tsv")), path(QStringLiteral("in/cases.tsv"))));
    QVERIFY(QFile::copy(fixturePath(QStringLiteral("events/surveys.tsv")), path(QStringLiteral("in/surveys.tsv"))));
    QVERIFY(QFile::copy(sharedDataPath(QStringLiteral("futurecart_case_priority_details.txt")),
                        path(QStringLiteral("in/futurecart_case_priority_details.txt"))));
    QVERIFY(writeFile(path(QStringLiteral("in/notes.txt")), "meeting notes\tdraft\nnothing to see\there\n"));

    const CliResult r = run({QStringLiteral("import"), QStringLiteral("--db"), db, path(QStringLiteral("in"))});
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(path(QStringLiteral("in/notes.txt"))), qPrintable(describe(r)));
    QVERIFY2(!r.err.contains(QLatin1String("cases.tsv")), qPrintable(describe(r)));

    const auto after = storeCounts(db);
    QCOMPARE(after.value(QStringLiteral("case_event")), qint64(0));
    QCOMPARE(after.value(QStringLiteral("survey")), qint64(0));
    QCOMPARE(after.value(QStringLiteral("dim_case_priority")), qint64(0));
    QVERIFY(after == before);
}

void CliTest::missingPathCommitsNothing()
{
    const QString db = path(QStringLiteral("m.db"));
    const QString missing = path(QStringLiteral("no-such-file.tsv"));
    const CliResult r = run({QStringLiteral("import"), QStringLiteral("--db"), db,
                             fixturePath(QStringLiteral("events/cases.tsv")), missing});
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(missing), qPrintable(describe(r)));
    if (QFileInfo::exists(db))
        QCOMPARE(storeCounts(db).value(QStringLiteral("case_event")), qint64(0));
}

void CliTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString file = fixturePath(QStringLiteral("events/cases.tsv"));
    QTest::newRow("no arguments") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("import without paths") << QStringList{QStringLiteral("import")};
    QTest::newRow("import with only --db") << QStringList{QStringLiteral("import"), QStringLiteral("--db"),
                                                          QStringLiteral("x.db")};
    QTest::newRow("bad --format") << QStringList{QStringLiteral("import"), QStringLiteral("--format"),
                                                 QStringLiteral("xml"), file};
    QTest::newRow("--format without a value") << QStringList{QStringLiteral("import"), file, QStringLiteral("--format")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("import"), QStringLiteral("--bogus"), file};
}

void CliTest::usageErrors()
{
    QFETCH(QStringList, args);
    const CliResult r = run(args);
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(!r.err.trimmed().isEmpty(), "a usage error says what is wrong");
    // Nothing was imported anywhere.
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.db"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("default.db"))));
}

void CliTest::badRowsListed()
{
    const QString db = path(QStringLiteral("b.db"));
    const QString cases = fixturePath(QStringLiteral("bad-input/cases_missing_status.tsv"));
    const QString surveys = fixturePath(QStringLiteral("bad-input/surveys_q4_yes.tsv"));
    const QString stream = fixturePath(QStringLiteral("bad-input/jsonl_malformed.jsonl"));
    const CliResult r = run({QStringLiteral("import"), QStringLiteral("--db"), db, cases, surveys, stream});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));

    for (const char* expected : {"quarantined: missing_field 1", "line 3: missing_field (status)",
                                 "quarantined: bad_option 1", "line 3: bad_option (q4): Yes",
                                 "quarantined: malformed_json 1", "line 2: malformed_json"})
        QVERIFY2(r.out.contains(QLatin1String(expected)), qPrintable(QLatin1String(expected) + QLatin1Char('\n') + r.out));
    const auto rows = tableRows(r.out);
    QVERIFY2((rows.value(QStringLiteral("cases")) == std::array<qint64, 4>{3, 2, 0, 1}), qPrintable(r.out));
    QVERIFY2((rows.value(QStringLiteral("surveys")) == std::array<qint64, 4>{3, 2, 0, 1}), qPrintable(r.out));
    // The JSON Lines file's good case and survey are the same events as the TSVs' first case and last
    // survey: duplicates.
    QVERIFY2((rows.value(QStringLiteral("json-lines")) == std::array<qint64, 4>{3, 0, 2, 1}), qPrintable(r.out));

    const auto counts = storeCounts(db);
    QCOMPARE(counts.value(QStringLiteral("case_event")), qint64(2));
    QCOMPARE(counts.value(QStringLiteral("survey")), qint64(2));
    QCOMPARE(counts.value(QStringLiteral("quarantine")), qint64(3));
}

QTEST_GUILESS_MAIN(CliTest)

#include "CliTest.moc"
