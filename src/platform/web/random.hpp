#pragma once
// crypto.getRandomValues (runtime::Random, through page.js): entry id origins that stay unique across
// devices.
#include "runtime/ports.hpp"

namespace stride::platform {

class WebRandom final : public runtime::Random {
  public:
    std::uint32_t uniform(std::uint32_t limit) override;
};

} // namespace stride::platform
