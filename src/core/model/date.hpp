#pragma once
// Calendar dates and local clock times. The core never reads a clock: "today" is always an argument.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace stride {

// A day in the proleptic Gregorian calendar, stored as days since 1970-01-01 so that day arithmetic is
// plain integer arithmetic. Default-constructed it is 1970-01-01.
class Date {
  public:
    constexpr Date() = default;

    // Only real calendar days between kMinYear and kMaxYear; anything else is std::nullopt.
    static std::optional<Date> from_ymd(int year, int month, int day);
    // Strict ISO 8601 calendar date, exactly "YYYY-MM-DD".
    static std::optional<Date> parse(std::string_view iso);
    static constexpr Date from_days(std::int32_t days_since_epoch) { return Date(days_since_epoch); }

    std::string iso() const;
    int year() const;
    int month() const;
    int day() const;
    // 0 = Monday ... 6 = Sunday (ISO numbering minus one).
    int weekday() const;
    // The Monday on or before this day: weeks in summaries and caps run Monday to Sunday.
    Date week_start() const { return *this - weekday(); }
    constexpr std::int32_t days_since_epoch() const { return days_; }

    friend constexpr Date operator+(Date d, int days) { return Date(d.days_ + days); }
    friend constexpr Date operator-(Date d, int days) { return Date(d.days_ - days); }
    friend constexpr int operator-(Date a, Date b) { return a.days_ - b.days_; }
    friend constexpr bool operator==(Date a, Date b) { return a.days_ == b.days_; }
    friend constexpr bool operator!=(Date a, Date b) { return a.days_ != b.days_; }
    friend constexpr bool operator<(Date a, Date b) { return a.days_ < b.days_; }
    friend constexpr bool operator<=(Date a, Date b) { return a.days_ <= b.days_; }
    friend constexpr bool operator>(Date a, Date b) { return a.days_ > b.days_; }
    friend constexpr bool operator>=(Date a, Date b) { return a.days_ >= b.days_; }

    // Plausible range for a training log; keeps typos such as year 20240 out of a plan.
    static constexpr int kMinYear = 1900;
    static constexpr int kMaxYear = 2200;

  private:
    constexpr explicit Date(std::int32_t days) : days_(days) {}
    std::int32_t days_ = 0;
};

// A local clock time, minutes after midnight, or unknown. Used only where spacing in hours matters
// (24 h after strength work, 48 h after a red run).
class LocalTime {
  public:
    constexpr LocalTime() = default;
    static std::optional<LocalTime> from_hm(int hour, int minute);
    // "HH:MM" (24-hour) or "" for unknown.
    static std::optional<LocalTime> parse(std::string_view text);
    static constexpr LocalTime unknown() { return LocalTime(); }

    bool known() const { return minutes_ >= 0; }
    int minutes() const { return minutes_; }
    // Unknown times count as midday: halfway is the least wrong guess for spacing rules.
    int minutes_or_midday() const { return known() ? minutes_ : 12 * 60; }
    std::string text() const;

    friend bool operator==(LocalTime a, LocalTime b) { return a.minutes_ == b.minutes_; }
    friend bool operator!=(LocalTime a, LocalTime b) { return a.minutes_ != b.minutes_; }

  private:
    constexpr explicit LocalTime(int minutes) : minutes_(minutes) {}
    int minutes_ = -1;
};

// A moment as minutes since 1970-01-01 00:00 local time, for spacing arithmetic.
std::int64_t minutes_since_epoch(Date date, LocalTime time);
// The date and time `minutes` after the given moment (time known).
std::pair<Date, LocalTime> moment_after(Date date, LocalTime time, std::int64_t minutes);

} // namespace stride
