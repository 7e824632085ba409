// The books' saved image (BookImage.h, loadBooks with an image path): opening from it gives exactly the
// books a full read of the store gives, catches up with events the store gained since, and is set aside
// (the books then read from the store) whenever it does not fit: other closed statuses or priorities, a
// store whose events do not add up, a damaged file. Small stores save no image.

#include "book/BookImage.h"
#include "book/Books.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiJson.h"
#include "report/Drilldown.h"
#include "store/DataTables.h"
#include "store/Store.h"

#include "BooksCompare.h"
#include "EventMaker.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace carepulse;

class BookImageTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    int m_nextCase = 5'000'000;

    // A new store with the real dimensions and count generated cases (most with a survey).
    std::unique_ptr<Store> newStore(int count)
    {
        const QString path = m_dir.filePath(QStringLiteral("store%1.db").arg(++m_stores));
        QProcess import;
        import.start(QStringLiteral(CAREPULSE_CLI),
                     {QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral(CAREPULSE_SHARED_DATA)});
        if (!import.waitForFinished(120000) || import.exitCode() != 0)
            qFatal("import failed: %s", import.readAllStandardError().constData());
        std::unique_ptr<Store> store = openStore(path);
        addCases(*store, count, 7);
        return store;
    }

    // count more cases, changes to some cases already there (closing, reopening) and surveys.
    std::int64_t addCases(Store& store, int count, std::uint32_t seed)
    {
        EventMaker maker(BookDimensions::load(store), seed, kStart);
        std::vector<CaseEvent> events;
        std::vector<SurveyEvent> surveys;
        for (int i = 0; i < count; ++i) {
            const std::string caseNo = std::to_string(m_nextCase++);
            for (CaseEvent& e : maker.newCase(caseNo))
                events.push_back(std::move(e));
            if (maker.pick(0, 9) < 7)
                surveys.push_back(maker.survey(caseNo, maker.someTime()));
        }
        for (int no = m_nextCase - 2 * count; no < m_nextCase - count; no += 7) {
            if (no < 5'000'000)
                continue;
            events.push_back(maker.event(std::to_string(no), kStart, maker.someTime(), no % 2 ? "Open" : "Closed"));
            surveys.push_back(maker.survey(std::to_string(no), kStart - maker.pick(0, 86400)));
        }
        store.beginTransaction();
        const std::int64_t added = store.insertCaseEvents(events, 1).inserted + store.insertSurveys(surveys, 1).inserted;
        store.commit();
        return added;
    }

    QString imagePath(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".book")); }

    // The image's books equal the store's, and so do the figures computed from them.
    static bool sameAsStore(Store& store, const Books& books, const StatusClasses& statuses = {})
    {
        const std::unique_ptr<Books> expected = loadBooks(store, statuses);
        const std::string difference = booksDifference(*expected, books);
        if (!difference.empty()) {
            qWarning("%s", difference.c_str());
            return false;
        }
        const Timestamp clock = dataClock(books.cases, books.surveys);
        for (const Timestamp t : {kStart, kStart + 5 * 86400, clock}) {
            if (kpiToJson(computeKpis(books.cases, books.surveys, {}, t))
                != kpiToJson(computeKpis(expected->cases, expected->surveys, {}, t)))
                return false;
            const CaseGrouper mine(books.cases, {});
            const CaseGrouper theirs(expected->cases, {});
            const auto a = mine.group(t, {GroupKey::Manager}, {});
            const auto b = theirs.group(t, {GroupKey::Manager}, {});
            if (a.size() != b.size())
                return false;
            for (std::size_t r = 0; r < a.size(); ++r) {
                if (a[r].members.front().key != b[r].members.front().key || a[r].breached != b[r].breached
                    || a[r].medianOverdue != b[r].medianOverdue)
                    return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void imageGivesTheBooksTheStoreGives()
    {
        const auto store = newStore(3000);
        const QString path = imagePath(QStringLiteral("same"));
        const BooksLoad first = loadBooks(*store, {}, path, 0);
        QVERIFY(!first.fromImage);
        QVERIFY2(QFile::exists(path), qPrintable(first.imageNote));
        QVERIFY(first.eventsRead > 3000);

        const BooksLoad second = loadBooks(*store, {}, path, 0);
        QVERIFY2(second.fromImage, qPrintable(second.imageNote));
        QCOMPARE(second.eventsRead, 0);
        QVERIFY(sameAsStore(*store, *second.books));
        QCOMPARE(booksDifference(*first.books, *second.books), std::string());
    }

    void imageCatchesUpWithEventsAddedSince()
    {
        const auto store = newStore(3000);
        const QString path = imagePath(QStringLiteral("catch-up"));
        QVERIFY(!loadBooks(*store, {}, path, 0).fromImage);
        const std::int64_t added = addCases(*store, 400, 9); // new cases, changed ones, surveys
        QVERIFY(added > 400);

        const BooksLoad load = loadBooks(*store, {}, path, 1'000'000); // too few to save again
        QVERIFY2(load.fromImage, qPrintable(load.imageNote));
        QCOMPARE(load.eventsRead, added);
        QVERIFY(sameAsStore(*store, *load.books));
        // ... and again from the same (older) image, after more.
        const std::int64_t more = addCases(*store, 50, 10);
        const BooksLoad again = loadBooks(*store, {}, path, 1'000'000);
        QVERIFY(again.fromImage);
        QCOMPARE(again.eventsRead, added + more);
        QVERIFY(sameAsStore(*store, *again.books));

        // The store's replay starts after an arrival number and says where it stopped.
        std::int64_t seen = 0;
        const std::int64_t last = store->forEachCaseEventAfter(0, [&](const CaseEvent&) { ++seen; });
        QCOMPARE(seen, store->eventCounts().caseEvents);
        QCOMPARE(store->forEachCaseEventAfter(last, [&](const CaseEvent&) { QFAIL("an event after the last"); }), last);
    }

    void imageThatDoesNotFitIsSetAside()
    {
        const auto store = newStore(2000);
        const QString path = imagePath(QStringLiteral("unfit"));
        QVERIFY(!loadBooks(*store, {}, path, 0).fromImage);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        file.close();
        const auto restore = [&] {
            QFile out(path);
            return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(saved) == saved.size();
        };

        // Other closed statuses: the books' open and closed states would differ.
        const StatusClasses statuses(QStringList{QStringLiteral("Closed")});
        BooksLoad load = loadBooks(*store, statuses, path, 1'000'000);
        QVERIFY(!load.fromImage);
        QVERIFY2(load.imageNote.contains(QLatin1String("closed statuses")), qPrintable(load.imageNote));
        QVERIFY(sameAsStore(*store, *load.books, statuses));

        // Damaged files: cut short, a length that runs past the end, and bytes turned to garbage.
        for (const QByteArray& damaged : QList<QByteArray>{saved.left(saved.size() / 2), saved.left(100) + QByteArray(8, '\xff') + saved.mid(108),
              saved.left(saved.size() - 300) + QByteArray(292, '\x7f') + saved.right(8), QByteArray("not a book")}) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(damaged);
            out.close();
            load = loadBooks(*store, {}, path, 1'000'000);
            QVERIFY(!load.fromImage);
            QVERIFY(!load.imageNote.isEmpty());
            QVERIFY(sameAsStore(*store, *load.books));
        }

        // A store holding an event the image's position does not account for (one committed late, below
        // the image's arrival numbers): the counts do not add up.
        QVERIFY(restore());
        BookImage image = readBookImage(path, {});
        StorePosition position = image.position;
        std::unique_ptr<Books> books = fitBookImage(std::move(image), BookDimensions::load(*store), load.imageNote);
        QVERIFY(books);
        position.caseEvents -= 1;
        QCOMPARE(saveBookImage(*books, position, path), QString());
        load = loadBooks(*store, {}, path, 1'000'000);
        QVERIFY(!load.fromImage);
        QVERIFY2(load.imageNote.contains(QLatin1String("does not match")), qPrintable(load.imageNote));

        // Another store at the same place (deleted and imported again): its events are not the image's.
        QVERIFY(restore());
        const auto other = newStore(2000);
        load = loadBooks(*other, {}, path, 1'000'000);
        QVERIFY(!load.fromImage);
        QVERIFY2(load.imageNote.contains(QLatin1String("another store")), qPrintable(load.imageNote));
        QVERIFY(sameAsStore(*other, *load.books));

        // A category moved to another priority: every case's SLA could differ.
        QVERIFY(restore());
        QVERIFY(loadBooks(*store, {}, path, 1'000'000).fromImage);
        const DimensionSpec& categories = *findDimension("case_category");
        const BookDimensions dimensions = BookDimensions::load(*store);
        DimensionRow moved;
        store->forEachDimensionRow(categories, [&](const DimensionRow& r) {
            if (moved.values.empty())
                moved = r;
        });
        const std::string& now = moved.values[4];
        moved.values[4] = dimensions.priorities.front().key == now ? dimensions.priorities.back().key
                                                                   : dimensions.priorities.front().key;
        store->beginTransaction();
        store->upsertDimensionRows(categories, std::span(&moved, 1));
        store->commit();
        load = loadBooks(*store, {}, path, 1'000'000);
        QVERIFY(!load.fromImage);
        QVERIFY2(load.imageNote.contains(QLatin1String("priorities")), qPrintable(load.imageNote));
        QVERIFY(sameAsStore(*store, *load.books));
    }

    void smallStoresSaveNoImage()
    {
        const auto store = newStore(500);
        const QString path = imagePath(QStringLiteral("small"));
        const BooksLoad load = loadBooks(*store, {}, path); // the default: only when there is much to read
        QVERIFY(!load.fromImage);
        QVERIFY(!QFile::exists(path));
        QVERIFY(sameAsStore(*store, *load.books));
    }

    // Images are a cache: saving one keeps the most recently used few in its folder and deletes the rest.
    void theCacheKeepsTheNewestImages()
    {
        const QString folder = m_dir.filePath(QStringLiteral("cache"));
        QVERIFY(QDir().mkpath(folder));
        const QDateTime now = QDateTime::currentDateTime();
        for (int day = 1; day <= 5; ++day) {
            QFile old(folder + QStringLiteral("/old%1.book").arg(day));
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("x");
            QVERIFY(old.flush()); // a write after setting the time would set it to now again
            QVERIFY(old.setFileTime(now.addDays(-day), QFileDevice::FileModificationTime));
        }
        const auto store = newStore(10);
        const std::unique_ptr<Books> books = loadBooks(*store);
        QCOMPARE(saveBookImage(*books, {}, folder + QStringLiteral("/new.book")), QString());
        QStringList kept = QDir(folder).entryList({QStringLiteral("*.book")}, QDir::Files, QDir::Name);
        QCOMPARE(kept, (QStringList{QStringLiteral("new.book"), QStringLiteral("old1.book"), QStringLiteral("old2.book"),
                                    QStringLiteral("old3.book")}));
        QCOMPARE(kKeptImages, 4);
    }

    void imagePathsFollowTheStore()
    {
        const QString a = bookImagePath(QStringLiteral("/data/a.db"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(bookImagePath(QStringLiteral("/data/./a.db")), a);
        QVERIFY(bookImagePath(QStringLiteral("/data/b.db")) != a);
        QVERIFY(bookImagePath(QStringLiteral("mysql://u@127.0.0.1:3306/cp")) != a);
        qputenv("CAREPULSE_NO_BOOK_IMAGE", "1");
        QVERIFY(bookImagePath(QStringLiteral("/data/a.db")).isEmpty());
        qunsetenv("CAREPULSE_NO_BOOK_IMAGE");
    }
};

QTEST_GUILESS_MAIN(BookImageTest)
#include "BookImageTest.moc"
