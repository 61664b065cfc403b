#include "platform/native/fake_clock.hpp"

namespace stride::platform {

FakeClock::FakeClock() : today_(*Date::from_ymd(2025, 3, 3)), now_ms_(1'740'992'400'000) {}

void FakeClock::advance_days(int days) {
    today_ = today_ + days;
    now_ms_ += days * kDayMs;
}

} // namespace stride::platform
