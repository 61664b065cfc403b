#include "core/model/date.hpp"

#include <cstdio>

namespace stride {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the whole proleptic Gregorian calendar.
std::int32_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil {
    int year, month, day;
};

Civil civil_from_days(std::int32_t z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp + (mp < 10 ? 3 : -9);
    return {yoe + era * 400 + (m <= 2), m, d};
}

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// Reads exactly `count` ASCII digits; no signs, no spaces.
std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count) {
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

constexpr std::int64_t kMinutesPerDay = 24 * 60;

// Writes `value` (0 <= value < 10^width) as `width` digits at text[at]. By hand rather than snprintf:
// loading, saving and exporting years of history write tens of thousands of dates and times.
void put_digits(std::string& text, std::size_t at, int width, int value) {
    for (int i = width - 1; i >= 0; --i, value /= 10)
        text[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
}

} // namespace

std::optional<Date> Date::from_ymd(int year, int month, int day) {
    if (year < kMinYear || year > kMaxYear || month < 1 || month > 12) return std::nullopt;
    if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
    return Date(days_from_civil(year, month, day));
}

std::optional<Date> Date::parse(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    const auto y = digits(iso, 0, 4), m = digits(iso, 5, 2), d = digits(iso, 8, 2);
    if (!y || !m || !d) return std::nullopt;
    return from_ymd(*y, *m, *d);
}

std::string Date::iso() const {
    const Civil c = civil_from_days(days_);
    if (c.year < 0 || c.year > 9999) { // only by date arithmetic far outside kMinYear..kMaxYear
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", c.year, c.month, c.day);
        return buffer;
    }
    std::string text = "0000-00-00";
    put_digits(text, 0, 4, c.year);
    put_digits(text, 5, 2, c.month);
    put_digits(text, 8, 2, c.day);
    return text;
}

int Date::year() const {
    return civil_from_days(days_).year;
}
int Date::month() const {
    return civil_from_days(days_).month;
}
int Date::day() const {
    return civil_from_days(days_).day;
}

int Date::weekday() const {
    // 1970-01-01 was a Thursday (index 3 when Monday is 0).
    const int w = (days_ + 3) % 7;
    return w < 0 ? w + 7 : w;
}

std::optional<LocalTime> LocalTime::from_hm(int hour, int minute) {
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
    return LocalTime(hour * 60 + minute);
}

std::optional<LocalTime> LocalTime::parse(std::string_view text) {
    if (text.empty()) return unknown();
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    const auto h = digits(text, 0, 2), m = digits(text, 3, 2);
    if (!h || !m) return std::nullopt;
    return from_hm(*h, *m);
}

std::string LocalTime::text() const {
    if (!known()) return "";
    std::string text = "00:00";
    put_digits(text, 0, 2, minutes_ / 60);
    put_digits(text, 3, 2, minutes_ % 60);
    return text;
}

std::int64_t minutes_since_epoch(Date date, LocalTime time) {
    return std::int64_t{date.days_since_epoch()} * kMinutesPerDay + time.minutes_or_midday();
}

std::pair<Date, LocalTime> moment_after(Date date, LocalTime time, std::int64_t minutes) {
    const std::int64_t at = minutes_since_epoch(date, time) + minutes;
    std::int64_t days = at / kMinutesPerDay;
    std::int64_t rest = at % kMinutesPerDay;
    if (rest < 0) {
        rest += kMinutesPerDay;
        --days;
    }
    const int minute_of_day = static_cast<int>(rest);
    return {Date::from_days(static_cast<std::int32_t>(days)),
            *LocalTime::from_hm(minute_of_day / 60, minute_of_day % 60)};
}

} // namespace stride
