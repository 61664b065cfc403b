#pragma once
// The service worker as a test plays it: a new version waits when told, and apply() takes it.
#include "runtime/ports.hpp"

namespace stride::platform {

class FakeUpdates final : public runtime::Updates {
  public:
    bool ready() const override { return waiting; }
    bool apply() override {
        if (!waiting) return false;
        waiting = false;
        ++applied;
        return true;
    }

    bool waiting = false; // a new version is downloaded and waits
    int applied = 0;      // how often the page would have reloaded into a new version
};

} // namespace stride::platform
