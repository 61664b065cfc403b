#pragma once
// The page around the stored generations: what it read before the app started, the events it passes on
// between frames, the browser's promise to keep the data, two small dates kept beside the generations, and
// the journals (JournalStore, journal.hpp) in its synchronous storage.
// The browser implementation is src/platform/web/web_storage (web/storage.js underneath); the native one,
// for tests, is src/platform/native/fake_browser.
#include "core/model/date.hpp"
#include "storage/backend.hpp"
#include "storage/journal.hpp"
#include "storage/recovery.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stride::storage {

// What the page read from IndexedDB before the app started (StrideStorage.preload()).
struct StoragePreload {
    bool ok = false;                   // false: IndexedDB would not open; nothing can be saved
    std::vector<StoredRecord> records; // oldest first, damaged ones included
    bool persisted = false;            // the browser already promised not to evict the data
    std::string tab_id;                // this tab's writer id
    std::string error_message;         // when !ok: plain words for the runner
    // Journals of tabs that closed before their changes committed, claimed for this tab (no other tab is
    // handed the same one while this tab is open).
    std::vector<OrphanJournal> journals;
};

// Page events. Each runs from the browser's event loop, never inside a frame.
struct StorageEvents {
    std::function<void()> flush;                              // page hidden or closing
    std::function<void(std::uint64_t)> other_tab_saved;       // another tab committed this generation
    std::function<void(bool persisted)> persistence_answered; // after request_persistence()
};

// Dates kept beside the generations (docs/storage.md "Backups"): they describe the installation, not the
// plan, so they are not worth a generation and must not travel in plan files.
// storage_warning_read: the day the runner dismissed the warning that Safari deletes unused data.
enum class StorageNote { last_backup, first_save, storage_warning_read };

class StorageHost : public JournalStore {
  public:
    // What the page read before the app started. Called once, before anything is written.
    virtual StoragePreload preload() = 0;
    // Passes page events on from now; an empty StorageEvents stops them.
    virtual void listen(StorageEvents events) = 0;
    // Asks the browser not to evict the data; the answer comes as StorageEvents::persistence_answered.
    virtual void request_persistence() = 0;
    // nullopt when never written or unreadable.
    virtual std::optional<Date> read_note(StorageNote note) = 0;
    virtual void write_note(StorageNote note, Date date) = 0;
};

} // namespace stride::storage
