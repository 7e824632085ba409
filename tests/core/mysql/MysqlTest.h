#pragma once
// The MySQL tests: one Qt Test class over one MariaDB server (MariaDbServer), its test functions spread
// over MysqlUrlTest.cpp, MysqlImportTest.cpp, MysqlStoreTest.cpp and MysqlServerTest.cpp.

#include "MariaDbServer.h"
#include "MysqlTestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

class MysqlTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void parsesUrls();
    void refusesBadUrls_data();
    void refusesBadUrls();
    void reportsUnreachableServer();

    void loadDimensionsGivesRealCounts();
    void importFromServerMatchesFileImport();
    void importFromServerRefusesMissingColumns();
    void mysqlStoreMatchesSqlite();
    void storeKeepsValuesExactly();
    void twoWritersNeverStoreAnEventTwice();
    void caseEventsReadsOneCaseInOrder();
    void booksImageFollowsTheServer();
    void passwordComesFromEnvironmentOnly();
    void passwordPromptOnTerminal();
    void tlsFollowsSslMode();
    void serverRestartLosesNothing();
    void lostConnectionKeepsNothingUnacknowledged();
    void connectRetriesUntilServerIsBack();
    void tailKeepsGoingThroughServerRestart();

private:
    carepulse::test::CliResult cli(const QStringList& args) const
    {
        return carepulse::test::CliRunner(m_work.path()).run(args);
    }
    QString kpiJson(const QString& store) const;

    QTemporaryDir m_work;
    QString m_skip; // why the server tests cannot run here
    carepulse::test::MariaDbServer m_server;
    QStringList m_tlsArguments;
    QString m_certificate;
    QString m_generated; // simulate history --cases 3000 --seed 5
    QString m_withBadRows; // the same plus one bad row per reason in the case and survey files
};

// Skips, saying why, where mariadbd is absent; fails when it is installed but not running.
#define REQUIRE_SERVER()                                                                                               \
    do {                                                                                                               \
        if (!m_skip.isEmpty())                                                                                         \
            QSKIP(qPrintable(m_skip));                                                                                 \
        QVERIFY2(m_server.running(), qPrintable(m_server.logTail()));                                                  \
    } while (false)
