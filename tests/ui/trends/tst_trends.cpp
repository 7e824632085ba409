// The trends page: its export is byte-identical to carepulse-cli export trends for the same view, each
// chart's CSV holds the CLI's rows of its series, and charts save as PNG.

#include "UiFixture.h"
#include "charts/ArrivalsHeatmap.h"
#include "charts/TimeSeriesChart.h"
#include "engine/Engine.h"
#include "filters/ViewState.h"
#include "trends/TrendsPage.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace carepulse;
using namespace carepulse::ui;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> lines(const QByteArray& csv)
{
    return csv.split('\n');
}

} // namespace

class TestTrends : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exportEqualsCli_data();
    void exportEqualsCli();
    void chartCsvAndPng();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestTrends::initTestCase()
{
    test::useTestSettings("tst_ui_trends");
    QVERIFY(m_dir.isValid());
    const QString problem = test::makeDrilldownStore(m_dir.path(), m_db);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestTrends::exportEqualsCli_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("centre");
    QTest::newRow("14 days") << 14 << QString();
    QTest::newRow("3 days, centre C-101") << 3 << QStringLiteral("C-101");
}

void TestTrends::exportEqualsCli()
{
    QFETCH(int, days);
    QFETCH(QString, centre);
    Engine engine;
    ViewState view;
    if (!centre.isEmpty()) {
        CaseFilter filter;
        filter.callCenters = { centre.toStdString() };
        view.setFilter(filter);
    }
    TrendsPage page(&engine, &view);
    page.setDays(days);
    QSignalSpy shown(&page, &TrendsPage::dataShown);
    engine.open(m_db);
    QVERIFY(shown.wait(10000));

    const QString desktopFile = m_dir.filePath(QStringLiteral("trends-desktop.csv"));
    QSignalSpy exported(&page, &TrendsPage::exported);
    page.exportTo(desktopFile);
    QVERIFY(exported.wait(10000));
    const QString cliFile = m_dir.filePath(QStringLiteral("trends-cli.csv"));
    QStringList args { QStringLiteral("export"), QStringLiteral("trends"), QStringLiteral("--days"), QString::number(days),
        QStringLiteral("--db"), m_db, QStringLiteral("--output"), cliFile };
    if (!centre.isEmpty())
        args << QStringLiteral("--center") << centre;
    const test::CliResult r = test::CliRunner(m_dir.path()).run(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
    const QByteArray cli = readAll(cliFile);
    QVERIFY(cli.count('\n') > 24 * 7);
    QCOMPARE(readAll(desktopFile), cli);

    // Each chart's own CSV: the CLI's rows of its series, in order.
    const QList<QByteArray> cliLines = lines(cli);
    for (int c = 0; c < TrendsPage::ChartCount; ++c) {
        const QList<QByteArray> chart = lines(QByteArray::fromStdString(page.chartCsv(static_cast<TrendsPage::Chart>(c))));
        QVERIFY(chart.size() > 2);
        QCOMPARE(chart.front(), cliLines.front());
        for (qsizetype i = 1; i < chart.size(); ++i) {
            if (!chart[i].isEmpty())
                QVERIFY2(cliLines.contains(chart[i]), chart[i].constData());
        }
    }
}

void TestTrends::chartCsvAndPng()
{
    Engine engine;
    ViewState view;
    TrendsPage page(&engine, &view);
    page.resize(1000, 900);
    page.show();
    QSignalSpy shown(&page, &TrendsPage::dataShown);
    engine.open(m_db);
    QVERIFY(shown.wait(10000));
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (int c = 0; c < TrendsPage::ChartCount; ++c) {
        const QString file = m_dir.filePath(QStringLiteral("chart%1.png").arg(c));
        QVERIFY(page.saveChartPng(static_cast<TrendsPage::Chart>(c), file));
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);
    }
    std::int64_t arrivals = 0;
    for (const auto& day : page.heatmap()->counts())
        for (std::int64_t n : day)
            arrivals += n;
    QVERIFY(arrivals > 0);
}

QTEST_MAIN(TestTrends)
#include "tst_trends.moc"
