// The case book's state events: whatever order a case's events arrive in, the book keeps every distinct
// one in time order, answers "closed as of T?" by the latest event at or before T (ties: closed wins), and
// keeps the plain histories (an open event and a later close) in its two time columns.

#include "book/CaseBook.h"

#include <QTest>

#include <algorithm>

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
};

QTEST_GUILESS_MAIN(CaseBookTest)
#include "CaseBookTest.moc"
