#include "platform/web/clock.hpp"

#include "platform/web/page.hpp"

#include <emscripten/html5.h>

namespace stride::platform {

Date WebClock::today() const {
    const int ymd = stride_page_today();
    // The page hands over a checked date or the device's; fall back to 1970 only if both are nonsense.
    return Date::from_ymd(ymd / 10000, ymd / 100 % 100, ymd % 100).value_or(Date());
}

std::int64_t WebClock::now_ms() const {
    return static_cast<std::int64_t>(emscripten_date_now());
}

} // namespace stride::platform
