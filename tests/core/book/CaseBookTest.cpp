// The case book's state events: whatever order a case's events arrive in, the book keeps every distinct
// one in time order, answers "closed as of T?" by the latest event at or before T (ties: closed wins), and
// keeps the plain histories (an open event and a later close) in its two time columns.

#include "book/CaseBook.h"

#include <QTest>

#include <algorithm>
#include <tuple>

using namespace carepulse;

namespace {

using Events = std::vector<CaseBook::StateEvent>;

CaseEvent caseEvent(Timestamp at, bool closed)
{
    CaseEvent e;
    e.caseNo = "CASE-1";
    e.created = 1000;
    e.modified = at;
    e.status = closed ? "Closed" : "Open";
    e.employeeKey = "E" + std::to_string(at);
    return e;
}

// The state as of T from a sorted event list, written out plainly.
CaseBook::State expectedState(const Events& sorted, Timestamp T)
{
    CaseBook::State state;
    for (const CaseBook::StateEvent& e : sorted) {
        if (e.time <= T)
            state = {e.closed, e.closed ? e.time : CaseBook::kNever};
    }
    return state;
}

} // namespace

Q_DECLARE_METATYPE(Events)

class CaseBookTest : public QObject {
    Q_OBJECT

private slots:
    void historiesKeepEveryEvent_data()
    {
        QTest::addColumn<Events>("arrivals");
        QTest::addColumn<bool>("plain");
        const auto open = [](Timestamp t) { return CaseBook::StateEvent{t, false}; };
        const auto closed = [](Timestamp t) { return CaseBook::StateEvent{t, true}; };
        QTest::newRow("open") << Events{open(1000)} << true;
        QTest::newRow("closed only") << Events{closed(2000)} << true;
        QTest::newRow("open then closed") << Events{open(1000), closed(2000)} << true;
        QTest::newRow("the close arrives first") << Events{closed(2000), open(1000)} << true;
        QTest::newRow("open and closed at one moment") << Events{closed(1500), open(1500)} << true;
        QTest::newRow("the same event twice") << Events{open(1000), closed(2000), closed(2000), open(1000)} << true;
        QTest::newRow("reopened") << Events{open(1000), closed(2000), open(3000)} << false;
        QTest::newRow("closed then opened") << Events{closed(1000), open(2000)} << false;
        QTest::newRow("two open events") << Events{open(1000), open(1200)} << false;
        QTest::newRow("closed twice") << Events{closed(2000), closed(1000)} << false;
        QTest::newRow("reopened and closed again") << Events{open(1000), closed(2000), open(3000), closed(4000)} << false;
        QTest::newRow("an unusual history, then a duplicate") << Events{open(1000), open(1200), open(1200)} << false;
    }

    void historiesKeepEveryEvent()
    {
        QFETCH(Events, arrivals);
        QFETCH(bool, plain);
        CaseBook book;
        for (const CaseBook::StateEvent& e : arrivals)
            book.apply(caseEvent(e.time, e.closed));
        Events expected = arrivals;
        std::sort(expected.begin(), expected.end());
        expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
        QCOMPARE(book.size(), std::size_t{1});
        QVERIFY(book.events(0) == expected);
        QCOMPARE(book.plainCloseTime(0).has_value(), plain);
        const CaseBook::Columns columns = book.columns();
        for (const CaseBook::StateEvent& e : expected) {
            for (const Timestamp T : {e.time - 1, e.time, e.time + 1}) {
                const CaseBook::State want = expectedState(expected, T);
                QCOMPARE(book.stateAt(0, T).closed, want.closed);
                QCOMPARE(book.stateAt(0, T).closedAt, want.closedAt);
                QCOMPARE(columns.stateAt(0, T).closed, want.closed);
                QCOMPARE(columns.stateAt(0, T).closedAt, want.closedAt);
                if (plain) // closed exactly from the plain close time on
                    QCOMPARE(want.closed, *book.plainCloseTime(0) <= T);
            }
        }
        // The attributes come from the latest event (by time; ties: closed wins), whatever the arrival order.
        const CaseBook::StateEvent latest = expected.back();
        QCOMPARE(book.attributeText(CaseBook::Attribute::Employee, book.attribute(0, CaseBook::Attribute::Employee)),
                 "E" + std::to_string(latest.time));
    }

    // A book built event by event grows its columns by doubling; shrinkToFit gives the room back and
    // keeps every case as it was.
    void shrinkToFitKeepsTheCases()
    {
        CaseBook book;
        for (int i = 0; i < 3000; ++i) {
            CaseEvent e = caseEvent(1000 + i, false);
            e.caseNo = "CASE-" + std::to_string(i);
            book.apply(e);
            if (i % 3 == 0) {
                e.modified += 500;
                e.status = "Closed";
                book.apply(e);
            }
        }
        const auto describe = [&] {
            std::vector<std::tuple<std::string, Timestamp, bool, Timestamp, std::uint32_t>> cases;
            for (std::uint32_t i = 0; i < book.size(); ++i) {
                const CaseBook::State state = book.stateAt(i, 1'000'000);
                cases.emplace_back(book.caseNo(i), book.created(i), state.closed, state.closedAt,
                                   book.attribute(i, CaseBook::Attribute::Employee));
            }
            return cases;
        };
        const auto before = describe();
        const std::size_t grown = book.memoryBytes();
        book.shrinkToFit();
        QVERIFY(book.memoryBytes() < grown);
        QVERIFY(describe() == before);
        QCOMPARE(book.size(), std::size_t{3000});
    }
};

QTEST_GUILESS_MAIN(CaseBookTest)
#include "CaseBookTest.moc"
