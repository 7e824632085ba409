// The CarePulse desktop: parses the command line, installs translations and opens the main window.

#include "MainWindow.h"
#include "casepage/CasePage.h"
#include "cli/CliOutput.h"
#include "dashboard/DashboardPage.h"
#include "i18n/AppTranslations.h"
#include "live/LiveService.h"
#include "mysql/PasswordDialog.h"
#include "settings/AppSettings.h"
#include "util/AllocatorTuning.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

namespace {

struct DesktopOptions {
    QString storeLocation;
    QString screenshotFile;
    QString page;
    QString caseNo; // shown on the case page
    QStringList tail; // live sources for this session only
    bool reportStartup = false;
};

// The translation context of this file's strings.
struct DesktopMain {
    Q_DECLARE_TR_FUNCTIONS(DesktopMain)
};

DesktopOptions parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DesktopMain::tr("CarePulse: contact-centre analytics."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        DesktopMain::tr("The store to open (default: $CAREPULSE_DB, else the user's store)."), DesktopMain::tr("PATH"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        DesktopMain::tr("Render the page with its data to a PNG file and exit."), DesktopMain::tr("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
        DesktopMain::tr("The page to show: %1.").arg(carepulse::ui::MainWindow::pageNames().join(QStringLiteral(", "))),
        DesktopMain::tr("NAME"));
    const QCommandLineOption tail(QStringLiteral("tail"),
        DesktopMain::tr("Follow a live source for this session (repeatable): file:PATH, dir:PATH or tcp:HOST:PORT."),
        DesktopMain::tr("SOURCE"));
    const QCommandLineOption caseNumber(QStringLiteral("case"),
        DesktopMain::tr("Show this case on the case page (implies --page case)."), DesktopMain::tr("NUMBER"));
    const QCommandLineOption reportStartup(QStringLiteral("report-startup"),
        DesktopMain::tr("Print how long the dashboard took to show its first tiles, then exit (for benchmarks)."));
    parser.addOptions({ db, screenshot, page, caseNumber, tail, reportStartup });
    parser.process(app);
    // --db, else $CAREPULSE_DB, else the store chosen in the settings, else the user's store.
    QString store = parser.value(db);
    if (store.isEmpty() && qEnvironmentVariableIsEmpty("CAREPULSE_DB"))
        store = carepulse::ui::AppSettings::storeLocation.value();
    const QString caseNo = parser.value(caseNumber).trimmed();
    const QString pageName
        = parser.isSet(caseNumber) && !parser.isSet(page) ? QStringLiteral("case") : parser.value(page);
    return { store.isEmpty() ? carepulse::cli::defaultStorePath() : store, parser.value(screenshot), pageName, caseNo,
        parser.values(tail), parser.isSet(reportStartup) };
}

// Grabs the window once its page has data, then ends the event loop with 0, or 1 if the file cannot be
// written. The grab is queued once more so the view has laid out the new rows before it is rendered.
void screenshotWhenReady(carepulse::ui::MainWindow& window, const QString& file)
{
    QObject::connect(
        &window, &carepulse::ui::MainWindow::pageReady, &window,
        [&window, file] {
            QTimer::singleShot(0, &window, [&window, file] {
                if (window.grab().save(file, "PNG")) {
                    QCoreApplication::exit(0);
                    return;
                }
                carepulse::cli::err() << DesktopMain::tr("carepulse: cannot write the screenshot %1").arg(file) << '\n';
                carepulse::cli::err().flush();
                QCoreApplication::exit(1);
            });
        },
        Qt::SingleShotConnection);
}

// Prints the milliseconds from start to the dashboard's first tiles, then ends the event loop.
void reportStartupWhenTilesShown(carepulse::ui::MainWindow& window, const QElapsedTimer& started)
{
    QObject::connect(
        window.dashboardPage(), &carepulse::ui::DashboardPage::snapshotShown, &window,
        [&started] {
            carepulse::cli::out() << "first_tiles_ms: " << started.elapsed() << '\n';
            carepulse::cli::out().flush();
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer started;
    started.start();
    carepulse::keepFreedMemoryForReuse();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CarePulse"));
    QApplication::setOrganizationName(QStringLiteral("CarePulse"));
    QApplication::setApplicationVersion(QStringLiteral(CAREPULSE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("carepulse"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("carepulse"), QIcon(QStringLiteral(":/icons/carepulse.svg"))));

    carepulse::ui::AppTranslations translations(&app);
    const QString language = carepulse::ui::AppSettings::language.value();
    translations.apply(language.isEmpty() ? QLocale() : QLocale(language));
    // A MySQL store without a password in the environment asks for it in a dialog.
    carepulse::ui::installDesktopPasswordPrompt();
    QApplication::setApplicationDisplayName(QStringLiteral("CarePulse"));

    const DesktopOptions options = parseOptions(app);
    const QStringList pages = carepulse::ui::MainWindow::pageNames();
    if (!options.page.isEmpty() && !pages.contains(options.page)) {
        carepulse::cli::err() << DesktopMain::tr("carepulse: unknown page '%1'; pages: %2")
                                     .arg(options.page, pages.join(QStringLiteral(", ")))
                              << '\n';
        carepulse::cli::err().flush();
        return 2;
    }
    carepulse::ui::MainWindow window(options.storeLocation);
    window.setTranslations(&translations);
    for (const QString& spec : options.tail) {
        QString error;
        if (!window.liveService()->addSource(spec, &error, false)) {
            carepulse::cli::err() << DesktopMain::tr("carepulse: --tail %1: %2").arg(spec, error) << '\n';
            carepulse::cli::err().flush();
            return 2;
        }
    }
    if (!options.caseNo.isEmpty())
        window.casePage()->showCase(options.caseNo);
    if (!options.page.isEmpty())
        window.showPage(options.page);
    if (!options.screenshotFile.isEmpty())
        screenshotWhenReady(window, options.screenshotFile);
    if (options.reportStartup)
        reportStartupWhenTilesShown(window, started);
    window.show();
    return QApplication::exec();
}
