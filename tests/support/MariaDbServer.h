#pragma once
// A real MariaDB server for a test, started as environment-notes.md shows: mariadb-install-db and
// mariadbd --no-defaults on a temporary data directory, listening on 127.0.0.1 and a free port, with its
// unix socket in the temporary folder. It is always shut down: by stop(), by the destructor (also when a
// test fails), and by the kernel if the test process dies (the server gets SIGTERM when its parent goes).
// Header-only, like the other test support.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <memory>
#include <sys/prctl.h>
#include <unistd.h>

namespace carepulse::test {

class MariaDbServer {
public:
    MariaDbServer() = default;
    ~MariaDbServer() { stop(); }
    MariaDbServer(const MariaDbServer&) = delete;
    MariaDbServer& operator=(const MariaDbServer&) = delete;

    // Why no server can run here (a program is missing), or empty when one can.
    static QString unavailableReason()
    {
        for (const QString& program :
            { QStringLiteral("mariadbd"), QStringLiteral("mariadb-install-db"), QStringLiteral("mariadb") }) {
            if (find(program).isEmpty())
                return QStringLiteral("%1 is not installed (Debian: apt-get install mariadb-server)").arg(program);
        }
        return {};
    }

    // Creates the data directory on the first start, starts the server and waits until it answers.
    // extraArguments go to mariadbd (e.g. --ssl-cert=...). On failure, error says why (with the log).
    bool start(const QStringList& extraArguments, QString& error)
    {
        if (m_process)
            return true;
        if (!m_dir) {
            m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/cp-mariadb-XXXXXX"));
            if (!m_dir->isValid()) {
                error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir->errorString());
                return false;
            }
            m_port = freePort();
            if (!install(error))
                return false;
        }
        m_extraArguments = extraArguments;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(path(QStringLiteral("server.log")), QIODevice::Append);
        m_process->setChildProcessModifier([] {
            // Never outlive the test, even when it crashes.
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        });
        m_process->start(find(QStringLiteral("mariadbd")),
            QStringList { QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + path(QStringLiteral("data")),
                QStringLiteral("--socket=") + socket(), QStringLiteral("--port=%1").arg(m_port),
                QStringLiteral("--bind-address=127.0.0.1"), QStringLiteral("--user=") + userName(),
                QStringLiteral("--pid-file=") + path(QStringLiteral("mariadbd.pid")),
                QStringLiteral("--innodb-buffer-pool-size=256M") }
                + extraArguments);
        if (!m_process->waitForStarted(10000)) {
            error = QStringLiteral("mariadbd did not start: %1").arg(m_process->errorString());
            m_process.reset();
            return false;
        }
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60000) {
            if (m_process->state() == QProcess::NotRunning) {
                error = QStringLiteral("mariadbd exited (code %1):\n%2").arg(m_process->exitCode()).arg(logTail());
                m_process.reset();
                return false;
            }
            if (sql(QStringLiteral("SELECT 1")))
                return true;
            QThread::msleep(100);
        }
        error = QStringLiteral("mariadbd did not answer within 60 s:\n%1").arg(logTail());
        stop();
        return false;
    }

    // Shuts the server down cleanly (killing it if it will not go); the data directory stays.
    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            sql(QStringLiteral("SHUTDOWN"));
            if (!m_process->waitForFinished(60000)) {
                m_process->kill();
                m_process->waitForFinished(10000);
            }
        }
        m_process.reset();
    }

    // Stops it and starts it again on the same data directory and port.
    bool restart(QString& error)
    {
        stop();
        return start(m_extraArguments, error);
    }

    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    int port() const { return m_port; }
    QString socket() const { return path(QStringLiteral("sock")); }
    QString path(const QString& name) const { return m_dir ? m_dir->filePath(name) : QString(); }
    QString url(const QString& database) const
    {
        return QStringLiteral("mysql://root@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }

    // Runs SQL as root through the mariadb client (over the socket); output gets its tab-separated result.
    bool sql(const QString& statements, QString* output = nullptr, const QString& database = {},
        const QByteArray& input = {}) const
    {
        QProcess client;
        QStringList args { QStringLiteral("--no-defaults"), QStringLiteral("--local-infile=1"),
            QStringLiteral("--batch"), QStringLiteral("--skip-column-names"), QStringLiteral("-S"), socket(),
            QStringLiteral("-uroot") };
        if (!statements.isEmpty())
            args << QStringLiteral("-e") << statements;
        if (!database.isEmpty())
            args << database;
        client.start(find(QStringLiteral("mariadb")), args);
        if (!client.waitForStarted(10000))
            return false;
        if (!input.isEmpty())
            client.write(input);
        client.closeWriteChannel();
        if (!client.waitForFinished(120000)) {
            client.kill();
            client.waitForFinished();
            return false;
        }
        const QString out = QString::fromUtf8(client.readAllStandardOutput());
        const QString err = QString::fromUtf8(client.readAllStandardError());
        if (output)
            *output = out + err;
        return client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0;
    }

    // The first value of a query's result, or an empty string.
    QString value(const QString& query, const QString& database = {}) const
    {
        QString out;
        return sql(query, &out, database) ? out.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char('\t'), 0, 0)
                                          : QString();
    }

    QString logTail() const
    {
        QFile log(path(QStringLiteral("server.log")));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        const QByteArray text = log.readAll();
        return QString::fromUtf8(text.right(3000));
    }

private:
    static QString find(const QString& program)
    {
        const QString inPath = QStandardPaths::findExecutable(program);
        if (!inPath.isEmpty())
            return inPath;
        // mariadbd lives in sbin, which a normal user's PATH may lack.
        return QStandardPaths::findExecutable(program,
            { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/libexec") });
    }

    static QString userName()
    {
        QProcess id;
        id.start(QStringLiteral("id"), { QStringLiteral("-un") });
        id.waitForFinished(10000);
        return QString::fromUtf8(id.readAllStandardOutput()).trimmed();
    }

    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    bool install(QString& error)
    {
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(find(QStringLiteral("mariadb-install-db")),
            { QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + path(QStringLiteral("data")),
                QStringLiteral("--user=") + userName(), QStringLiteral("--auth-root-authentication-method=normal"),
                QStringLiteral("--skip-test-db") });
        if (!install.waitForStarted(10000) || !install.waitForFinished(120000) || install.exitCode() != 0) {
            error = QStringLiteral("mariadb-install-db failed: %1\n%2")
                        .arg(install.errorString(), QString::fromUtf8(install.readAll().right(3000)));
            return false;
        }
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QStringList m_extraArguments;
    int m_port = 0;
};

} // namespace carepulse::test
