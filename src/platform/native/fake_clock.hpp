#pragma once
// A clock the test sets: the day and the wall clock move only when told.
#include "runtime/ports.hpp"

#include <cstdint>

namespace stride::platform {

class FakeClock final : public runtime::Clock {
  public:
    static constexpr std::int64_t kDayMs = 24 * 3600 * 1000;

    // 2025-03-03, 09:00 UTC unless told otherwise.
    FakeClock();
    FakeClock(Date today, std::int64_t now_ms) : today_(today), now_ms_(now_ms) {}

    Date today() const override { return today_; }
    std::int64_t now_ms() const override { return now_ms_; }

    // The day alone, as the browser tests' ?today=YYYY-MM-DD does (the wall clock stays).
    void set_today(Date today) { today_ = today; }
    void set_now_ms(std::int64_t now_ms) { now_ms_ = now_ms; }
    // Both, as time passing does.
    void advance_ms(std::int64_t ms) { now_ms_ += ms; }
    void advance_days(int days);

  private:
    Date today_;
    std::int64_t now_ms_;
};

} // namespace stride::platform
