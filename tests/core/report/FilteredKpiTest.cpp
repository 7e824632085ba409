// The global filters on the KPI snapshot (kpi --center ..., export kpi, the desktop's dashboard): the
// filtered figures equal the unfiltered figures of a store that holds only the matching cases and their
// surveys, cut out of the data files independently of the engine.
#include "ReportTestSupport.h"
#include "ReportTests.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace carepulse::test;

namespace {

const QString kAsOf = QStringLiteral("2025-03-10 12:00:00");

// Copies the generated folder into `to`, keeping only the case rows that `keep` accepts (by column
// name) and the surveys of their cases.
bool cutOut(const QString& from, const QString& to, const std::function<bool(const QHash<QString, QString>&)>& keep)
{
    QDir().mkpath(to);
    const QDir source(from);
    QSet<QString> kept;
    for (const QString& name : source.entryList(QDir::Files)) {
        const QByteArray text = readFile(source.filePath(name));
        if (name != QLatin1String("futurecart_case_details.txt") && name != QLatin1String("futurecart_case_survey_details.txt")) {
            if (!writeFile(QDir(to).filePath(name), text))
                return false;
        }
    }
    for (const QString& name : {QStringLiteral("futurecart_case_details.txt"), QStringLiteral("futurecart_case_survey_details.txt")}) {
        const QList<QByteArray> lines = readFile(source.filePath(name)).split('\n');
        const QList<QByteArray> header = lines.first().trimmed().split('\t');
        QByteArray out = lines.first() + '\n';
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            const QList<QByteArray> fields = lines[i].trimmed().split('\t');
            QHash<QString, QString> row;
            for (qsizetype f = 0; f < header.size() && f < fields.size(); ++f)
                row.insert(QString::fromUtf8(header[f]).toLower(), QString::fromUtf8(fields[f]));
            const bool isCase = name == QLatin1String("futurecart_case_details.txt");
            if (isCase ? keep(row) : kept.contains(row.value(QStringLiteral("case_no")))) {
                out += lines[i] + '\n';
                if (isCase)
                    kept.insert(row.value(QStringLiteral("case_no")));
            }
        }
        if (!writeFile(QDir(to).filePath(name), out))
            return false;
    }
    return !kept.isEmpty();
}

} // namespace

class FilteredKpiTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(m_dir.path());
        const CliResult generated = m_cli->run({QStringLiteral("simulate"), QStringLiteral("history"), QStringLiteral("--cases"),
                                                QStringLiteral("4000"), QStringLiteral("--employees"), QStringLiteral("300"),
                                                QStringLiteral("--products"), QStringLiteral("100"), QStringLiteral("--seed"),
                                                QStringLiteral("11"), QStringLiteral("--end"), kAsOf, QStringLiteral("--out"),
                                                m_dir.filePath(QStringLiteral("all"))});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        const QString problem = importInto(*m_cli, m_dir.filePath(QStringLiteral("all.db")), {m_dir.filePath(QStringLiteral("all"))});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void filteredKpisEqualAStoreOfOnlyThoseCases_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("centre") << QStringList{QStringLiteral("--center"), QStringLiteral("C-101")}
                                << QStringLiteral("call_center_id") << QStringList{QStringLiteral("C-101")};
        QTest::newRow("two channels") << QStringList{QStringLiteral("--channel"), QStringLiteral("Chat,Email")}
                                      << QStringLiteral("communication_mode")
                                      << QStringList{QStringLiteral("Chat"), QStringLiteral("Email")};
        QTest::newRow("category") << QStringList{QStringLiteral("--category"), QStringLiteral("CAT3")}
                                  << QStringLiteral("category") << QStringList{QStringLiteral("CAT3")};
    }

    void filteredKpisEqualAStoreOfOnlyThoseCases()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, column);
        QFETCH(QStringList, values);
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString folder = m_dir.filePath(QStringLiteral("only-") + name);
        QVERIFY(cutOut(m_dir.filePath(QStringLiteral("all")), folder,
                       [&](const QHash<QString, QString>& row) { return values.contains(row.value(column)); }));
        const QString onlyDb = folder + QStringLiteral(".db");
        const QString problem = importInto(*m_cli, onlyDb, {folder});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QStringList asOf{QStringLiteral("--as-of"), kAsOf};
        const CliResult filtered = m_cli->run(QStringList{QStringLiteral("kpi"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("all.db"))} + asOf + options);
        const CliResult only = m_cli->run(QStringList{QStringLiteral("kpi"), QStringLiteral("--db"), onlyDb} + asOf);
        const CliResult everything = m_cli->run(QStringList{QStringLiteral("kpi"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("all.db"))} + asOf);
        QVERIFY2(filtered.exitCode == 0, qPrintable(filtered.err));
        QVERIFY(filtered.out.contains(QLatin1String("\"total\"")));
        QCOMPARE(filtered.out, only.out);
        QVERIFY(filtered.out != everything.out); // the filter did something
        // export kpi and by-priority apply the same filter.
        for (const QString& report : {QStringLiteral("kpi"), QStringLiteral("by-priority")}) {
            const QString a = m_dir.filePath(name + QStringLiteral("-a-") + report + QStringLiteral(".csv"));
            const QString b = m_dir.filePath(name + QStringLiteral("-b-") + report + QStringLiteral(".csv"));
            QCOMPARE(m_cli->run(QStringList{QStringLiteral("export"), report, QStringLiteral("--db"), m_dir.filePath(QStringLiteral("all.db")),
                                            QStringLiteral("--output"), a} + asOf + options).exitCode, 0);
            QCOMPARE(m_cli->run(QStringList{QStringLiteral("export"), report, QStringLiteral("--db"), onlyDb, QStringLiteral("--output"), b} + asOf).exitCode, 0);
            QCOMPARE(readFile(a), readFile(b));
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

int runFilteredKpiTest(int argc, char** argv)
{
    FilteredKpiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "FilteredKpiTest.moc"
