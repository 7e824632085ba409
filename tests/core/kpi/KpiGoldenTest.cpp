// Golden fixtures of metrics.md: each folder of tests/fixtures/kpi holds a small hand-made data set and the
// hand-computed `carepulse-cli kpi --format json` output (expected.json at the data clock, or
// expected@YYYY-MM-DDTHH-MM-SS.json at that as-of moment). The test imports the folder into a scratch store
// with the CLI, runs `kpi`, and compares every key and value; NOTES.md in each folder shows the arithmetic.

#include "JsonCheck.h"

#include "book/BookDimensions.h"
#include "book/Books.h"
#include "kpi/KpiEngine.h"
#include "model/Timestamp.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace carepulse;
using namespace carepulse::test;

namespace {

struct Run {
    bool ok = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built carepulse-cli with its default store and data folder pointed into workDir.
Run runCli(const QString& workDir, const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAREPULSE_DB"), workDir + QStringLiteral("/default.db"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), workDir + QStringLiteral("/xdg-data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workDir);
    process.start(QStringLiteral(CAREPULSE_CLI), args);
    Run run;
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = process.errorString().toUtf8();
        return run;
    }
    run.ok = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString fixturesRoot()
{
    return QStringLiteral(CAREPULSE_FIXTURES) + QStringLiteral("/kpi");
}

// The dimension files every fixture gets from the real data unless it brings its own.
const QStringList& sharedDimensions()
{
    static const QStringList names = {QStringLiteral("futurecart_case_priority_details.txt"),
                                      QStringLiteral("futurecart_case_category_details.txt"),
                                      QStringLiteral("futurecart_survey_question_details.txt")};
    return names;
}

bool isExpectation(const QString& fileName)
{
    return fileName.startsWith(QLatin1String("expected")) && fileName.endsWith(QLatin1String(".json"));
}

// "expected@2025-03-10T08-30-00.json" -> "2025-03-10 08:30:00"; "expected.json" -> "" (the data clock).
QString asOfOf(const QString& fileName)
{
    static const QRegularExpression re(QStringLiteral(R"(^expected@(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)\.json$)"));
    const QRegularExpressionMatch m = re.match(fileName);
    if (!m.hasMatch())
        return {};
    return QStringLiteral("%1 %2:%3:%4").arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4));
}

} // namespace

class KpiGoldenTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QMap<QString, QString> m_stores; // fixture name -> imported store

    // Imports a fixture folder (and the shared dimensions it does not bring) into a new store, once.
    QString storeFor(const QString& fixture)
    {
        if (m_stores.contains(fixture))
            return m_stores.value(fixture);
        const QDir dir(fixturesRoot() + QLatin1Char('/') + fixture);
        const QString db = m_scratch.filePath(fixture + QStringLiteral(".db"));
        QStringList args{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                         QStringLiteral("json")};
        for (const QString& name : sharedDimensions()) {
            if (!dir.exists(name))
                args << QStringLiteral(CAREPULSE_SHARED_DATA) + QLatin1Char('/') + name;
        }
        const QStringList inputs = dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.jsonl"),
                                                  QStringLiteral("*.json")},
                                                 QDir::Files, QDir::Name);
        for (const QString& name : inputs) {
            if (!isExpectation(name))
                args << dir.filePath(name);
        }
        const Run run = runCli(m_scratch.path(), args);
        if (!run.ok || run.exitCode != 0) {
            qWarning("import of %s failed (exit %d): %s", qPrintable(fixture), run.exitCode, run.err.constData());
            return {};
        }
        // Every input must load completely: a quarantined fixture row would silently change the figures.
        const QJsonArray files = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("files")).toArray();
        for (const QJsonValue& f : files) {
            const QJsonObject file = f.toObject();
            if (file.value(QStringLiteral("status")).toString() != QLatin1String("ok")
                || file.value(QStringLiteral("quarantined")).toInteger() != 0) {
                qWarning("fixture %s: %s did not import cleanly: %s", qPrintable(fixture),
                         qPrintable(file.value(QStringLiteral("path")).toString()),
                         QJsonDocument(file).toJson(QJsonDocument::Compact).constData());
                return {};
            }
        }
        m_stores.insert(fixture, db);
        return db;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(CAREPULSE_CLI)), CAREPULSE_CLI);
        for (const QString& name : sharedDimensions()) {
            QVERIFY2(QFileInfo::exists(QStringLiteral(CAREPULSE_SHARED_DATA) + QLatin1Char('/') + name),
                     qPrintable(name));
        }
    }

    void golden_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expectedFile");
        QTest::addColumn<QString>("asOf");
        const QDir root(fixturesRoot());
        const QStringList fixtures = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(fixtures.size() >= 19, qPrintable(QStringLiteral("only %1 fixture folders").arg(fixtures.size())));
        for (const QString& fixture : fixtures) {
            const QStringList expectations =
                QDir(root.filePath(fixture)).entryList({QStringLiteral("expected*.json")}, QDir::Files, QDir::Name);
            QVERIFY2(!expectations.isEmpty(), qPrintable(fixture + QStringLiteral(" has no expected*.json")));
            for (const QString& file : expectations) {
                const QString asOf = asOfOf(file);
                QVERIFY2(file == QLatin1String("expected.json") || !asOf.isEmpty(),
                         qPrintable(fixture + QStringLiteral(": cannot read the as-of moment of ") + file));
                const QString tag = fixture + QLatin1Char('@') + (asOf.isEmpty() ? QStringLiteral("data-clock") : asOf);
                QTest::newRow(qPrintable(tag)) << fixture << root.filePath(fixture + QLatin1Char('/') + file) << asOf;
            }
        }
    }

    // `kpi --format json` equals the hand-computed object, key for key and value for value, and its keys
    // are metrics.md's keys in metrics.md's order.
    void golden()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, expectedFile);
        QFETCH(QString, asOf);

        QFile file(expectedFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument expected = QJsonDocument::fromJson(file.readAll(), &parseError);
        QVERIFY2(expected.isObject(), qPrintable(expectedFile + QStringLiteral(": ") + parseError.errorString()));

        const QString db = storeFor(fixture);
        QVERIFY2(!db.isEmpty(), "the fixture did not import (see the warning above)");
        QStringList args{QStringLiteral("kpi"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")};
        if (!asOf.isEmpty())
            args << QStringLiteral("--as-of") << asOf;
        const Run run = runCli(m_scratch.path(), args);
        QVERIFY2(run.ok && run.exitCode == 0, run.err.constData());

        const QJsonDocument actual = QJsonDocument::fromJson(run.out, &parseError);
        QVERIFY2(actual.isObject(), qPrintable(QStringLiteral("kpi printed no single JSON object (%1):\n%2")
                                                   .arg(parseError.errorString(), QString::fromUtf8(run.out))));

        QStringList differences;
        diffJson(QString(), expected.object(), actual.object(), differences);

        // Key order, read from the text: QJsonObject sorts keys.
        const qsizetype rows = actual.object().value(QStringLiteral("by_priority")).toArray().size();
        const QMap<QString, QStringList> wanted = metricsKeyOrder(rows);
        const QMap<QString, QStringList> got = KeyOrderReader(QString::fromUtf8(run.out)).read();
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            if (got.value(it.key()) != it.value()) {
                differences << QStringLiteral("key order of %1: expected [%2], got [%3]")
                                   .arg(it.key(), it.value().join(QLatin1Char(' ')), got.value(it.key()).join(QLatin1Char(' ')));
            }
        }
        for (auto it = got.begin(); it != got.end(); ++it) {
            if (!wanted.contains(it.key()))
                differences << QStringLiteral("unexpected object %1 with keys [%2]").arg(it.key(), it.value().join(QLatin1Char(' ')));
        }

        if (!differences.isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("\n%1 (%2): %3 difference(s) from %4\n  %5\nactual output:\n%6")
                                 .arg(fixture, asOf.isEmpty() ? QStringLiteral("data clock") : asOf)
                                 .arg(differences.size())
                                 .arg(QFileInfo(expectedFile).fileName(), differences.join(QStringLiteral("\n  ")),
                                      QString::fromUtf8(run.out))));
        }
    }

    // The key-order reader itself: it sees the text's order, nested objects and array elements.
    void keyOrderReader()
    {
        const QMap<QString, QStringList> keys =
            KeyOrderReader(QStringLiteral("{\"b\": 1, \"a\": {\"z\": \"x,}\", \"y\": [1, {\"q\": null, \"p\": \"\\\"}\"}]}, \"c\": []}")).read();
        QCOMPARE(keys.value(QStringLiteral("/")), words("b a c"));
        QCOMPARE(keys.value(QStringLiteral("/a")), words("z y"));
        QCOMPARE(keys.value(QStringLiteral("/a/y/1")), words("q p"));
        QCOMPARE(keys.size(), 3);
        QStringList differences;
        diffJson(QString(), QJsonValue(1.5), QJsonValue(1.5000000000000002), differences);
        QCOMPARE(differences.size(), 1);
    }

    // Q5 = 8 is neutral (its neutral 6-8 and positive 8-10 overlap): the per-question table and the sentiment
    // taken from Q5 instead of Q1, on the q5-eight-neutral fixture (hand counts in its NOTES.md).
    void perQuestionBands()
    {
        const QString db = storeFor(QStringLiteral("q5-eight-neutral"));
        QVERIFY(!db.isEmpty());
        std::unique_ptr<Store> store = openStore(db);
        QVERIFY(store);

        const BookDimensions dimensions = BookDimensions::load(*store);
        using S = AnswerBands::Sentiment;
        const AnswerBands& q5 = dimensions.questions[4];
        QCOMPARE(q5.classify(5), S::Negative);
        QCOMPARE(q5.classify(6), S::Neutral);
        QCOMPARE(q5.classify(8), S::Neutral);
        QCOMPARE(q5.classify(9), S::Positive);
        const AnswerBands& q1 = dimensions.questions[0];
        QCOMPARE(q1.classify(4), S::Negative);
        QCOMPARE(q1.classify(5), S::Neutral);
        QCOMPARE(q1.classify(7), S::Neutral);
        QCOMPARE(q1.classify(8), S::Positive);

        const std::unique_ptr<Books> books = loadBooks(*store);
        const Timestamp asOf = *parseTimestamp("2025-03-10 10:04:00");
        QCOMPARE(dataClock(books->cases, books->surveys), asOf);

        const KpiSnapshot q1Sentiment = computeKpis(books->cases, books->surveys, KpiSettings{}, asOf);
        struct Row {
            std::int64_t positive, neutral, negative, unanswered;
        };
        const Row perQuestion[5] = {{2, 1, 1, 0}, {1, 2, 1, 0}, {1, 1, 1, 1}, {2, 0, 1, 1}, {1, 2, 1, 0}};
        for (int q = 0; q < 5; ++q) {
            const QuestionFigures& f = q1Sentiment.questions[static_cast<std::size_t>(q)];
            const QByteArray got = QByteArray::number(f.positive) + '/' + QByteArray::number(f.neutral) + '/'
                                   + QByteArray::number(f.negative) + '/' + QByteArray::number(f.unanswered);
            const QByteArray want = QByteArray::number(perQuestion[q].positive) + '/' + QByteArray::number(perQuestion[q].neutral)
                                    + '/' + QByteArray::number(perQuestion[q].negative) + '/'
                                    + QByteArray::number(perQuestion[q].unanswered);
            const QByteArray message = "Q" + QByteArray::number(q + 1) + " positive/neutral/negative/unanswered: expected "
                                      + want + ", got " + got;
            QVERIFY2(got == want, message.constData());
        }

        KpiSettings q5Settings;
        q5Settings.sentimentQuestion = 4;
        const KpiSnapshot q5Sentiment = computeKpis(books->cases, books->surveys, q5Settings, asOf);
        QCOMPARE(q5Sentiment.surveys.total, std::int64_t{4});
        QCOMPARE(q5Sentiment.surveys.positive, std::int64_t{1});
        QCOMPARE(q5Sentiment.surveys.neutral, std::int64_t{2});
        QCOMPARE(q5Sentiment.surveys.negative, std::int64_t{1});
        QCOMPARE(q5Sentiment.surveys.csatPct(), std::optional<double>(25.0));
        const WindowFigures& hour = q5Sentiment.rolling[KpiSnapshot::Hour];
        QCOMPARE(hour.surveys, std::int64_t{4});
        QCOMPARE(hour.positive, std::int64_t{1});
        QCOMPARE(hour.neutral, std::int64_t{2});
        QCOMPARE(hour.negative, std::int64_t{1});
    }
};

QTEST_MAIN(KpiGoldenTest)
#include "KpiGoldenTest.moc"
