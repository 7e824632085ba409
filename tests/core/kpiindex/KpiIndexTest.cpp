// The indexed snapshot (KpiIndex) against the full pass (computeKpis, itself checked by the golden fixtures
// and the SQL cross-check): over the real dimensions (priorities, SLAs, survey bands, fiscal calendar) with
// generated cases of every history shape the index treats differently, at as-of moments on and around every window edge, with several settings, before and
// after live changes, and through the snapshot service.

#include "book/Books.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiIndex.h"
#include "kpi/KpiJson.h"
#include "kpi/SnapshotService.h"
#include "report/GroupTally.h"
#include "store/Store.h"

#include "EventMaker.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>
#include <numeric>
#include <random>

using namespace carepulse;

namespace {

std::vector<KpiSettings> settingVariants(const BookDimensions& dimensions)
{
    std::vector<KpiSettings> variants(4);
    variants[1].sentimentQuestion = 4;
    variants[1].atRiskFraction = 0.5;
    variants[2].sentimentQuestion = kOptionsQuestionIndex;
    variants[3].sentimentQuestion = 2;
    for (const PriorityInfo& p : dimensions.priorities) {
        variants[2].atRiskFractionByPriority[p.key] = 0.1;
        variants[3].atRiskSecondsByPriority[p.key] = 0;
    }
    if (!dimensions.priorities.empty())
        variants[3].atRiskSecondsByPriority[dimensions.priorities.front().key] = -60;
    return variants;
}

// As-of moments: before everything, after everything, random ones, and each one's window edges a second
// either side (the last hour, day, week and month, and the calendar's day, week and month starts).
std::vector<Timestamp> asOfMoments(EventMaker& maker, const Books& books)
{
    std::vector<Timestamp> moments{0, dataClock(books.cases, books.surveys), std::numeric_limits<Timestamp>::max() / 4};
    for (int i = 0; i < 12; ++i) {
        const Timestamp t = maker.someTime();
        for (const Timestamp edge : {Timestamp{0}, Timestamp{3600}, Timestamp{86400}, Timestamp{7 * 86400}, Timestamp{30 * 86400}}) {
            moments.push_back(t + edge - 1);
            moments.push_back(t + edge);
        }
    }
    for (std::uint32_t i = 0; i < books.cases.size(); i += 97) {
        if (books.cases.hasEvents(i))
            moments.push_back(books.cases.created(i));
    }
    return moments;
}

bool sameAt(const KpiIndex& index, const Books& books, const std::vector<Timestamp>& moments,
               const std::vector<KpiSettings>& variants)
{
    for (const Timestamp t : moments) {
        for (std::size_t v = 0; v < variants.size(); ++v) {
            const std::string expected = kpiToJson(computeKpis(books.cases, books.surveys, variants[v], t));
            const std::string actual = kpiToJson(index.compute(books.cases, books.surveys, variants[v], t));
            if (actual != expected) {
                qWarning("as of %lld, settings %zu:\nindexed %s\nfull    %s", static_cast<long long>(t), v,
                         actual.c_str(), expected.c_str());
                return false;
            }
        }
    }
    return true;
}

// Applies events the way the snapshot service does: the index hears of each change first.
void applyNoting(KpiIndex& index, Books& books, const EventBatch& batch)
{
    for (const CaseEvent& e : batch.cases)
        index.noteCaseChange(books.cases, books.cases.findCase(e.caseNo));
    for (const SurveyEvent& s : batch.surveys)
        index.noteSurveyChange(books.cases, books.surveys, books.cases.findCase(s.caseNo));
    books.apply(batch);
}

// A grouping's counts written out case by case with evaluateCase, and each code's breached cases' overdue
// times, against which the pass (tallyGroups) is checked.
struct CaseByCase {
    GroupTally tally;
    std::vector<std::vector<std::int64_t>> overdue; // by code
};

template<typename CodeOf, typename Wanted>
CaseByCase tallyCaseByCase(const CaseBook& cases, Timestamp T, const AtRiskThresholds& thresholds,
                           std::size_t codes, const CodeOf& codeOf, const Wanted& wanted)
{
    CaseByCase expected;
    GroupTally& t = expected.tally;
    for (auto* column : {&t.cases, &t.open, &t.breached, &t.breachedClosed, &t.atRisk, &t.met})
        column->assign(codes, 0);
    t.sample.assign(codes, GroupTally::kNoCase);
    expected.overdue.resize(codes);
    for (std::uint32_t i = 0; i < cases.size(); ++i) {
        if (cases.created(i) > T || !wanted(i))
            continue;
        const std::uint32_t c = codeOf(i);
        const CaseStatus s = evaluateCase(cases, i, T, thresholds);
        if (t.sample[c] == GroupTally::kNoCase)
            t.sample[c] = i;
        ++t.cases[c];
        t.open[c] += s.closed ? 0 : 1;
        t.atRisk[c] += s.sla == SlaState::AtRisk ? 1 : 0;
        t.met[c] += s.sla == SlaState::Met ? 1 : 0;
        if (s.sla == SlaState::Breached) {
            ++t.breached[c];
            t.breachedClosed[c] += s.closed ? 1 : 0;
            expected.overdue[c].push_back(s.overdueBy);
        }
    }
    return expected;
}

// The counts and first cases of two tallies (the medians are compared where they are worked out).
void compareCounts(const GroupTally& actual, const GroupTally& expected)
{
    QCOMPARE(actual.cases, expected.cases);
    QCOMPARE(actual.open, expected.open);
    QCOMPARE(actual.breached, expected.breached);
    QCOMPARE(actual.breachedClosed, expected.breachedClosed);
    QCOMPARE(actual.atRisk, expected.atRisk);
    QCOMPARE(actual.met, expected.met);
    QCOMPARE(actual.sample, expected.sample);
}

std::int64_t sum(const std::vector<std::int64_t>& values)
{
    return std::accumulate(values.begin(), values.end(), std::int64_t{0});
}

} // namespace

class KpiIndexTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    // Books over the real dimension files (their seed cases carry no timestamps and are not imported).
    std::unique_ptr<Books> dimensionBooks()
    {
        auto store = openStore(m_store);
        return loadBooks(*store);
    }

    // count new cases numbered from firstNo, most with a survey, and surveys on the cases already there.
    EventBatch generated(EventMaker& maker, const Books& books, int count, int firstNo)
    {
        EventBatch batch;
        for (int i = 0; i < count; ++i) {
            const std::string caseNo = std::to_string(firstNo + i);
            for (CaseEvent& e : maker.newCase(caseNo))
                batch.cases.push_back(std::move(e));
            if (maker.pick(0, 9) < 7)
                batch.surveys.push_back(maker.survey(caseNo, maker.someTime()));
        }
        // Surveys on the cases already there, some at the same moment (ties broken by survey id).
        for (std::uint32_t i = 0; i < books.cases.size(); i += 3) {
            const Timestamp at = maker.someTime();
            batch.surveys.push_back(maker.survey(books.cases.caseNo(i), at));
            if (i % 9 == 0)
                batch.surveys.push_back(maker.survey(books.cases.caseNo(i), at));
        }
        return batch;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("real.db"));
        QProcess import;
        import.start(QStringLiteral(CAREPULSE_CLI),
                     {QStringLiteral("import"), QStringLiteral("--db"), m_store, QStringLiteral(CAREPULSE_SHARED_DATA)});
        QVERIFY(import.waitForFinished(120000));
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    }

    void indexedSnapshotEqualsTheFullPass()
    {
        auto books = dimensionBooks();
        EventMaker maker(books->cases.dimensions(), 11, kStart);
        books->apply(generated(maker, *books, 4000, 9'000'000));
        const KpiIndex index(books->cases, books->surveys);
        QCOMPARE(index.oneByOne(books->cases, books->surveys) > 0, true); // the unusual histories
        QVERIFY(sameAt(index, *books, asOfMoments(maker, *books), settingVariants(books->cases.dimensions())));
    }

    void indexFollowsLiveChanges()
    {
        auto books = dimensionBooks();
        EventMaker maker(books->cases.dimensions(), 23, kStart);
        books->apply(generated(maker, *books, 3000, 9'000'000));
        KpiIndex index(books->cases, books->surveys);
        const auto variants = settingVariants(books->cases.dimensions());
        int nextNo = 9'100'000;
        for (int round = 0; round < 4; ++round) {
            EventBatch batch = generated(maker, *books, 300, nextNo);
            nextNo += 300;
            // Changes to indexed cases: closing open ones, reopening closed ones, moving to another
            // category (so another priority), and earlier first surveys.
            for (std::uint32_t i = static_cast<std::uint32_t>(round); i < books->cases.size(); i += 41) {
                if (!books->cases.hasEvents(i))
                    continue;
                const Timestamp created = books->cases.created(i);
                const std::string caseNo = books->cases.caseNo(i);
                const char* status = books->cases.stateAt(i, created + 40 * 86400).closed ? "Open" : "Closed";
                batch.cases.push_back(maker.event(caseNo, created, created + maker.pick(0, 9 * 86400), status));
                if (i % 3 == 0)
                    batch.surveys.push_back(maker.survey(caseNo, created - maker.pick(0, 86400)));
            }
            applyNoting(index, *books, batch);
            QVERIFY(sameAt(index, *books, asOfMoments(maker, *books), variants));
        }
        // A rebuilt index gives the same figures with nothing left to visit one by one but the unusual.
        const KpiIndex rebuilt(books->cases, books->surveys);
        QVERIFY(rebuilt.oneByOne(books->cases, books->surveys) < index.oneByOne(books->cases, books->surveys));
        QVERIFY(sameAt(rebuilt, *books, {dataClock(books->cases, books->surveys)}, variants));
    }

    // The grouping pass applies the SLA rules without branches (SlaFlagRules); large books are tallied in
    // two halves at once, which must give exactly the one-pass result (counts, first cases, median overdue
    // times). Every code's counts and median are checked against evaluateCase on its own cases, with each
    // settings variant (at-risk thresholds of 0 and below), also as of a moment a century on, when the
    // overdue times no longer fit the pass's 32-bit entries.
    void groupTallyEqualsTheCaseByCaseRules()
    {
        auto books = dimensionBooks();
        EventMaker maker(books->cases.dimensions(), 31, kStart);
        books->apply(generated(maker, *books, 5000, 9'000'000));
        const CaseBook& cases = books->cases;
        const auto employee = CaseBook::Attribute::Employee; // by agent: the generated ones are not in the dimension
        const auto codeOf = [&](std::uint32_t i) { return cases.attribute(i, employee); };
        const auto wanted = [&](std::uint32_t i) { return i % 7 != 0; };
        const std::size_t codes = cases.dictionary(employee).size();
        for (const KpiSettings& settings : settingVariants(cases.dimensions())) {
            const AtRiskThresholds thresholds(cases.dimensions(), settings);
            // Also the moments an open case reaches its at-risk threshold and its SLA exactly (at risk, not
            // breached), where a rule off by one second shows.
            std::vector<Timestamp> moments{kStart + 20 * 86400, kStart + std::int64_t{100} * 365 * 86400};
            for (std::uint32_t i = 0, edges = 0; i < cases.size() && edges < 4; ++i) {
                const std::int64_t sla = cases.slaSeconds(i);
                if (!cases.hasEvents(i) || sla < 0)
                    continue;
                const Timestamp atRiskFrom = cases.created(i) + thresholds[cases.priority(i)];
                const Timestamp due = cases.created(i) + sla;
                if (atRiskFrom >= cases.created(i) && !cases.stateAt(i, due).closed) {
                    moments.push_back(atRiskFrom);
                    moments.push_back(due);
                    edges += 2;
                }
            }
            for (const Timestamp T : moments) {
                const GroupTally one = tallyGroups(cases, T, thresholds, codes, codeOf, wanted);
                const GroupTally two = tallyGroups(cases, T, thresholds, codes, codeOf, wanted, 0);
                QVERIFY(one.codes() > 1);
                compareCounts(two, one);
                QCOMPARE(two.medianOverdue, one.medianOverdue);
                CaseByCase expected = tallyCaseByCase(cases, T, thresholds, codes, codeOf, wanted);
                compareCounts(one, expected.tally);
                if (QTest::currentTestFailed())
                    return;
                QVERIFY(sum(one.breached) > 100 && sum(one.breachedClosed) > 0 && sum(one.met) > 0);
                const bool century = T > kStart + 365 * 86400;
                QVERIFY(century || sum(one.open) > 0);
                QVERIFY(century || !settings.atRiskSecondsByPriority.empty() || sum(one.atRisk) > 0);
                bool wide = false;
                for (std::size_t c = 0; c < codes; ++c) {
                    std::vector<std::int64_t>& overdue = expected.overdue[c];
                    if (overdue.empty())
                        continue;
                    std::sort(overdue.begin(), overdue.end());
                    wide = wide || overdue.back() > std::numeric_limits<std::int32_t>::max();
                    QCOMPARE(one.medianOverdue[c], overdue[nearestRankIndex(overdue.size(), 0.5)]);
                }
                QCOMPARE(wide, century);
            }
        }
    }

    // The pass counts in 16 bits and spills to 64-bit totals before a count overflows: one member with
    // more cases than 16 bits hold, in one pass and in two halves, against the case-by-case rules.
    void groupTallyCountsPastSixteenBits()
    {
        auto books = dimensionBooks();
        EventMaker maker(books->cases.dimensions(), 41, kStart);
        books->apply(generated(maker, *books, 70'000, 9'000'000));
        const CaseBook& cases = books->cases;
        const AtRiskThresholds thresholds(cases.dimensions(), KpiSettings{});
        const auto codeOf = [](std::uint32_t) { return std::uint32_t{0}; };
        const auto wanted = [](std::uint32_t) { return true; };
        const Timestamp T = dataClock(cases, books->surveys);
        const CaseByCase expected = tallyCaseByCase(cases, T, thresholds, 1, codeOf, wanted);
        QVERIFY(expected.tally.cases[0] > 65'535 && expected.tally.breached[0] > 0 && expected.tally.met[0] > 0);
        for (const std::uint32_t splitAbove : {std::uint32_t{1'000'000}, std::uint32_t{0}})
            compareCounts(tallyGroups(cases, T, thresholds, 1, codeOf, wanted, splitAbove), expected.tally);
    }

    void serviceSnapshotsFollowAppliedBatches()
    {
        auto serviceBooks = dimensionBooks();
        auto reference = dimensionBooks();
        SnapshotService service(std::move(serviceBooks));
        QSignalSpy ready(&service, &SnapshotService::snapshotReady);
        EventMaker maker(reference->cases.dimensions(), 5, kStart);
        for (int round = 0; round < 3; ++round) {
            auto batch = std::make_shared<EventBatch>(generated(maker, *reference, 500, 9'200'000 + round * 500));
            reference->apply(*batch);
            service.apply(batch);
            const std::uint64_t generation = service.request({});
            QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty()
                                         && ready.last().at(0).value<std::shared_ptr<const KpiSnapshot>>()->generation
                                             == generation,
                                     10000);
            auto shown = *ready.last().at(0).value<std::shared_ptr<const KpiSnapshot>>();
            KpiSnapshot expected = computeKpis(reference->cases, reference->surveys, {},
                                               dataClock(reference->cases, reference->surveys));
            expected.generation = shown.generation;
            QCOMPARE(QString::fromStdString(kpiToJson(shown)), QString::fromStdString(kpiToJson(expected)));
        }
    }
};

QTEST_GUILESS_MAIN(KpiIndexTest)
#include "KpiIndexTest.moc"
