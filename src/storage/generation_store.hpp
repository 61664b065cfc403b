#pragma once
// GenerationStore: the app's one object for keeping the plan safe. It opens the newest usable generation
// from what web/storage.js preloaded, writes every change as a NEW generation (never over the old one),
// prunes old generations once the new one has committed, and keeps the save indicator honest.
//
//   start(preloaded)        once, synchronously, before the first frame (the page preloaded the records)
//   save(payload, now, base) after every applied action that changed the plan (base: see Record::base)
//   flush(now)              on visibilitychange to hidden and on pagehide: retries a failed save
//   notice_generation(g)    when another tab announces generation g (BroadcastChannel)
//   take_newer()            every frame: another tab's generation to rebase on, if one arrived
//
// At most one backend operation is in flight. Changes made meanwhile are coalesced: only the latest plan
// is written next (each generation holds the whole plan, or its whole change since a base that stays
// stored), so a burst of taps costs one or two writes.
// Another tab's newer generation (announced, or found when our write is refused as stale) is held for
// take_newer(), and no write happens until the app has taken it and rebased, so two tabs never overwrite
// each other's entries. Polling (not a callback) keeps the app's plan from changing under it mid-frame.
//
// Callbacks from the backend that arrive after the store is destroyed are ignored.
#include "storage/backend.hpp"
#include "storage/record.hpp"
#include "storage/save_status.hpp"
#include "storage/selection.hpp"

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace stride::storage {

struct StoreOptions {
    std::string writer_id;                      // this tab (web/storage.js tabId); goes into each record
    std::size_t keep = kDefaultGenerationsKept; // usable generations kept after each commit
    // Runs just before a record is handed to the backend, with the newest revision it holds (the journal
    // notes the write, journal_writer.hpp).
    std::function<void(std::uint64_t generation, const std::string& bytes, Revision upto)> on_put = {};
    // Generations never pruned, asked at each prune (those the journals name).
    std::function<std::vector<std::uint64_t>()> keep_also = {};
};

// Another tab's generation, to replace what this tab shows. The app loads `record.payload` as its plan
// (for a delta, on its base: `check` saw both), re-applies its actions whose revision (as returned by save)
// is greater than `unsaved_after`, if any, and calls save() with the result.
struct NewerGeneration {
    Record record;
    Revision unsaved_after = 0;
};

class GenerationStore {
  public:
    GenerationStore(StorageBackend& backend, StoreOptions options);

    // `check` also decides usability of generations adopted from other tabs later.
    StartReport start(const std::vector<StoredRecord>& preloaded, PayloadCheck check = {});
    // Returns the change's revision. `base` 0: the payload is the whole plan; otherwise a delta against
    // that committed whole-plan generation. Throws std::logic_error before start(): nothing may be written
    // before the stored generations were read, or a new generation could hide them.
    Revision save(std::string payload, std::int64_t now_ms, std::uint64_t base = 0);
    void flush(std::int64_t now_ms);
    void notice_generation(std::uint64_t generation);
    // Hands over another tab's generation once; writes resume with the app's next save().
    std::optional<NewerGeneration> take_newer();

    // The latest whole-plan generation this tab committed and the revision it holds (deltas build on it).
    struct WholeCommit {
        std::uint64_t generation = 0;
        Revision revision = 0;
    };
    std::optional<WholeCommit> last_whole_commit() const { return last_whole_commit_; }
    // Nothing waiting to be written (a change queued or refused).
    bool idle() const { return !busy_ && !queued_ && !unsaved_ && !newer_; }
    // The revision the next save() returns.
    Revision next_revision() const { return tracker_.latest() + 1; }

    SaveIndicator indicator() const { return tracker_.indicator(); }
    const SaveTracker& tracker() const { return tracker_; }

  private:
    struct Pending {
        std::string payload;
        std::int64_t saved_at_ms = 0;
        Revision revision = 0;
        std::uint64_t base = 0;
    };

    void pump();
    void write(Pending pending);
    void committed(std::uint64_t generation, const Pending& pending);
    void refresh();
    void fetch_failed(StorageError error);
    void fetched(std::uint64_t newest, std::optional<StoredRecord> stored);
    void refreshed(std::uint64_t newest, std::vector<StoredRecord> stored);
    void failed(const Pending& pending, StorageError error);
    void prune();
    // Wraps a backend callback so it does nothing once this store is gone.
    template <typename F> auto guarded(F f);

    StorageBackend& backend_;
    StoreOptions options_;
    PayloadCheck check_;
    SaveTracker tracker_;
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);

    bool started_ = false;
    bool busy_ = false;
    bool refresh_needed_ = false;
    std::uint64_t newest_known_ = 0;                // highest generation stored, as far as this tab knows
    std::map<std::uint64_t, GenerationInfo> known_; // for pruning
    std::optional<WholeCommit> last_whole_commit_;
    std::optional<Pending> queued_;        // the latest change, waiting for the operation in flight
    std::optional<Pending> unsaved_;       // refused (stale or failed); written again unless replaced
    std::optional<NewerGeneration> newer_; // another tab's generation, waiting for take_newer()
};

} // namespace stride::storage
