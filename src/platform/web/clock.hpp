#pragma once
// The page's clock (runtime::Clock): the local calendar day, which browser tests can set (page.js:
// ?today=YYYY-MM-DD in the URL, window.strideTest.setToday(iso) while running), and the wall clock.
#include "runtime/ports.hpp"

namespace stride::platform {

class WebClock final : public runtime::Clock {
  public:
    Date today() const override;
    std::int64_t now_ms() const override;
};

} // namespace stride::platform
