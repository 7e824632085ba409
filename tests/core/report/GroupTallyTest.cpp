// The grouping pass's parts that have no book of their own: the selection behind every member's median
// overdue time, on inputs that defeat a naive quickselect, and the pool its working memory comes from.

#include "ReportTests.h"
#include "book/ScratchColumn.h"
#include "report/GroupTally.h"

#include <QTest>

#include <algorithm>
#include <limits>
#include <numeric>
#include <random>
#include <span>

using namespace carepulse;

namespace {

// Each k of values (or a sample of ks for long ones) against the sorted values.
template<typename Value>
void checkEveryRank(const std::vector<Value>& values, const char* shape)
{
    std::vector<Value> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t step = values.size() > 300 ? values.size() / 97 : 1;
    for (std::size_t k = 0; k < values.size(); k += step) {
        std::vector<Value> work = values;
        const Value got = detail::selectNth(std::span<Value>(work), k);
        if (got != sorted[k])
            QFAIL(qPrintable(QStringLiteral("%1, %2 values of %3 bytes, rank %4: %5, expected %6")
                                 .arg(QLatin1String(shape)).arg(values.size()).arg(sizeof(Value)).arg(k)
                                 .arg(got).arg(sorted[k])));
        // The values are only reordered.
        std::sort(work.begin(), work.end());
        QVERIFY(work == sorted);
    }
}

// Inputs that defeat a naive quickselect, of every size around its cut-over to sorting.
template<typename Value>
void checkShapes(std::mt19937_64& random)
{
    using Limits = std::numeric_limits<Value>;
    for (const std::size_t n : {1, 2, 3, 16, 17, 18, 31, 64, 100, 257, 1000, 20'000}) {
        std::vector<Value> values(n);
        std::uniform_int_distribution<Value> any(Limits::min() / 2, Limits::max() / 2);
        std::generate(values.begin(), values.end(), [&] { return any(random); });
        checkEveryRank(values, "random");
        std::fill(values.begin(), values.end(), 42);
        checkEveryRank(values, "all equal");
        std::uniform_int_distribution<Value> few(0, 2);
        std::generate(values.begin(), values.end(), [&] { return few(random); });
        checkEveryRank(values, "three distinct");
        std::iota(values.begin(), values.end(), -static_cast<Value>(n / 2));
        checkEveryRank(values, "ascending");
        std::reverse(values.begin(), values.end());
        checkEveryRank(values, "descending");
        for (std::size_t i = 0; i < n; ++i) // organ pipe: up, then down
            values[i] = static_cast<Value>(std::min(i, n - 1 - i));
        checkEveryRank(values, "organ pipe");
        for (std::size_t i = 0; i < n; ++i) // the extremes of the range, alternating
            values[i] = i % 2 == 0 ? Limits::min() : Limits::max();
        checkEveryRank(values, "extremes");
    }
}

} // namespace

class GroupTallyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void selectNthMatchesSorting()
    {
        std::mt19937_64 random(7);
        checkShapes<std::int64_t>(random);
        if (!QTest::currentTestFailed())
            checkShapes<std::int32_t>(random);
    }

    void scratchPoolHandsBackGivenBlocks()
    {
        ScratchPool pool;
        const std::size_t big = 3 * ScratchPool::kSmallest + 5;
        const ScratchPool::Block first = pool.take(big);
        QVERIFY(first.data != nullptr);
        QVERIFY(first.bytes >= big);
        QCOMPARE(pool.keptBytes(), std::size_t{0});
        pool.giveBack(first);
        QCOMPARE(pool.keptBytes(), first.bytes);
        // The same block again for a request it holds; a larger one is a new block.
        const ScratchPool::Block again = pool.take(big - 100);
        QCOMPARE(again.data, first.data);
        QCOMPARE(pool.keptBytes(), std::size_t{0});
        pool.giveBack(again);
        const ScratchPool::Block larger = pool.take(first.bytes + 1);
        QVERIFY(larger.data != first.data);
        pool.giveBack(larger);
        QCOMPARE(pool.keptBytes(), first.bytes + larger.bytes);
        // The smallest block that holds the request is the one handed out.
        const ScratchPool::Block fitting = pool.take(ScratchPool::kSmallest);
        QCOMPARE(fitting.data, first.data);
        pool.giveBack(fitting);

        // Small blocks come from the heap and are not kept.
        const ScratchPool::Block small = pool.take(100);
        QVERIFY(small.data != nullptr);
        pool.giveBack(small);
        QCOMPARE(pool.keptBytes(), first.bytes + larger.bytes);

        // At most kKeptBlocks are kept: beyond them the smallest goes.
        pool.clear();
        QCOMPARE(pool.keptBytes(), std::size_t{0});
        std::vector<ScratchPool::Block> blocks;
        for (std::size_t i = 0; i < ScratchPool::kKeptBlocks + 2; ++i)
            blocks.push_back(pool.take((i + 1) * ScratchPool::kSmallest * 8));
        QCOMPARE(pool.keptBytes(), std::size_t{0});
        std::size_t largestBytes = 0;
        for (const ScratchPool::Block& b : blocks)
            largestBytes += b.bytes;
        largestBytes -= blocks[0].bytes + blocks[1].bytes;
        for (const ScratchPool::Block& b : blocks)
            pool.giveBack(b);
        QCOMPARE(pool.keptBytes(), largestBytes);
        pool.clear();
        QCOMPARE(pool.keptBytes(), std::size_t{0});
    }

    void scratchColumnGivesItsBlockBack()
    {
        ScratchPool pool;
        const void* address = nullptr;
        {
            ScratchColumn<std::int64_t> column(1'000'000, pool);
            QCOMPARE(column.size(), std::size_t{1'000'000});
            std::iota(column.begin(), column.end(), 0);
            QCOMPARE(column[999'999], 999'999);
            ScratchColumn<std::int64_t> moved = std::move(column);
            QCOMPARE(moved[5], 5);
            QCOMPARE(pool.keptBytes(), std::size_t{0});
            address = moved.data();
        }
        QVERIFY(pool.keptBytes() >= 8'000'000);
        ScratchColumn<std::int32_t> next(2'000'000, pool);
        QCOMPARE(static_cast<const void*>(next.data()), address);
    }
};

int runGroupTallyTest(int argc, char** argv)
{
    GroupTallyTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "GroupTallyTest.moc"
