// The store page's model (under QAbstractItemModelTester), the typed settings it relies on, and a smoke
// test of the main window on a real temporary store.

#include "MainWindow.h"
#include "pages/StorePage.h"
#include "settings/Setting.h"
#include "store/StoreContents.h"
#include "store/StoreContentsModel.h"
#include "widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using carepulse::Setting;
using carepulse::TableCount;
using carepulse::ui::MainWindow;
using carepulse::ui::MessageBanner;
using carepulse::ui::StoreContentsModel;

namespace {

TableCount count(const char* table, std::int64_t rows)
{
    return { QString::fromUtf8(table), QStringLiteral("About ") + QString::fromUtf8(table), rows };
}

std::vector<TableCount> threeTables()
{
    return { count("dim_call_center", 25), count("case_event", 1234567), count("survey", 0) };
}

QStringList tableNames(const StoreContentsModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, StoreContentsModel::TableColumn).data().toString();
    return names;
}

} // namespace

class TestStoreContentsModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void passesModelTesterThroughUpdates();
    void displayAndRawValues_data();
    void displayAndRawValues();
    void refreshSignalsOnlyChangedRows();
    void insertsAndRemovesTables();
    void reorderResets();

    void settingFallsBackToDefault();

    void mainWindowShowsStoreContents();
    void mainWindowNamesUnreadableStore();
};

void TestStoreContentsModel::initTestCase()
{
    // Settings written by the window (geometry) go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CarePulseTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_storecontentsmodel"));
}

void TestStoreContentsModel::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestStoreContentsModel::passesModelTesterThroughUpdates()
{
    StoreContentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts(threeTables());
    model.setCounts({ count("dim_call_center", 26), count("dim_country", 193), count("survey", 5) });
    model.setCounts({ count("survey", 5), count("dim_call_center", 26) });
    model.setCounts({});
    model.setCounts(threeTables());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(StoreContentsModel::ColumnCount));
}

void TestStoreContentsModel::displayAndRawValues_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("displayedRows");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("1,234,567");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("1.234.567");
    QTest::newRow("Hindi") << QLocale(QLocale::Hindi, QLocale::India) << QStringLiteral("12,34,567");
}

void TestStoreContentsModel::displayAndRawValues()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, displayedRows);
    QLocale::setDefault(locale);

    StoreContentsModel model;
    model.setCounts(threeTables());
    const int row = 1;
    QCOMPARE(model.index(row, StoreContentsModel::TableColumn).data().toString(), QStringLiteral("case_event"));
    QCOMPARE(
        model.index(row, StoreContentsModel::DescriptionColumn).data().toString(), QStringLiteral("About case_event"));
    QCOMPARE(model.index(row, StoreContentsModel::RowsColumn).data().toString(), displayedRows);

    const QVariant raw = model.index(row, StoreContentsModel::RowsColumn).data(StoreContentsModel::RawValueRole);
    QCOMPARE(raw.metaType(), QMetaType::fromType<qlonglong>());
    QCOMPARE(raw.toLongLong(), 1234567LL);
    QCOMPARE(model.index(row, StoreContentsModel::TableColumn).data(StoreContentsModel::RawValueRole).toString(),
        QStringLiteral("case_event"));

    QCOMPARE(model.rowsOf(QStringLiteral("case_event")).value_or(-1), std::int64_t { 1234567 });
    QVERIFY(!model.rowsOf(QStringLiteral("nope")).has_value());
    QCOMPARE(model.totalRows(), std::int64_t { 1234592 });
}

void TestStoreContentsModel::refreshSignalsOnlyChangedRows()
{
    StoreContentsModel model;
    model.setCounts(threeTables());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.setCounts(threeTables());
    QCOMPARE(changed.size(), 0);

    std::vector<TableCount> next = threeTables();
    next[2].rows = 42;
    model.setCounts(next);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
}

void TestStoreContentsModel::insertsAndRemovesTables()
{
    StoreContentsModel model;
    model.setCounts(threeTables());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.setCounts({ count("dim_calendar", 10), count("dim_call_center", 25), count("survey", 0) });
    QCOMPARE(tableNames(model),
        (QStringList { QStringLiteral("dim_calendar"), QStringLiteral("dim_call_center"), QStringLiteral("survey") }));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(reset.size(), 0);
}

void TestStoreContentsModel::reorderResets()
{
    StoreContentsModel model;
    model.setCounts(threeTables());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setCounts({ count("survey", 0), count("case_event", 1), count("dim_call_center", 25) });
    QCOMPARE(reset.size(), 1);
    QCOMPARE(tableNames(model).first(), QStringLiteral("survey"));
}

void TestStoreContentsModel::settingFallsBackToDefault()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const Setting<int> interval { "dashboard/refreshMs", 1000 };
    QCOMPARE(interval.value(settings), 1000);
    interval.setValue(settings, 250);
    QCOMPARE(interval.value(settings), 250);
    settings.setValue(interval.key(), QStringLiteral("soon"));
    QCOMPARE(interval.value(settings), 1000);
    interval.reset(settings);
    QVERIFY(!settings.contains(interval.key()));
}

void TestStoreContentsModel::mainWindowShowsStoreContents()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString location = dir.filePath(QStringLiteral("store.db"));
    carepulse::openStore(location); // an empty store with the current schema

    MainWindow window(location);
    QSignalSpy ready(&window, &MainWindow::pageReady);
    window.show();
    QVERIFY(ready.wait(10000));

    const StoreContentsModel* model = window.storePage()->model();
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(model->rowsOf(carepulse::ui::kCaseEventTable).value_or(-1), std::int64_t { 0 });
    const QLabel* status = window.statusBar()->findChild<QLabel*>();
    QVERIFY(status);
    QVERIFY2(status->text().contains(location), qPrintable(status->text()));
    QVERIFY(!window.grab().isNull());

    window.close();
    QVERIFY(!Setting<QByteArray> { "mainWindow/geometry" }.value().isEmpty());
}

void TestStoreContentsModel::mainWindowNamesUnreadableStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString location = dir.filePath(QStringLiteral("no/such/folder/store.db"));

    MainWindow window(location);
    QSignalSpy ready(&window, &MainWindow::pageReady);
    window.show();
    QVERIFY(ready.wait(10000));

    const MessageBanner* banner = window.storePage()->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->text().contains(location), qPrintable(banner->text()));
    QCOMPARE(window.storePage()->model()->rowCount(), 0);
}

QTEST_MAIN(TestStoreContentsModel)
#include "tst_storecontentsmodel.moc"
