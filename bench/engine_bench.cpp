// Times the engine on a store: case-book build, KPI snapshot (the indexed one the desktop and `tail` use,
// and the full pass beside it), one drill-down grouping and the breach list (medians over several runs),
// and the books' bytes per case. Prints one JSON object.

#include "book/BookImage.h"
#include "book/Books.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiIndex.h"
#include "kpi/KpiJson.h"
#include "report/Drilldown.h"
#include "store/Store.h"
#include "util/AllocatorTuning.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using namespace carepulse;

namespace {

double seconds(const std::function<void()>& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(seconds(work) * 1000.0);
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

long residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLong() * 1024;
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    keepFreedMemoryForReuse(); // as the desktop and the CLI do
    QCoreApplication app(argc, argv);
    if (argc < 2 || argv[1][0] == '-') {
        std::fprintf(stderr, "usage: carepulse-bench STORE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
    const long rssBefore = residentBytes();
    std::unique_ptr<Store> store = openStore(QString::fromLocal8Bit(argv[1]));
    // The books as the desktop opens them: from their saved image when there is one (else every event is
    // read from the store and the image saved); then once more, from the image.
    std::unique_ptr<Books> books;
    bool fromImage = false;
    const QString image = bookImagePath(store->location());
    const double buildS = seconds([&] {
        BooksLoad load = loadBooks(*store, {}, image, 0);
        books = std::move(load.books);
        fromImage = load.fromImage;
    });
    const long rssAfter = residentBytes();
    bool reopened = false;
    const double imageOpenS = seconds([&] { reopened = loadBooks(*store, {}, image, 0).fromImage; });
    const Timestamp asOf = dataClock(books->cases, books->surveys);
    const KpiSettings settings;

    KpiSnapshot snapshot;
    const double kpiFullMs = medianMs(runs, [&] { snapshot = computeKpis(books->cases, books->surveys, settings, asOf); });
    std::unique_ptr<KpiIndex> index;
    const double indexBuildS = seconds([&] { index = std::make_unique<KpiIndex>(books->cases, books->surveys); });
    KpiSnapshot indexed;
    const double kpiMs = medianMs(std::max(runs, 9), [&] { indexed = index->compute(books->cases, books->surveys, settings, asOf); });
    // Replaying the past: a moment a day before the data clock.
    const double kpiDayBeforeMs = medianMs(std::max(runs, 9), [&] {
        indexed = index->compute(books->cases, books->surveys, settings, asOf - 86400);
    });
    const bool same = kpiToJson(index->compute(books->cases, books->surveys, settings, asOf)) == kpiToJson(snapshot)
        && kpiToJson(indexed) == kpiToJson(computeKpis(books->cases, books->surveys, settings, asOf - 86400));
    const CaseGrouper grouper(books->cases, settings);
    std::size_t groups = 0;
    const double groupMs = medianMs(runs, [&] { groups = grouper.group(asOf, {GroupKey::Manager}, {}).size(); });
    std::size_t breaches = 0;
    const double breachMs = medianMs(runs, [&] {
        breaches = grouper.cases(asOf, CaseGrouper::StateFilter::Breached, {}).size();
    });
    const std::size_t cases = books->cases.size();
    const double bookBytes = static_cast<double>(books->cases.memoryBytes() + books->surveys.memoryBytes());
    std::printf("{\"index_build_s\": %.3f, \"kpi_full_pass_ms\": %.2f, \"kpi_day_before_ms\": %.2f,"
                " \"indexed_equals_full_pass\": %s, \"index_bytes_per_case\": %.1f,",
                indexBuildS, kpiFullMs, kpiDayBeforeMs, same ? "true" : "false",
                static_cast<double>(index->memoryBytes()) / static_cast<double>(std::max<std::size_t>(books->cases.size(), 1)));
    std::printf(" \"books_from_image\": %s, \"image_open_s\": %.3f, \"image_used\": %s,", fromImage ? "true" : "false",
                imageOpenS, reopened ? "true" : "false");
    std::printf(" \"cases\": %zu, \"events\": %llu, \"book_build_s\": %.3f, \"kpi_ms\": %.2f, \"group_by_manager_ms\": %.2f,"
                " \"groups\": %zu, \"breach_list_ms\": %.2f, \"breaches\": %zu, \"book_bytes_per_case\": %.1f,"
                " \"resident_bytes_per_case\": %.1f, \"total\": %lld}\n",
                cases, static_cast<unsigned long long>(books->cases.eventsApplied()), buildS, kpiMs, groupMs, groups,
                breachMs, breaches, bookBytes / static_cast<double>(std::max<std::size_t>(cases, 1)),
                static_cast<double>(rssAfter - rssBefore) / static_cast<double>(std::max<std::size_t>(cases, 1)),
                static_cast<long long>(snapshot.total));
    return 0;
}
