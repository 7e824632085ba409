#include "Timestamp.h"

#include <ctime>

namespace carepulse {

namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t count, int& value)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const unsigned d = static_cast<unsigned char>(s[i]) - '0';
        if (d > 9)
            return false;
        v = v * 10 + static_cast<int>(d);
    }
    value = v;
    return true;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

bool parseDateParts(std::string_view s, int& y, int& m, int& d)
{
    if (s.size() < 10 || s[4] != '-' || s[7] != '-')
        return false;
    if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d))
        return false;
    return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

void put2(char* out, int v)
{
    out[0] = static_cast<char>('0' + v / 10);
    out[1] = static_cast<char>('0' + v % 10);
}

} // namespace

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t daysFromCivil(int year, int month, int day)
{
    const std::int64_t y = year - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return {y, m, d};
}

std::optional<Timestamp> parseDate(std::string_view s)
{
    int y = 0, m = 0, d = 0;
    if (s.size() != 10 || !parseDateParts(s, y, m, d))
        return std::nullopt;
    return daysFromCivil(y, m, d) * kSecondsPerDay;
}

std::optional<Timestamp> parseTimestamp(std::string_view s)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (s.size() < 19 || !parseDateParts(s, y, mo, d))
        return std::nullopt;
    if ((s[10] != ' ' && s[10] != 'T') || s[13] != ':' || s[16] != ':')
        return std::nullopt;
    if (!digits(s, 11, 2, h) || !digits(s, 14, 2, mi) || !digits(s, 17, 2, sec))
        return std::nullopt;
    if (h > 23 || mi > 59 || sec > 59)
        return std::nullopt;
    if (s.size() > 19) {
        // A fractional part is accepted and dropped: CarePulse keeps whole seconds.
        if (s[19] != '.' || s.size() == 20)
            return std::nullopt;
        for (std::size_t i = 20; i < s.size(); ++i) {
            if (static_cast<unsigned>(static_cast<unsigned char>(s[i]) - '0') > 9)
                return std::nullopt;
        }
    }
    return daysFromCivil(y, mo, d) * kSecondsPerDay + h * 3600 + mi * 60 + sec;
}

void formatTimestamp(Timestamp ts, char out[19])
{
    std::int64_t days = ts / kSecondsPerDay;
    std::int64_t rem = ts % kSecondsPerDay;
    if (rem < 0) {
        rem += kSecondsPerDay;
        --days;
    }
    const CivilDate c = civilFromDays(days);
    const int sec = static_cast<int>(rem);
    put2(out, c.year / 100 % 100);
    put2(out + 2, c.year % 100);
    out[4] = '-';
    put2(out + 5, c.month);
    out[7] = '-';
    put2(out + 8, c.day);
    out[10] = ' ';
    put2(out + 11, sec / 3600);
    out[13] = ':';
    put2(out + 14, sec / 60 % 60);
    out[16] = ':';
    put2(out + 17, sec % 60);
}

std::string formatTimestamp(Timestamp ts)
{
    std::string s(19, ' ');
    formatTimestamp(ts, s.data());
    return s;
}

std::string formatDate(Timestamp ts)
{
    return formatTimestamp(ts).substr(0, 10);
}

int isoWeekday(Timestamp ts)
{
    std::int64_t days = ts / kSecondsPerDay;
    if (ts % kSecondsPerDay < 0)
        --days;
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    return static_cast<int>(((days + 3) % 7 + 7) % 7);
}

Timestamp wallClockNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    return daysFromCivil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday) * kSecondsPerDay
        + local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec;
}

} // namespace carepulse
