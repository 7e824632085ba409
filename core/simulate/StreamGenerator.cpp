#include "StreamGenerator.h"

#include "ArrivalModel.h"
#include "HistoryGenerator.h"
#include "Random.h"
#include "SurveyGenerator.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <limits>
#include <queue>

namespace carepulse::simulate {

namespace {

constexpr Timestamp kNever = std::numeric_limits<Timestamp>::max();

// The history's share of cases that close; a seed case always closes, as in the course simulator.
constexpr double kCloseShare = static_cast<double>(kClosedPerMillion) / 1e6;
// Closed cases whose Open event is never sent (the Kinesis-style stream sends a closed case once).
constexpr double kClosedOnlyShare = 0.03;
// Cases waiting for their Closed event or survey are kept in memory. Past this many (a day or so at
// thousands of events a second), a new case that would close is sent at once as already Closed.
constexpr std::size_t kMaxLiveCases = 1'000'000;

enum class Stage : std::uint8_t { Closing, Survey, SecondSurvey };

struct LiveCase {
    SimCase sim;               // sim.created: timeline creation; sim.closeAfter: resolution time
    Timestamp sentCreated = 0; // create_timestamp as sent
    Timestamp sentClosed = 0;  // last_modified_timestamp of the Closed event as sent
    std::uint64_t number = 0;
    std::int32_t seedRow = -1; // attributes from this seed row, else generated
    std::int16_t slaHours = -1;
    Stage stage = Stage::Closing;
    bool openSent = false;
    bool realNumber = false;   // the seed row's own case_no
};

struct Due {
    Timestamp at = 0;
    std::uint64_t order = 0; // ties keep scheduling order
    std::uint32_t slot = 0;
    bool operator>(const Due& other) const { return at != other.at ? at > other.at : order > other.order; }
};

// A seed row's lookups, done once.
struct SeedInfo {
    std::int16_t slaHours = -1;
    std::size_t centre = std::numeric_limits<std::size_t>::max();
    Channel channel = Channel::Call;
};

Channel channelFromName(std::string_view name)
{
    for (const Channel c : {Channel::Call, Channel::Chat, Channel::Email}) {
        if (channelName(c) == name)
            return c;
    }
    return Channel::Call;
}

double meanWeekWeight()
{
    double sum = 0;
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour)
            sum += ArrivalModel::weekdayWeight(day) * ArrivalModel::hourWeight(hour);
    }
    return sum / (7 * 24);
}

} // namespace

std::uint64_t defaultFirstCaseNo(Timestamp start)
{
    const Timestamp since2020 = start - daysFromCivil(2020, 1, 1) * kSecondsPerDay;
    return kFirstStreamCaseNo + static_cast<std::uint64_t>(std::max<Timestamp>(since2020, 0)) * kStreamCaseNumbersPerSecond;
}

struct StreamGenerator::Impl {
    Impl(StreamOptions o, ReferenceData r)
        : options(std::move(o))
        , reference(std::move(r))
        , mix(reference)
        , employees(generateEmployees(reference, options.employeeCount, options.seed, options.start))
        , products(generateProducts(reference, options.productCount, options.seed))
        , drawer(reference, mix, employees, products, options.seed)
        , arrivalRandom(options.seed, StreamLiveArrivals)
        , caseRandom(options.seed, StreamLiveCases)
        , surveyRandom(options.seed, StreamLiveSurveys)
        , meanWeight(meanWeekWeight())
        , nextNumber(options.firstCaseNo)
    {
        for (const SeedCaseRow& row : options.seedCases) {
            SeedInfo info;
            for (const CategoryPair& pair : reference.pairs) {
                if (pair.category == row.category && pair.subCategory == row.subCategory)
                    info.slaHours = static_cast<std::int16_t>(pair.slaHours);
            }
            for (std::size_t c = 0; c < reference.centres.size(); ++c) {
                if (reference.centres[c].id == row.callCenterId)
                    info.centre = c;
            }
            info.channel = channelFromName(row.channel);
            seeds.push_back(info);
        }
        // A case open when the stream starts closes at most this long after it (six times the longest SLA).
        int longestSla = 24;
        for (const CategoryPair& pair : reference.pairs)
            longestSla = std::max(longestSla, pair.slaHours);
        backlogEnd = 6.0 * longestSla * 3600.0 + 2;
        backlog = seeds.empty();
        nextArrival = arrivalRandom.uniform(0.0, 2.0) / intensity(options.start);
        nextBacklog = backlog ? arrivalRandom.uniform(0.0, 2.0) / options.casesPerSecond : 0.0;
    }

    const StreamEvent* next(Timestamp until, std::optional<Timestamp> stamp);

    double intensity(Timestamp at) const;
    Timestamp arrivalTime() const { return options.start + static_cast<Timestamp>(nextArrival); }
    Timestamp backlogTime() const { return backlog ? options.start + static_cast<Timestamp>(nextBacklog) : kNever; }

    bool arrive(std::optional<Timestamp> stamp);
    bool closeBacklogCase(std::optional<Timestamp> stamp);
    bool due(std::optional<Timestamp> stamp);

    std::uint32_t allocate(const LiveCase& c);
    void release(std::uint32_t slot);
    void schedule(Timestamp at, std::uint32_t slot) { queue.push({at, order++, slot}); }
    bool full() const { return liveSlots.size() - freeSlots.size() >= kMaxLiveCases; }

    void describeCase(const LiveCase& c, StreamEventKind kind, Timestamp created, Timestamp modified);
    void describeSurvey(const LiveCase& c, Timestamp at, const std::array<std::uint8_t, 5>& answers);
    std::string_view caseNumber(const LiveCase& c);
    static std::string_view number(std::uint64_t value, std::array<char, 24>& buffer);
    bool late(const LiveCase& c) const
    {
        return c.slaHours >= 0 && static_cast<std::int64_t>(c.sim.closeAfter) > static_cast<std::int64_t>(c.slaHours) * 3600;
    }

    StreamOptions options;
    ReferenceData reference;
    CaseMix mix;
    EmployeeDirectory employees;
    ProductCatalog products;
    CaseDrawer drawer;
    std::vector<SeedInfo> seeds;

    Random arrivalRandom;
    Random caseRandom;
    Random surveyRandom;
    double meanWeight = 1;
    double nextArrival = 0; // seconds after start
    double nextBacklog = 0;
    double backlogEnd = 0;
    bool backlog = false;

    std::vector<LiveCase> liveSlots;
    std::vector<std::uint32_t> freeSlots;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> queue;
    std::uint64_t order = 0;
    std::uint64_t nextNumber = 0;
    std::uint64_t seedCursor = 0;
    std::uint64_t surveys = 0;

    StreamEvent event;
    std::array<char, 24> caseNoText{};
    std::array<char, 24> surveyIdText{};
    std::array<char, 24> employeeText{};
    std::array<char, 24> productText{};
};

double StreamGenerator::Impl::intensity(Timestamp at) const
{
    if (!options.dailyProfile)
        return options.casesPerSecond;
    const int hour = static_cast<int>(((at % kSecondsPerDay) + kSecondsPerDay) % kSecondsPerDay / 3600);
    return options.casesPerSecond * ArrivalModel::hourWeight(hour) * ArrivalModel::weekdayWeight(isoWeekday(at)) / meanWeight;
}

std::string_view StreamGenerator::Impl::number(std::uint64_t value, std::array<char, 24>& buffer)
{
    const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr;
    return {buffer.data(), static_cast<std::size_t>(end - buffer.data())};
}

std::string_view StreamGenerator::Impl::caseNumber(const LiveCase& c)
{
    if (c.realNumber)
        return options.seedCases[static_cast<std::size_t>(c.seedRow)].caseNo;
    return number(c.number, caseNoText);
}

void StreamGenerator::Impl::describeCase(const LiveCase& c, StreamEventKind kind, Timestamp created, Timestamp modified)
{
    event.kind = kind;
    event.created = created;
    event.modified = modified;
    event.caseNo = caseNumber(c);
    event.surveyId = {};
    event.status = kind == StreamEventKind::Open ? std::string_view("Open") : std::string_view("Closed");
    if (c.seedRow >= 0) {
        const SeedCaseRow& row = options.seedCases[static_cast<std::size_t>(c.seedRow)];
        event.employeeKey = row.employeeKey;
        event.callCenterId = row.callCenterId;
        event.category = row.category;
        event.subCategory = row.subCategory;
        event.channel = row.channel;
        event.countryCode = row.countryCode;
        event.productCode = row.productCode;
        return;
    }
    const SimCase& s = c.sim;
    const CategoryPair& pair = mix.pairs()[s.pair];
    event.employeeKey = number(s.employeeKey, employeeText);
    event.callCenterId = s.centre == SimCase::kUnknownCentre ? std::string_view("C-100")
                                                              : std::string_view(reference.centres[s.centre].id);
    event.category = pair.category;
    event.subCategory = pair.subCategory;
    event.channel = channelName(s.channel);
    event.countryCode = mix.countryCode(s.country);
    event.productCode = number(s.productCode, productText);
}

void StreamGenerator::Impl::describeSurvey(const LiveCase& c, Timestamp at, const std::array<std::uint8_t, 5>& answers)
{
    event.kind = StreamEventKind::Survey;
    event.created = at;
    event.modified = at;
    event.caseNo = caseNumber(c);
    surveyIdText[0] = 'S';
    surveyIdText[1] = '-';
    const auto end = std::to_chars(surveyIdText.data() + 2, surveyIdText.data() + surveyIdText.size(),
                                   options.firstCaseNo + surveys).ptr;
    event.surveyId = {surveyIdText.data(), static_cast<std::size_t>(end - surveyIdText.data())};
    event.answers = answers;
    ++surveys;
}

std::uint32_t StreamGenerator::Impl::allocate(const LiveCase& c)
{
    if (!freeSlots.empty()) {
        const std::uint32_t slot = freeSlots.back();
        freeSlots.pop_back();
        liveSlots[slot] = c;
        return slot;
    }
    liveSlots.push_back(c);
    return static_cast<std::uint32_t>(liveSlots.size() - 1);
}

void StreamGenerator::Impl::release(std::uint32_t slot)
{
    freeSlots.push_back(slot);
}

// A new case: sent Open now (unless it is one of the few sent only when closed), its Closed event
// scheduled when it will close.
bool StreamGenerator::Impl::arrive(std::optional<Timestamp> stamp)
{
    const Timestamp at = arrivalTime();
    nextArrival += arrivalRandom.uniform(0.0, 2.0) / intensity(at);

    LiveCase c;
    bool closes = true;
    bool closedOnly = false;
    if (!seeds.empty()) {
        const std::size_t row = seedCursor % seeds.size();
        c.seedRow = static_cast<std::int32_t>(row);
        c.realNumber = seedCursor < seeds.size();
        c.slaHours = seeds[row].slaHours;
        c.sim.created = at;
        c.sim.closeAfter = drawer.resolution(c.slaHours, seeds[row].centre, seeds[row].channel, caseRandom);
        ++seedCursor;
    } else {
        c.sim = drawer.draw(at, caseRandom);
        const CategoryPair& pair = mix.pairs()[c.sim.pair];
        c.slaHours = static_cast<std::int16_t>(pair.known ? pair.slaHours : -1);
        closes = caseRandom.chance(kCloseShare);
        closedOnly = closes && caseRandom.chance(kClosedOnlyShare);
    }
    if (!c.realNumber)
        c.number = nextNumber++;
    const Timestamp sentAt = stamp.value_or(at);
    c.sentCreated = sentAt;

    if (closes && full()) {
        // No room to remember it: it was resolved before anyone looked, and arrives closed.
        describeCase(c, StreamEventKind::Closed, sentAt - c.sim.closeAfter, sentAt);
        return true;
    }
    if (closes) {
        c.openSent = !closedOnly;
        c.stage = Stage::Closing;
        schedule(c.sim.closedAt(), allocate(c));
    }
    if (closedOnly)
        return false;
    describeCase(c, StreamEventKind::Open, sentAt, sentAt);
    return true;
}

// A case created before the stream began that closes now, sent only as Closed. Candidates come at the
// mean case rate; one is kept when it closes at all and its resolution reaches past the time the stream
// has run, which gives exactly the rate at which an earlier stream's open cases would be closing now.
bool StreamGenerator::Impl::closeBacklogCase(std::optional<Timestamp> stamp)
{
    const Timestamp at = backlogTime();
    nextBacklog += arrivalRandom.uniform(0.0, 2.0) / options.casesPerSecond;
    if (nextBacklog > backlogEnd)
        backlog = false;

    LiveCase c;
    c.sim = drawer.draw(at, caseRandom);
    const bool closes = caseRandom.chance(kCloseShare);
    if (!closes || static_cast<Timestamp>(c.sim.closeAfter) <= at - options.start)
        return false;
    const CategoryPair& pair = mix.pairs()[c.sim.pair];
    c.slaHours = static_cast<std::int16_t>(pair.known ? pair.slaHours : -1);
    c.sim.created = at - c.sim.closeAfter;
    c.number = nextNumber++;
    const Timestamp sentAt = stamp.value_or(at);
    c.sentCreated = sentAt - c.sim.closeAfter;
    c.sentClosed = sentAt;
    describeCase(c, StreamEventKind::Closed, c.sentCreated, sentAt);
    if (!full() && surveyRandom.chance(kSurveyShare)) {
        c.stage = Stage::Survey;
        schedule(at + answerDelay(surveyRandom), allocate(c));
    }
    return true;
}

// The earliest scheduled event: a Closed event, then perhaps a survey, rarely a second one.
bool StreamGenerator::Impl::due(std::optional<Timestamp> stamp)
{
    const Due top = queue.top();
    queue.pop();
    LiveCase& c = liveSlots[top.slot];
    switch (c.stage) {
    case Stage::Closing: {
        Timestamp created = c.sim.created;
        Timestamp modified = top.at;
        if (stamp) {
            modified = c.openSent ? std::max(*stamp, c.sentCreated + 1) : *stamp;
            created = c.openSent ? c.sentCreated : modified - c.sim.closeAfter;
        }
        c.sentCreated = created;
        c.sentClosed = modified;
        describeCase(c, StreamEventKind::Closed, created, modified);
        if (surveyRandom.chance(kSurveyShare)) {
            c.stage = Stage::Survey;
            schedule(top.at + answerDelay(surveyRandom), top.slot);
        } else {
            release(top.slot);
        }
        return true;
    }
    case Stage::Survey:
    case Stage::SecondSurvey: {
        const Timestamp at = stamp ? std::max(*stamp, c.sentClosed + 1) : top.at;
        describeSurvey(c, at, answerSheet(late(c), surveyRandom));
        if (c.stage == Stage::Survey && surveyRandom.chance(kSecondSurveyShare)) {
            c.stage = Stage::SecondSurvey;
            schedule(top.at + surveyRandom.between(10 * 60, 2 * kSecondsPerDay), top.slot);
        } else {
            release(top.slot);
        }
        return true;
    }
    }
    return false;
}

const StreamEvent* StreamGenerator::Impl::next(Timestamp until, std::optional<Timestamp> stamp)
{
    for (;;) {
        const Timestamp pending = queue.empty() ? kNever : queue.top().at;
        const Timestamp closing = backlogTime();
        const Timestamp arrival = arrivalTime();
        const Timestamp first = std::min({pending, closing, arrival});
        if (first > until)
            return nullptr;
        // Ties: what was scheduled earlier first, then the backlog, then new cases.
        const bool produced = pending == first ? due(stamp) : closing == first ? closeBacklogCase(stamp) : arrive(stamp);
        if (produced)
            return &event;
    }
}

std::unique_ptr<StreamGenerator> StreamGenerator::create(StreamOptions options, QString* error)
{
    auto reference = ReferenceData::loadBundled(error);
    if (!reference)
        return nullptr;
    auto impl = std::make_unique<Impl>(std::move(options), std::move(*reference));
    return std::unique_ptr<StreamGenerator>(new StreamGenerator(std::move(impl)));
}

StreamGenerator::StreamGenerator(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}

StreamGenerator::~StreamGenerator() = default;

const StreamEvent* StreamGenerator::next(Timestamp until, std::optional<Timestamp> stamp)
{
    return d->next(until, stamp);
}

std::uint64_t StreamGenerator::firstCaseNo() const
{
    return d->options.firstCaseNo;
}

std::uint64_t StreamGenerator::casesStarted() const
{
    return d->nextNumber - d->options.firstCaseNo;
}

std::uint64_t StreamGenerator::surveysSent() const
{
    return d->surveys;
}

std::size_t StreamGenerator::liveCases() const
{
    return d->liveSlots.size() - d->freeSlots.size();
}

double StreamGenerator::eventsPerCase(bool seeded)
{
    const double closes = seeded ? 1.0 : kCloseShare;
    const double opens = seeded ? 1.0 : 1.0 - closes * kClosedOnlyShare;
    return opens + closes + closes * kSurveyShare * (1.0 + kSecondSurveyShare);
}

} // namespace carepulse::simulate
