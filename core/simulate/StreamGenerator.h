#pragma once
// The live stream's timeline (`simulate stream`). New cases arrive and are sent as Open; each later
// arrives again as Closed with the same case_no and create_timestamp and a later last_modified_timestamp,
// and about 80% of closed cases are followed by a survey. Cases that were already open when the stream
// began close during its first days and arrive only as Closed, as do a few others (a Kinesis-style
// producer sends a closed case once). Cases are drawn like the history's (CaseDrawer), from the same
// employees, products, centres, category pairs and countries for the same seed and sizes.
//
// The timeline is a pure function of the options: the same options give the same events in the same
// order however the caller paces them. Only the wall-clock stamps of --rate mode depend on timing.

#include "CaseDrawer.h"
#include "SeedCases.h"
#include "model/Timestamp.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carepulse::simulate {

// Stream case numbers start above every history case number (kFirstCaseNo plus at most 100 million
// cases) and, by default, 10,000 numbers further for every second of the stream's start after
// 2020-01-01 00:00:00. A restarted stream therefore never reuses an earlier run's numbers unless that
// run made more than 10,000 cases per second of the time between the two starts (--first-case-no then
// picks the start by hand). Survey ids are "S-" and a number from the same range, so they never meet
// the history's "S-100001".. either.
constexpr std::uint64_t kFirstStreamCaseNo = 200'000'001;
constexpr std::uint64_t kStreamCaseNumbersPerSecond = 10'000;
std::uint64_t defaultFirstCaseNo(Timestamp start);

// The course history's pace (data set S: 498,000 cases in 10 days).
constexpr double kDefaultCasesPerDay = 49'800;

struct StreamOptions {
    std::uint64_t seed = 1;
    std::size_t employeeCount = 300024; // as `simulate history`: the same keys for the same sizes
    std::size_t productCount = 92353;
    Timestamp start = 0;                // the timeline's first moment (local wall clock)
    double casesPerSecond = kDefaultCasesPerDay / 86400.0; // mean rate of new cases
    bool dailyProfile = true;           // shape arrivals by hour of day and weekday (ArrivalModel)
    std::uint64_t firstCaseNo = kFirstStreamCaseNo;
    // Replay these real cases, in order and under their own case_no, instead of generated ones; after
    // the last row the replay starts again under fresh stream numbers.
    std::vector<SeedCaseRow> seedCases;
};

enum class StreamEventKind : std::uint8_t { Open, Closed, Survey };

// One event. The views stay valid until the next call of StreamGenerator::next.
struct StreamEvent {
    StreamEventKind kind = StreamEventKind::Open;
    Timestamp created = 0;  // cases: create_timestamp
    Timestamp modified = 0; // cases: last_modified_timestamp; surveys: survey_timestamp
    std::string_view caseNo;
    std::string_view surveyId;
    std::string_view employeeKey;
    std::string_view callCenterId;
    std::string_view status;
    std::string_view category;
    std::string_view subCategory;
    std::string_view channel;
    std::string_view countryCode;
    std::string_view productCode;
    std::array<std::uint8_t, 5> answers{}; // surveys: Q1..Q5; 0 = not answered; Q4 holds 'Y' or 'N'
};

class StreamGenerator {
public:
    // Builds the dimensions (a fraction of a second at the default sizes); nothing and *error on failure.
    static std::unique_ptr<StreamGenerator> create(StreamOptions options, QString* error);
    ~StreamGenerator();
    StreamGenerator(const StreamGenerator&) = delete;
    StreamGenerator& operator=(const StreamGenerator&) = delete;

    // The next event whose timeline time is at most `until`, or nullptr when there is none before it.
    // With `stamp` the event is sent as happening at that wall-clock time instead of at its timeline
    // time (--rate mode), keeping create_timestamp < last_modified_timestamp < survey_timestamp.
    const StreamEvent* next(Timestamp until, std::optional<Timestamp> stamp = std::nullopt);

    std::uint64_t firstCaseNo() const;
    std::uint64_t casesStarted() const; // stream case numbers used so far
    std::uint64_t surveysSent() const;
    std::size_t liveCases() const;      // cases waiting for a later event

    // Events per new case once the stream has run a while: turns an event rate into a case rate.
    static double eventsPerCase(bool seeded);

private:
    struct Impl;
    explicit StreamGenerator(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace carepulse::simulate
