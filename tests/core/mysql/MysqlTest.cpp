// MySQL and MariaDB: URLs, `mysql load-dimensions`, `import --from mysql://...`, and a server as the
// store, checked against a real MariaDB server (MariaDbServer) and against the SQLite store on the same
// data. The server tests are skipped, saying why, only where mariadbd is not installed. This file holds
// the fixture; the tests are in the other files of this folder.

#include "MysqlTest.h"

#include <QStandardPaths>

using namespace carepulse;
using namespace carepulse::test;

namespace {

// Bad rows, one per quarantine reason a table can hold (the columns are raw text, like the file).
const QByteArray kBadCases
    = "9000001\t2025-03-01 10:00:00\t2025-03-01 09:00:00\t10001\tC-101\tOpen\tCAT1\tSCAT1\tCall\tIN\t1\n"
      "9000002\t2025-02-30 10:00:00\t2025-03-01 10:00:00\t10001\tC-101\tOpen\tCAT1\tSCAT1\tCall\tIN\t1\n"
      "9000003\t2025-03-01 10:00:00\t2025-03-01 10:00:00\t10001\tC-101\t\tCAT1\tSCAT1\tCall\tIN\t1\n";
const QByteArray kBadSurveys = "S-900001\t1000001\t2025-03-01 10:00:00\t11\t5\t5\tY\t5\n"
                               "S-900002\t1000001\t2025-03-01 10:00:00\tabc\t5\t5\tY\t5\n"
                               "S-900003\t1000001\t2025-03-01 10:00:00\t5\t5\t5\tX\t5\n";

} // namespace

void MysqlTest::initTestCase()
{
    QVERIFY(m_work.isValid());
    // The password must come from where each test says, never from the caller's environment.
    qunsetenv("MYSQL_PWD");
    qunsetenv("CAREPULSE_MYSQL_PASSWORD");

    m_generated = m_work.filePath(QStringLiteral("generated"));
    const CliResult generated = cli({ QStringLiteral("simulate"), QStringLiteral("history"), QStringLiteral("--cases"),
        QStringLiteral("3000"), QStringLiteral("--employees"), QStringLiteral("200"), QStringLiteral("--products"),
        QStringLiteral("100"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--end"),
        QStringLiteral("2025-03-10 12:00:00"), QStringLiteral("--out"), m_generated });
    QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
    m_withBadRows = m_work.filePath(QStringLiteral("with-bad-rows"));
    QVERIFY(copyFolder(m_generated, m_withBadRows));
    QVERIFY(appendLines(m_withBadRows + QStringLiteral("/futurecart_case_details.txt"), kBadCases));
    QVERIFY(appendLines(m_withBadRows + QStringLiteral("/futurecart_case_survey_details.txt"), kBadSurveys));

    m_skip = MariaDbServer::unavailableReason();
    if (!m_skip.isEmpty())
        return;
    // A self-signed certificate for 127.0.0.1 lets the TLS test run; without openssl it is skipped.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (!openssl.isEmpty()) {
        m_certificate = m_work.filePath(QStringLiteral("cert.pem"));
        const QString key = m_work.filePath(QStringLiteral("key.pem"));
        QProcess req;
        req.setStandardOutputFile(QProcess::nullDevice());
        req.setStandardErrorFile(QProcess::nullDevice());
        req.start(openssl,
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), m_certificate,
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1") });
        if (req.waitForFinished(60000) && req.exitStatus() == QProcess::NormalExit && req.exitCode() == 0)
            m_tlsArguments = { QStringLiteral("--ssl-cert=") + m_certificate, QStringLiteral("--ssl-key=") + key };
        else
            m_certificate.clear();
    }
    QString error;
    QVERIFY2(m_server.start(m_tlsArguments, error), qPrintable(error));
}

void MysqlTest::init()
{
    // A test that failed while the server was down must not take the following ones with it.
    if (m_skip.isEmpty() && !m_server.running()) {
        QString error;
        QVERIFY2(m_server.start(m_tlsArguments, error), qPrintable(error));
    }
}

void MysqlTest::cleanupTestCase()
{
    m_server.stop();
}

QString MysqlTest::kpiJson(const QString& store) const
{
    const CliResult r = cli(
        { QStringLiteral("kpi"), QStringLiteral("--db"), store, QStringLiteral("--format"), QStringLiteral("json") });
    return r.exitCode == 0 ? r.out : describe(r);
}

QTEST_GUILESS_MAIN(MysqlTest)
