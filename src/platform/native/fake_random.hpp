#pragma once
// Random numbers a test can repeat: the same seed gives the same numbers, another seed (another
// installation) others.
#include "runtime/ports.hpp"

#include <cstdint>
#include <random>

namespace stride::platform {

class FakeRandom final : public runtime::Random {
  public:
    explicit FakeRandom(std::uint32_t seed = 1) : engine_(seed) {}
    std::uint32_t uniform(std::uint32_t limit) override {
        return std::uniform_int_distribution<std::uint32_t>(0, limit)(engine_);
    }

  private:
    std::mt19937 engine_;
};

} // namespace stride::platform
