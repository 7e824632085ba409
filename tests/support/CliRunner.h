#pragma once
// Runs the built carepulse-cli (CAREPULSE_CLI) in a scratch folder, with the default store and the data
// directory pointed into that folder so no test touches the user's store.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace carepulse::test {

struct CliResult {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

class CliRunner {
public:
    explicit CliRunner(const QString& workDir) : m_workDir(workDir) {}

    CliResult run(const QStringList& args, int timeoutMs = 180000) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAREPULSE_DB"), m_workDir + QStringLiteral("/default.db"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_workDir + QStringLiteral("/xdg-data"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_workDir);
        process.start(QStringLiteral(CAREPULSE_CLI), args);
        CliResult result;
        if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = process.errorString();
            return result;
        }
        result.finished = process.exitStatus() == QProcess::NormalExit;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private:
    QString m_workDir;
};

} // namespace carepulse::test
