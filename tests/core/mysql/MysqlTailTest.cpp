// `carepulse-cli tail` writing into a MariaDB store: readers (another connection, `kpi`) work while it
// writes, a server restart in the middle loses nothing, and the result equals a SQLite import.
#include "MysqlTest.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

using namespace carepulse;
using namespace carepulse::test;

namespace {

// A TSV file with a header as JSON Lines: every field a string, as the live stream sends them.
QByteArray tsvAsJsonLines(const QString& path)
{
    const QList<QByteArray> lines = readFile(path).split('\n');
    const QList<QByteArray> header = lines.first().trimmed().split('\t');
    QByteArray out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const QList<QByteArray> fields = lines[i].split('\t');
        QJsonObject o;
        for (qsizetype f = 0; f < header.size() && f < fields.size(); ++f)
            o.insert(QString::fromUtf8(header[f]), QString::fromUtf8(fields[f].trimmed()));
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

qint64 caseEvents(const QString& url)
{
    try {
        return counts(*openStore(url)).at(QStringLiteral("case_event"));
    } catch (const StoreError&) {
        return -1; // the server is restarting
    }
}

} // namespace

void MysqlTest::tailKeepsGoingThroughServerRestart()
{
    REQUIRE_SERVER();
    const QByteArray cases = tsvAsJsonLines(m_generated + QStringLiteral("/futurecart_case_details.txt"));
    const QByteArray surveys = tsvAsJsonLines(m_generated + QStringLiteral("/futurecart_case_survey_details.txt"));
    const QByteArray all = cases + surveys;
    const qsizetype half = all.indexOf('\n', all.size() / 2) + 1;
    const QString stream = m_work.filePath(QStringLiteral("tail-stream.jsonl"));
    QVERIFY(writeFile(stream, all.left(half)));

    const QString url = m_server.url(QStringLiteral("tailing"));
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--db"), url, m_generated + QStringLiteral("/futurecart_call_center_details.txt") }).exitCode, 0);
    QProcess tail;
    tail.setWorkingDirectory(m_work.path());
    tail.start(QStringLiteral(CAREPULSE_CLI),
        { QStringLiteral("tail"), QStringLiteral("--db"), url, QStringLiteral("--file"), stream, QStringLiteral("--batch"),
            QStringLiteral("500"), QStringLiteral("--quiet") });
    QVERIFY(tail.waitForStarted());
    const qint64 firstHalf = all.left(half).count("\"case_no\"") - all.left(half).count("\"survey_id\"");
    QVERIFY(QTest::qWaitFor([&] { return caseEvents(url) == firstHalf; }, 60000));

    // Readers while the tail writes: the desktop's way (a store and its books) and the CLI's.
    const QString kpi = kpiJson(url);
    QVERIFY2(kpi.contains(QStringLiteral("\"total\"")), qPrintable(kpi));

    QString error;
    QVERIFY2(m_server.restart(error), qPrintable(error));
    QFile file(stream);
    QVERIFY(file.open(QIODevice::Append));
    file.write(all.mid(half));
    file.close();
    const qint64 allCases = cases.count('\n');
    QVERIFY2(QTest::qWaitFor([&] { return caseEvents(url) == allCases; }, 90000),
        qPrintable(QString::fromUtf8(tail.readAllStandardError())));
    ::kill(static_cast<pid_t>(tail.processId()), SIGTERM);
    QVERIFY(tail.waitForFinished(30000));
    QCOMPARE(tail.exitCode(), 0);

    // Everything exactly once, and the same KPIs as importing the whole stream into SQLite.
    const QString reference = m_work.filePath(QStringLiteral("tail-reference.db"));
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--db"), reference, stream,
                 m_generated + QStringLiteral("/futurecart_call_center_details.txt") }).exitCode, 0);
    QCOMPARE(counts(*openStore(url)).at(QStringLiteral("survey")), counts(*openStore(reference)).at(QStringLiteral("survey")));
    QCOMPARE(kpiJson(url), kpiJson(reference));
    const auto checkpoint = openStore(url)->checkpoint(QStringLiteral("file:") + stream);
    QVERIFY(checkpoint);
    QCOMPARE(checkpoint->offset, all.size());
}
