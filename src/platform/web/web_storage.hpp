#pragma once
// The browser half of storage: web/storage.js (IndexedDB generations, writer lock, tab announcements, flush
// hooks) reached through EM_JS, for the app's GenerationStore (src/storage). See docs/storage.md.
//
// Every asynchronous answer from storage.js comes back through ONE extern "C" function,
// stride_storage_completed(request, error name, detail, generation, size), keyed by the request id the
// C++ call handed out; bytes (a record, a list of generation numbers) wait in the page until C++ copies
// them. Page events (flush, another tab's generation, the persistence answer) come back through
// stride_storage_event. Both run from the browser's event loop, between frames.
//
// Sections in web_storage.cpp: [preload] [backend] [page events] [notes].

#include "core/model/date.hpp"
#include "storage/backend.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace stride::platform {

// What web/loader.js read from IndexedDB before the module started (StrideStorage.preload()).
struct StoragePreload {
    bool ok = false;                            // false: IndexedDB would not open; nothing can be saved
    std::vector<storage::StoredRecord> records; // oldest first, damaged ones included
    bool persisted = false;                     // the browser already promised not to evict the data
    std::string tab_id;                         // this tab's writer id
    std::string error_name;                     // when !ok: the browser's error name
    std::string error_message;                  // when !ok: plain words for the runner
};

// Reads Module.strideStorageStart. A page that did not preload (no storage.js) reads as not ok.
StoragePreload read_storage_preload();

// StorageBackend over StrideStorage.write/list/get/remove. One instance at a time (the completion
// callback finds it through a global); answers arriving after it is destroyed are dropped.
class WebStorageBackend final : public storage::StorageBackend {
  public:
    // `on_answer` runs after every completion has been handled (e.g. to draw a frame showing it).
    explicit WebStorageBackend(std::function<void()> on_answer);
    ~WebStorageBackend() override;
    WebStorageBackend(const WebStorageBackend&) = delete;
    WebStorageBackend& operator=(const WebStorageBackend&) = delete;

    void put(storage::StoredRecord record, std::uint64_t expected_newest, Done done) override;
    void list(Listed done) override;
    void get(std::uint64_t generation, Got done) override;
    void remove(std::vector<std::uint64_t> generations, Done done) override;

    // From stride_storage_completed. `error_name` empty = success; `size` bytes wait in the page.
    void completed(int request, const std::string& error_name, const std::string& detail,
                   std::uint64_t generation, int size);

  private:
    using Waiting = std::variant<Done, Listed, Got>;
    int remember(Waiting waiting);

    std::function<void()> on_answer_;
    int next_request_ = 1;
    std::map<int, Waiting> waiting_;
};

// Page events for the app. Each runs from the browser's event loop, never inside a frame.
struct StorageEvents {
    std::function<void()> flush;                              // visibilitychange to hidden, pagehide
    std::function<void(std::uint64_t)> other_tab_saved;       // another tab committed this generation
    std::function<void(bool persisted)> persistence_answered; // after request_persistent_storage()
};
void listen_for_storage_events(StorageEvents events);
// Asks navigator.storage.persist(); the answer arrives through StorageEvents::persistence_answered.
void request_persistent_storage();

// Small dates kept beside the generations (localStorage, see docs/storage.md "Backups"): they describe
// the installation, not the plan, so they are not worth a generation and must not travel in plan files.
enum class StorageNote { last_backup, first_save };
std::optional<Date> read_storage_note(StorageNote note);
void write_storage_note(StorageNote note, Date date);

// Milliseconds since 1970-01-01 UTC from the browser's clock (record timestamps, ages in messages).
std::int64_t wall_clock_ms();

} // namespace stride::platform
