#pragma once
// Files at the browser edge: download a file, send it through the system share sheet (Web Share API with
// a file, phones), and open one the runner picks or drops on the page. The bytes of an opened file come
// to C++ whole; what they mean is for the core to decide (plan_from_json).
//
// Answers (a file opened, a share finished) arrive from the browser's event loop, between frames; they
// are queued and the app takes them at the start of a frame (take_events), so nothing changes mid-frame.
// files.js is the JavaScript half.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace stride::platform {

struct FileEvent {
    enum class Kind {
        opened,          // `bytes` holds the file
        refused,         // not read (too big, several files, unreadable): `message` says why
        shared,          // the share sheet sent the file
        share_cancelled, // the runner closed the share sheet
        share_failed,    // `message` holds the browser's error name
    };
    Kind kind = Kind::opened;
    std::string name;
    std::string bytes;
    std::string message;
};

class WebFiles {
  public:
    // Files bigger than `max_bytes` are refused before they are read. `wake` runs when an event arrives
    // (e.g. to draw a frame). One instance at a time.
    WebFiles(std::size_t max_bytes, std::function<void()> wake);
    WebFiles(const WebFiles&) = delete;
    WebFiles& operator=(const WebFiles&) = delete;

    void download(const std::string& name, const std::string& mime, const std::string& bytes);
    // True when the browser can share a file of this type and name (navigator.canShare with files): phones,
    // some desktops. Browsers allow some types only (a plan file's JSON more often than a calendar event).
    bool can_share(const std::string& mime = "application/json", const std::string& name = "plan.json") const;
    // The answer comes as a FileEvent (shared, share_cancelled or share_failed).
    void share(const std::string& name, const std::string& mime, const std::string& bytes,
               const std::string& title);
    // Opens the file picker (plan files, .json). Browsers allow this only shortly after a tap or click.
    void pick();

    std::vector<FileEvent> take_events();

    // From files.js (public so the extern "C" callbacks can reach them).
    void push(FileEvent event);

  private:
    std::function<void()> wake_;
    std::vector<FileEvent> events_;
};

} // namespace stride::platform
