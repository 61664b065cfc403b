#pragma once
// Everything the runtime needs from the world, as small interfaces. The browser implementations live in
// src/platform/web; native fakes that tests drive by hand in src/platform/native (fake_browser.hpp
// bundles them per tab). Storage's two interfaces, StorageBackend and StorageHost, live with storage
// (src/storage/backend.hpp, host.hpp).
//
// Every answer that arrives later (a file opened, a share finished, a new version ready, a storage answer)
// arrives between frames; the runtime takes it at the start of a frame, so nothing changes mid-frame, and
// calls Ports::wake so an idle app draws that frame.

#include "core/model/date.hpp"
#include "storage/backend.hpp"
#include "storage/host.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stride::runtime {

// The one clock: the local calendar day (what the rules reason about) and the wall clock (record times,
// ages in messages). Browser tests can set the day alone (?today=YYYY-MM-DD), so the two need not agree.
class Clock {
  public:
    virtual ~Clock() = default;
    virtual Date today() const = 0;
    virtual std::int64_t now_ms() const = 0; // milliseconds since 1970-01-01 UTC
};

class Random {
  public:
    virtual ~Random() = default;
    // A number in [0, limit], from a generator that differs between installations (entry id origins).
    virtual std::uint32_t uniform(std::uint32_t limit) = 0;
};

// An answer about a file: one the runner opened, or what the share sheet did.
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

// Files at the edge: download, the system share sheet, and a file the runner picks or drops on the page.
// The bytes of an opened file come whole; what they mean is for the core to decide.
class Files {
  public:
    virtual ~Files() = default;
    virtual void download(const std::string& name, const std::string& mime, const std::string& bytes) = 0;
    // True when the browser can share a file of this type (navigator.canShare with files): phones, some
    // desktops. Browsers allow some types only: a plan file's JSON more often than a calendar event.
    virtual bool can_share(const std::string& mime) const = 0;
    // The answer comes as a FileEvent (shared, share_cancelled or share_failed).
    virtual void share(const std::string& name, const std::string& mime, const std::string& bytes,
                       const std::string& title) = 0;
    // Opens the file picker (plan files); the file comes as a FileEvent (opened or refused).
    virtual void pick() = 0;
    // The physio desk takes several files at once (picker and drop), each its own FileEvent; the runner's
    // import takes one (several are refused unread).
    virtual void accept_several(bool several) = 0;
    // The answers that arrived since the last call, oldest first.
    virtual std::vector<FileEvent> take_events() = 0;
};

// New versions of the app (the service worker, docs/publishing.md).
class Updates {
  public:
    virtual ~Updates() = default;
    // A new version is downloaded and waits.
    virtual bool ready() const = 0;
    // Switches to the waiting version (the page then reloads into it). False if none waits.
    virtual bool apply() = 0;
};

// The page the app runs in: its own address (what a reminder links back to), the link it was opened on,
// and the installed app icon's badge.
class Page {
  public:
    virtual ~Page() = default;
    // The app's address without query or fragment.
    virtual std::string app_url() const = 0;
    // True once after the page was opened (or moved) to a reminder's link (#answer).
    virtual bool take_answer_link() = 0;
    // The number on the app icon (0 clears it); nothing where the browser has no badge.
    virtual void set_badge(int count) = 0;
    // True in a browser that deletes the site's data after 7 days without use: WebKit (Safari, and every
    // iPhone browser) when the app is not opened from the Home Screen (display-mode standalone).
    virtual bool deletes_unused_data() const = 0;
};

// The physio desk's own storage (docs/storage.md, "The physio desk"): one text, kept apart from the
// runner's generations and notes so that opening the desk never reads or writes the runner's data.
// Synchronous: the desk is small and saved whole after each change.
class DeskStore {
  public:
    virtual ~DeskStore() = default;
    // The saved text, nullopt when none was saved (or it cannot be read).
    virtual std::optional<std::string> read() = 0;
    // "" when written, else why not in plain words (e.g. the browser's storage is full).
    virtual std::string write(const std::string& text) = 0;
};

struct Ports {
    Clock& clock;
    Random& random;
    storage::StorageBackend& storage;
    storage::StorageHost& storage_host;
    Files& files;
    Updates& updates;
    Page& page;
    DeskStore& desk_store;
    std::function<void()> wake; // something changed between frames: draw a frame to show it
};

} // namespace stride::runtime
