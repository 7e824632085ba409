// The connection: password only from the environment, TLS as ssl-mode says, and a server that
// restarts or goes away: nothing acknowledged is lost, nothing is stored twice.

#include "MysqlTest.h"

#include "import/Importer.h"

#include <QStandardPaths>

#include <thread>

using namespace carepulse;
using namespace carepulse::test;

void MysqlTest::passwordComesFromEnvironmentOnly()
{
    REQUIRE_SERVER();
    const QString password = QStringLiteral("pw-5ecret");
    QString output;
    QVERIFY2(m_server.sql(
                 QStringLiteral(
                     "CREATE USER 'cp'@'localhost' IDENTIFIED BY '%1'; CREATE USER 'cp'@'127.0.0.1' IDENTIFIED BY '%1';"
                     "GRANT ALL ON pwtest.* TO 'cp'@'localhost'; GRANT ALL ON pwtest.* TO 'cp'@'127.0.0.1';")
                     .arg(password),
                 &output),
        qPrintable(output));
    const QString url = QStringLiteral("mysql://cp@127.0.0.1:%1/pwtest").arg(m_server.port());
    const QString urlWithPassword
        = QStringLiteral("mysql://cp:%1@127.0.0.1:%2/pwtest").arg(password).arg(m_server.port());
    const QStringList kpi { QStringLiteral("kpi"), QStringLiteral("--db"), url };

    for (const QString& variable : { QStringLiteral("CAREPULSE_MYSQL_PASSWORD"), QStringLiteral("MYSQL_PWD") }) {
        const CliResult r = runCliWithEnv(m_work.path(), kpi, { { variable, password } });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
    const CliResult none = runCliWithEnv(m_work.path(), kpi, {});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(QLatin1String("Access denied"))
            && none.err.contains(QStringLiteral("127.0.0.1:%1").arg(m_server.port()))
            && none.err.contains(QLatin1String("no password was given")),
        qPrintable(none.err));
    // A password in the URL is ignored, and never shown.
    const CliResult inUrl
        = runCliWithEnv(m_work.path(), { QStringLiteral("kpi"), QStringLiteral("--db"), urlWithPassword }, {});
    QCOMPARE(inUrl.exitCode, 1);
    QVERIFY2(inUrl.err.contains(QLatin1String("password in the URL is ignored")), qPrintable(inUrl.err));
    const CliResult status = runCliWithEnv(m_work.path(),
        { QStringLiteral("mysql"), QStringLiteral("status"), QStringLiteral("--url"), urlWithPassword },
        { { QStringLiteral("MYSQL_PWD"), password } });
    QVERIFY2(status.exitCode == 0 && status.err.contains(QLatin1String("ignored")), qPrintable(describe(status)));
    const CliResult import = runCliWithEnv(m_work.path(),
        { QStringLiteral("import"), QStringLiteral("--db"), urlWithPassword, m_generated },
        { { QStringLiteral("MYSQL_PWD"), password } });
    QVERIFY2(import.exitCode == 0, qPrintable(describe(import)));
    for (const CliResult& r : { none, inUrl, status, import })
        QVERIFY2(!r.out.contains(password) && !r.err.contains(password), qPrintable(describe(r)));
    // Nothing CarePulse wrote holds it.
    QDirIterator files(m_work.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.size() < 50'000'000 && file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
    }
}

void MysqlTest::tlsFollowsSslMode()
{
    REQUIRE_SERVER();
    if (m_certificate.isEmpty())
        QSKIP("openssl is not installed: no certificate for a TLS server");
    QString output;
    QVERIFY2(m_server.sql(QStringLiteral("CREATE DATABASE IF NOT EXISTS tls"), &output), qPrintable(output));
    const QString base = m_server.url(QStringLiteral("tls"));
    const auto status = [&](const QString& query) {
        const CliResult r = cli({ QStringLiteral("mysql"), QStringLiteral("status"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--url"), base + query });
        return std::pair { r,
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tls")).toString() };
    };
    QVERIFY(!status(QString()).second.isEmpty()); // PREFERRED by default
    QVERIFY(!status(QStringLiteral("?ssl-mode=REQUIRED")).second.isEmpty());
    QVERIFY(status(QStringLiteral("?ssl-mode=DISABLED")).second.isEmpty());
    QVERIFY(!status(QStringLiteral("?ssl-mode=VERIFY_IDENTITY&ssl-ca=") + m_certificate).second.isEmpty());
    const auto [unverified, none] = status(QStringLiteral("?ssl-mode=VERIFY_CA"));
    QVERIFY2(unverified.exitCode == 1 && none.isEmpty(), qPrintable(describe(unverified)));
    QVERIFY2(unverified.err.contains(QLatin1String("certificate")), qPrintable(unverified.err));
    const CliResult kpi
        = cli({ QStringLiteral("kpi"), QStringLiteral("--db"), base + QStringLiteral("?ssl-mode=REQUIRED") });
    QVERIFY2(kpi.exitCode == 0, qPrintable(describe(kpi)));

    // A server without TLS: REQUIRED refuses it, PREFERRED goes on unencrypted.
    m_server.stop();
    QString error;
    QVERIFY2(m_server.start({}, error), qPrintable(error));
    const auto [refused, cipher] = status(QStringLiteral("?ssl-mode=REQUIRED"));
    QVERIFY2(refused.exitCode == 1 && refused.err.contains(QLatin1String("does not offer TLS")),
        qPrintable(describe(refused)));
    const auto [plain, noCipher] = status(QString());
    QVERIFY2(plain.exitCode == 0 && noCipher.isEmpty(), qPrintable(describe(plain)));
    m_server.stop();
    QVERIFY2(m_server.start(m_tlsArguments, error), qPrintable(error));
}

void MysqlTest::serverRestartLosesNothing()
{
    REQUIRE_SERVER();
    // The generated set in two parts: dimensions and the first half of the cases, then the rest.
    const QString part1 = m_work.filePath(QStringLiteral("part1"));
    const QString part2 = m_work.filePath(QStringLiteral("part2"));
    QVERIFY(copyFolder(m_generated, part1));
    QDir().mkpath(part2);
    const QString cases = QStringLiteral("futurecart_case_details.txt");
    const QByteArray all = readFile(QDir(m_generated).filePath(cases));
    const QList<QByteArray> lines = all.split('\n');
    const qsizetype half = lines.size() / 2;
    QVERIFY(writeFile(QDir(part1).filePath(cases), lines.mid(0, half).join('\n') + '\n'));
    QVERIFY(writeFile(QDir(part2).filePath(cases), lines.first() + '\n' + lines.mid(half).join('\n')));
    QVERIFY(QFile::rename(QDir(part1).filePath(QStringLiteral("futurecart_case_survey_details.txt")),
        QDir(part2).filePath(QStringLiteral("futurecart_case_survey_details.txt"))));

    const QString url = m_server.url(QStringLiteral("restart"));
    const CliResult first = cli({ QStringLiteral("import"), QStringLiteral("--db"), url, part1 });
    QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    const std::unique_ptr<Store> store = openStore(url); // stays open across the restarts
    const auto before = counts(*store);

    QString error;
    QVERIFY2(m_server.restart(error), qPrintable(error));
    // The open store finds its connection gone and reconnects for the next transaction.
    Importer importer(*store);
    for (const FileImportResult& r : importer.run(Importer::plan({ part2 })))
        QVERIFY2(r.status == FileImportResult::Status::Ok, qPrintable(r.message));
    QVERIFY2(m_server.restart(error), qPrintable(error));
    const auto after = counts(*store); // and for the next read
    QCOMPARE(after.at(QStringLiteral("dim_calendar")), before.at(QStringLiteral("dim_calendar")));
    QVERIFY(after.at(QStringLiteral("case_event")) > before.at(QStringLiteral("case_event")));

    // Everything is there exactly once: the whole set again adds nothing, and the KPIs equal SQLite's.
    const CliResult whole = cli({ QStringLiteral("import"), QStringLiteral("--db"), url, QStringLiteral("--format"),
        QStringLiteral("json"), m_generated });
    QVERIFY2(whole.exitCode == 0, qPrintable(describe(whole)));
    for (const QJsonObject& file : importByKind(whole.out))
        QCOMPARE(field(file, "loaded"), 0);
    const QString reference = m_work.filePath(QStringLiteral("restart-reference.db"));
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--db"), reference, m_generated }).exitCode, 0);
    QCOMPARE(kpiJson(url), kpiJson(reference));
}

void MysqlTest::lostConnectionKeepsNothingUnacknowledged()
{
    REQUIRE_SERVER();
    const QString url = m_server.url(QStringLiteral("lost"));
    const std::unique_ptr<Store> store = openStore(url);
    std::vector<CaseEvent> events;
    for (int i = 0; i < 50; ++i)
        events.push_back(caseEvent("L" + std::to_string(i), 100, 200, "Open"));
    const QString server = QStringLiteral("127.0.0.1:%1").arg(m_server.port());
    QString error;

    // The server goes away before COMMIT: the batch is reported as failed and is not in the store.
    store->beginTransaction();
    QCOMPARE(store->insertCaseEvents(events, 1).inserted, 50);
    m_server.stop();
    try {
        store->commit();
        QFAIL("COMMIT succeeded without a server");
    } catch (const StoreError& e) {
        QVERIFY2(
            e.message().contains(server) && e.message().contains(QLatin1String("COMMIT")), qPrintable(e.message()));
    }
    store->rollback();
    QVERIFY2(m_server.start(m_tlsArguments, error), qPrintable(error));
    QCOMPARE(counts(*store)[QStringLiteral("case_event")], 0);

    // ... and during an insert: the error names the statement; nothing of the transaction is kept.
    store->beginTransaction();
    QCOMPARE(store->insertCaseEvents(std::span(events).first(10), 2).inserted, 10);
    m_server.stop();
    try {
        store->insertCaseEvents(std::span(events).subspan(10), 2);
        QFAIL("INSERT succeeded without a server");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(server) && e.message().contains(QLatin1String("INSERT INTO case_event")),
            qPrintable(e.message()));
    }
    store->rollback();
    QVERIFY2(m_server.start(m_tlsArguments, error), qPrintable(error));

    // Sending the batch again stores it once.
    store->beginTransaction();
    QCOMPARE(store->insertCaseEvents(events, 3).inserted, 50);
    store->commit();
    QCOMPARE(counts(*store)[QStringLiteral("case_event")], 50);
}

void MysqlTest::connectRetriesUntilServerIsBack()
{
    REQUIRE_SERVER();
    m_server.stop();
    std::unique_ptr<Store> store;
    QString openError;
    QElapsedTimer timer;
    timer.start();
    std::thread opener([&] {
        try {
            store = openStore(m_server.url(QStringLiteral("retry")));
        } catch (const StoreError& e) {
            openError = e.message();
        }
    });
    QThread::msleep(500);
    QString error;
    const bool started = m_server.start(m_tlsArguments, error);
    opener.join();
    QVERIFY2(started, qPrintable(error));
    QVERIFY2(store && openError.isEmpty(), qPrintable(openError));
    QVERIFY(timer.elapsed() >= 500);
    QCOMPARE(store->schemaVersion(), 2);
}

void MysqlTest::passwordPromptOnTerminal()
{
    REQUIRE_SERVER();
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux 'script' (a terminal for the prompt) is not installed");
    const QString password = QStringLiteral("t3rminal-pw");
    QString output;
    QVERIFY2(m_server.sql(QStringLiteral("CREATE USER 'tty'@'127.0.0.1' IDENTIFIED BY '%1';"
                                         "GRANT ALL ON ttytest.* TO 'tty'@'127.0.0.1';")
                              .arg(password),
                 &output),
        qPrintable(output));
    const QString url = QStringLiteral("mysql://tty@127.0.0.1:%1/ttytest").arg(m_server.port());
    // `script` gives carepulse-cli a terminal; what we write to its input is what the user types.
    // Each answer is typed once the prompt for it is on the terminal.
    auto onTerminal = [&](const QStringList& answers) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MYSQL_PWD"));
        env.remove(QStringLiteral("CAREPULSE_MYSQL_PASSWORD"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_work.path());
        p.start(script, { QStringLiteral("-qec"),
                            QStringLiteral("%1 kpi --db %2").arg(QStringLiteral(CAREPULSE_CLI), url), QStringLiteral("/dev/null") });
        p.waitForStarted();
        QString shown;
        for (int i = 0; i < answers.size(); ++i) {
            if (!QTest::qWaitFor([&] {
                    shown += QString::fromUtf8(p.readAll());
                    return shown.count(QLatin1String("Password for")) > i || p.state() == QProcess::NotRunning;
                }, 60000))
                break;
            p.write(answers[i].toUtf8() + '\n');
        }
        p.waitForFinished(60000);
        shown += QString::fromUtf8(p.readAll());
        return std::make_pair(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, shown);
    };
    const auto [ok, shown] = onTerminal({ password });
    QVERIFY2(shown.contains(QStringLiteral("Password for tty@127.0.0.1:%1").arg(m_server.port())), qPrintable(shown));
    QVERIFY2(ok == 0 && shown.contains(QLatin1String("\"total\"")), qPrintable(shown));
    QVERIFY2(!shown.contains(password), "the password is not echoed");
    const auto [refused, told] = onTerminal({ QStringLiteral("wrong"), QString() }); // then give up
    QCOMPARE(refused, 1);
    QVERIFY2(told.contains(QLatin1String("Access denied")), qPrintable(told));
    // Without a terminal there is no prompt: the refusal and its hint come at once.
    const CliResult none = runCliWithEnv(m_work.path(), { QStringLiteral("kpi"), QStringLiteral("--db"), url }, {});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(!none.err.contains(QLatin1String("Password for")));
}
