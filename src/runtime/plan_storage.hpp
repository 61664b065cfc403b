#pragma once
// PlanStorage: the runtime's side of keeping the plan (docs/storage.md). It opens the plan from what the
// page preloaded, passes page events on to the pure PlanSync (src/storage/plan_sync.hpp), keeps the two
// notes beside the generations (first save, last backup), asks for persistent storage once something is
// worth keeping, and fills the save indicator and the backup reminder into AppStatus:
//
//   open(new_origin)          once, before the first frame: the newest usable stored plan, or a fresh one,
//                             with what closed tabs' journals held and storage did not
//   save_if_changed(...)      after the frame's requests ran: journals the change, writes a generation
//   follow_other_tabs(...)    every frame: adopts another tab's newer generation (PlanSync)
//   fill(status)              every frame: save indicator, persistence, backup reminder, and in a browser
//                             that deletes unused data (Safari tab) the warning until it was read
//   flush()                   page hidden or closing, or before an update: retries a failed save
//   note_backup_made()        after a backup file left the device
//
// Nothing is written before open(), and "Saved" is shown only once the newest change has committed.

#include "core/changes/actions.hpp"
#include "core/changes/timeline.hpp"
#include "runtime/ports.hpp"
#include "runtime/view.hpp"
#include "storage/plan_sync.hpp"

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stride::runtime {

class PlanStorage {
  public:
    // Reads what the page preloaded and starts listening for flushes and other tabs' saves. `wake` runs when
    // an answer or event arrived between frames.
    // `deletes_unused_data`: the browser deletes the site's data after 7 days without use (Page).
    PlanStorage(storage::StorageBackend& backend, storage::StorageHost& host, const Clock& clock,
                bool deletes_unused_data, std::function<void()> wake);
    ~PlanStorage();
    PlanStorage(const PlanStorage&) = delete;
    PlanStorage& operator=(const PlanStorage&) = delete;

    // The plan to show first. A fresh installation gets make_plan(new_origin()): the id origin is picked
    // once and kept in the stored plan from the first save on.
    Plan open(const std::function<std::uint32_t()>& new_origin);
    // What the runner must be told about start-up (an older save recovered, storage unavailable), once.
    std::string take_start_notice() { return std::exchange(start_notice_, {}); }

    // Journals the change, then writes a generation if the plan changed (storage::PlanSync).
    void save_if_changed(const Plan& plan, storage::PlanSync::Made change);
    // Problems go to status.action_error.
    void follow_other_tabs(Timeline& timeline, AppStatus& status);
    void fill(AppStatus& status) const;

    void request_persistence();
    void flush();
    void note_backup_made();
    void note_storage_warning_read(); // the runner dismissed status.storage_warning

  private:
    void answered(); // after every storage answer: first-save bookkeeping, then wake

    storage::StorageHost& host_;
    const Clock& clock_;
    std::function<void()> wake_;
    storage::StoragePreload preload_;
    storage::PlanSync sync_;
    std::string start_notice_;
    bool persisted_ = false;
    bool asked_persistence_ = false;
    std::optional<Date> first_save_; // the backup reminder counts from here when there was no backup yet
    std::optional<Date> last_backup_;
    bool deletes_unused_data_;
    std::optional<Date> storage_warning_read_;
};

} // namespace stride::runtime
