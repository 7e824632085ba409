#pragma once
// Naive wall-clock timestamps as whole seconds. The data carries no time zone, so a timestamp is the count
// of seconds from 1970-01-01 00:00:00 on the same naive clock (computed as if it were UTC). This makes
// durations exact and keeps every comparison an integer comparison.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace carepulse {

using Timestamp = std::int64_t;

struct CivilDate {
    int year = 1970;
    int month = 1;
    int day = 1;
};

// Days since 1970-01-01 for a proleptic Gregorian date, and back.
std::int64_t daysFromCivil(int year, int month, int day);
CivilDate civilFromDays(std::int64_t days);

// "YYYY-MM-DD HH:MM:SS" with an optional fractional part (dropped) and 'T' accepted as the separator.
std::optional<Timestamp> parseTimestamp(std::string_view text);
// "YYYY-MM-DD": the timestamp of its 00:00:00.
std::optional<Timestamp> parseDate(std::string_view text);

// "YYYY-MM-DD HH:MM:SS"; writes exactly 19 characters.
void formatTimestamp(Timestamp ts, char out[19]);
std::string formatTimestamp(Timestamp ts);
std::string formatDate(Timestamp ts);

constexpr Timestamp kSecondsPerDay = 86400;
// The system's local wall-clock time now, on the data's naive clock (local time read as if it were UTC).
Timestamp wallClockNow();

// 0 = Monday .. 6 = Sunday.
int isoWeekday(Timestamp ts);

} // namespace carepulse
