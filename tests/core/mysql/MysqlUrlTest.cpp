// MySQL URLs: what they name, what they refuse (never echoing a password), and an unreachable server.

#include "MysqlTest.h"

#include "store/mysql/MysqlUrl.h"

using namespace carepulse;
using namespace carepulse::test;

void MysqlTest::parsesUrls()
{
    const mysql::ConnectOptions o = mysql::parseMysqlUrl(
        QStringLiteral("mysql://ana:secret@db.example:3307/mart?ssl-mode=verify_identity&ssl-ca=/etc/ca.pem"));
    QCOMPARE(o.user, QStringLiteral("ana"));
    QCOMPARE(o.host, QStringLiteral("db.example"));
    QCOMPARE(o.port, 3307);
    QCOMPARE(o.database, QStringLiteral("mart"));
    QCOMPARE(o.sslMode, mysql::SslMode::VerifyIdentity);
    QCOMPARE(o.sslCa, QStringLiteral("/etc/ca.pem"));
    QVERIFY(o.passwordInUrl);
    QCOMPARE(o.display(), QStringLiteral("mysql://ana@db.example:3307/mart")); // never the password

    const mysql::ConnectOptions d
        = mysql::parseMysqlUrl(QStringLiteral("mysql://root@localhost/carepulse?socket=/tmp/x.sock"));
    QCOMPARE(d.port, 3306);
    QCOMPARE(d.sslMode, mysql::SslMode::Preferred);
    QCOMPARE(d.socket, QStringLiteral("/tmp/x.sock"));
    QVERIFY(!d.passwordInUrl);
    QVERIFY(mysql::isMysqlUrl(QStringLiteral("MySQL://h/db")));
    QVERIFY(!mysql::isMysqlUrl(QStringLiteral("/tmp/store.db")));
}

void MysqlTest::refusesBadUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    QTest::newRow("no database") << QStringLiteral("mysql://root@localhost:3306") << QStringLiteral("database");
    QTest::newRow("two path parts") << QStringLiteral("mysql://root@localhost/a/b") << QStringLiteral("database");
    QTest::newRow("bad ssl-mode") << QStringLiteral("mysql://root@localhost/a?ssl-mode=maybe")
                                  << QStringLiteral("maybe");
    QTest::newRow("unknown option") << QStringLiteral("mysql://root@localhost/a?colour=red")
                                    << QStringLiteral("colour");
    QTest::newRow("bad attempts") << QStringLiteral("mysql://root@localhost/a?connect-attempts=0")
                                  << QStringLiteral("connect-attempts");
    QTest::newRow("password not echoed") << QStringLiteral("mysql://root:hunter2@localhost/a?x=1")
                                         << QStringLiteral("mysql://root@localhost/a");
}

void MysqlTest::refusesBadUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, says);
    try {
        mysql::parseMysqlUrl(url);
        QFAIL("accepted");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1String("hunter2")), qPrintable(e.message()));
    }
}

void MysqlTest::reportsUnreachableServer()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    const QString url = QStringLiteral("mysql://root@127.0.0.1:%1/x?connect-attempts=2").arg(port);
    QElapsedTimer timer;
    timer.start();
    const CliResult r = cli({ QStringLiteral("kpi"), QStringLiteral("--db"), url });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains(QStringLiteral("127.0.0.1:%1").arg(port)) && r.err.contains(QLatin1String("after 2 attempts")),
        qPrintable(r.err));
    QVERIFY(timer.elapsed() < 20000);
}
