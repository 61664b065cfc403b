#pragma once
// PlanStorage: keeps the app's plan in this browser's IndexedDB (docs/storage.md). It wires the
// GenerationStore (src/storage) to web/storage.js (src/platform/web/web_storage) and to the app:
//
//   open(new_origin)          once, before the first frame: the newest usable stored plan, or a fresh one
//   save_if_changed(...)      after the frame's requests ran: writes a generation if the plan changed
//   follow_other_tabs(...)    every frame: adopts another tab's newer generation, re-applies unsaved actions,
//                             and writes the whole plan again when the delta has grown and nothing waits
//   fill(status)              every frame: save indicator, persistence, backup reminder
//   flush()                   page hidden or closing, or before an update: retries a failed save
//   note_backup_made(today)   after a backup file was exported successfully
//
// Nothing is written before open() (the page preloaded every stored generation before the module started),
// and "Saved" is shown only once IndexedDB has committed the newest change. A save writes only the change
// since the last whole-plan generation (core/plan_delta.hpp, docs/storage.md "Delta generations").

#include "core/changes/actions.hpp"
#include "core/changes/timeline.hpp"
#include "storage/generation_store.hpp"
#include "platform/web/web_platform.hpp"
#include "platform/web/web_storage.hpp"
#include "ui/app_ui.hpp"

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stride {

class PlanStorage {
  public:
    // Reads what the page preloaded and starts listening for flushes and other tabs' saves.
    explicit PlanStorage(platform::WebPlatform& platform);
    PlanStorage(const PlanStorage&) = delete;
    PlanStorage& operator=(const PlanStorage&) = delete;

    // The plan to show first. A fresh installation gets make_plan(new_origin()): the id origin is picked
    // once and kept in the stored plan from the first save on.
    Plan open(const std::function<std::uint32_t()>& new_origin);

    // Once the delta since the whole plan is this large, the whole plan is written again when nothing waits.
    static constexpr std::size_t kRewriteWholeAfterBytes = 64 * 1024;

    // Saves `plan` as a new generation if it differs from what was last saved or loaded. `actions` are the
    // actions that made the change; `replayable` is false when something else changed the plan too (undo,
    // redo), so the change cannot be re-applied on top of another tab's save.
    void save_if_changed(const Plan& plan, std::vector<Action> actions, bool replayable);
    // If another tab saved a newer generation, shows it and re-applies this tab's changes that were not
    // saved yet (undo history starts again from there). Problems go to status.action_error.
    void follow_other_tabs(Timeline& timeline, ui::AppStatus& status);
    void fill(ui::AppStatus& status) const;
    // What the runner must be told about start-up (an older save recovered, storage unavailable), once.
    std::string take_start_notice() { return std::exchange(start_notice_, {}); }

    void request_persistence();
    // Writes again a change whose save failed: page hidden or closing (web/storage.js calls it), or
    // before an update reloads the page. The save indicator says when it has committed.
    void flush();
    void note_backup_made(Date today);

  private:
    // A saved change and how to make it again (see follow_other_tabs).
    struct Change {
        storage::Revision revision = 0;
        std::vector<Action> actions;
        bool replayable = true;
    };

    // A generation's plan, already read.
    struct Checked {
        std::uint64_t generation = 0;
        Plan plan;
    };

    std::optional<std::string> check_plan(const storage::Record& record, const storage::Record* base);
    Expected<Plan> plan_of(const storage::Record& record);
    // Makes the generation just opened or adopted the one later saves build on.
    void based_on(const storage::Record& record, const Plan& plan);
    // What a save of `plan` writes: the delta since base_ and base_'s generation, or the whole plan and 0.
    std::pair<std::string, std::uint64_t> payload_of(const Plan& plan) const;
    void rewrite_whole_if_due(const Plan& plan);
    void answered(); // after every storage answer: forget committed changes, first-save bookkeeping

    platform::WebPlatform& platform_;
    platform::StoragePreload preload_;
    platform::WebStorageBackend backend_;
    storage::GenerationStore store_;
    std::string start_notice_;
    std::string last_payload_; // payload last saved or loaded: unchanged plans are not written again
    std::vector<Change> unsaved_;
    std::optional<Checked> checked_;      // the generation the store checked last
    std::optional<Checked> checked_base_; // the whole plan a checked delta was applied to
    std::optional<Checked> base_;         // committed whole plan that saves are written as deltas against
    std::optional<std::pair<storage::Revision, Plan>> writing_whole_; // becomes base_ once committed
    bool first_frame_ = true;
    bool persisted_ = false;
    bool asked_persistence_ = false;
    std::optional<Date> first_save_; // the backup reminder counts from here when there was no backup yet
    std::optional<Date> last_backup_;
};

} // namespace stride
