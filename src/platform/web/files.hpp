#pragma once
// Files at the browser edge: download a file, send it through the system share sheet (Web Share API with
// a file, phones), and open one the runner picks or drops on the page. The bytes of an opened file come
// to C++ whole; what they mean is for the core to decide (plan_from_json).
//
// Answers (a file opened, a share finished) arrive from the browser's event loop, between frames; they
// are queued and the app takes them at the start of a frame (take_events), so nothing changes mid-frame.
// files.js is the JavaScript half.

#include "runtime/ports.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace stride::platform {

class WebFiles final : public runtime::Files {
  public:
    // Files bigger than `max_bytes` (a page, starting with '<': `max_page_bytes`, see
    // core/plan_file/plan_in_html.hpp) are refused before they are read. `wake` runs when an event arrives
    // (e.g. to draw a frame). One instance at a time.
    WebFiles(std::size_t max_bytes, std::size_t max_page_bytes, std::function<void()> wake);
    WebFiles(const WebFiles&) = delete;
    WebFiles& operator=(const WebFiles&) = delete;

    void download(const std::string& name, const std::string& mime, const std::string& bytes) override;
    bool can_share(const std::string& mime) const override;
    void share(const std::string& name, const std::string& mime, const std::string& bytes,
               const std::string& title) override;
    // Opens the file picker (any file: plan files, reports holding a plan). Browsers allow this only shortly
    // after a tap or click.
    void pick() override;
    // The physio desk: the picker gets `multiple`, and drops of several files are read one by one.
    void accept_several(bool several) override;
    std::vector<runtime::FileEvent> take_events() override;

    // From files.js (public so the extern "C" callbacks can reach them).
    void push(runtime::FileEvent event);

  private:
    std::function<void()> wake_;
    std::vector<runtime::FileEvent> events_;
};

} // namespace stride::platform
