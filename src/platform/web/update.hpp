#pragma once
// runtime::Updates in the browser: new versions of the app (web/sw-glue.js, web/sw.js,
// docs/publishing.md). The service worker downloads a new version in the background and keeps it waiting;
// the app shows "update now" and, once the runner agrees and storage is flushed, apply() lets the new
// version take over and the page reloads into it. update.js is the JavaScript half.

#include "runtime/ports.hpp"

#include <functional>

namespace stride::platform {

class WebUpdate final : public runtime::Updates {
  public:
    // `wake` runs when a new version becomes ready (so an idle app shows it). One instance at a time.
    explicit WebUpdate(std::function<void()> wake);
    WebUpdate(const WebUpdate&) = delete;
    WebUpdate& operator=(const WebUpdate&) = delete;

    // A new version is downloaded and waits.
    bool ready() const override;
    // Switches to the waiting version; the page reloads when it has taken over. False if none waits.
    bool apply() override;

    void noticed(); // from update.js
  private:
    std::function<void()> wake_;
};

} // namespace stride::platform
