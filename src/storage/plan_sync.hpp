#pragma once
// PlanSync: the app's plan kept in a GenerationStore (docs/storage.md), the pure half of keeping it: what
// to write, what to open, and how to follow another tab. No clock and no page: times are arguments, and
// the page's side (preload, notes, persistence) is the runtime's (src/runtime/plan_storage).
//
//   open(records, journals, ...)  once, before the first frame: the newest usable stored plan, or fresh(),
//                                 with the journaled changes of closed tabs made again (recovery.hpp)
//   save_if_changed(...)          after a frame's requests ran: journals the change and writes a generation
//   follow_other_tabs(...)        every frame: adopts another tab's newer generation, re-applies unsaved
//                                 actions, and writes the whole plan again when the delta has grown and
//                                 nothing waits
//   notice_generation(g)          another tab announced generation g
//   flush(now)                    retries a failed save
//   indicator(), committed()      the save indicator; the newest revision committed
//
// A save writes only the change since the last whole-plan generation (core/changes/plan_delta.hpp,
// docs/storage.md "Delta generations"); "Saved" means the newest change has committed. Before any of its
// calls returns, the journal (journal_writer.hpp) holds every change not yet committed, so a change is safe
// from the moment save_if_changed() returns, whatever happens to the page next (docs/storage.md, "The
// journal").
#include "core/changes/actions.hpp"
#include "core/changes/timeline.hpp"
#include "storage/generation_store.hpp"
#include "storage/journal_writer.hpp"
#include "storage/recovery.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stride::storage {

class PlanSync {
  public:
    // `changed` runs whenever the sync has news for the app: after every storage answer has been handled
    // (answers that arrive during one of PlanSync's own calls, from a backend that answers at once, are
    // handled when that call returns), and when a later frame has work for follow_other_tabs().
    // `journal` may be null: nothing is journaled (a reader that never saves).
    PlanSync(StorageBackend& backend, std::string writer_id, JournalStore* journal,
             std::function<void()> changed);
    PlanSync(const PlanSync&) = delete;
    PlanSync& operator=(const PlanSync&) = delete;

    // Once the delta since the whole plan is this large, the whole plan is written again when nothing waits.
    static constexpr std::size_t kRewriteWholeAfterBytes = 64 * 1024;

    struct Opened {
        Plan plan;
        StartReport report;          // report.loaded: nullopt when `plan` is fresh
        std::string recovery_notice; // what closed tabs' journals could not give back; "" when all was
    };
    // Opens the newest generation the core can read (a delta: applied to its base). Without one the plan
    // is fresh(); it is not written until it changes. The changes in `journals` (closed tabs', handed over
    // by the page) that are not stored yet are made again on it and saved as this tab's first change;
    // their journals are removed once this tab's journal holds them.
    Opened open(const std::vector<StoredRecord>& records, const std::vector<OrphanJournal>& journals,
                const std::function<Plan()>& fresh, std::int64_t now_ms);

    // A change to save. `actions` made it, as the screens sent them; `replayable` is false when something
    // else changed the plan too (undo, redo), so the change cannot be re-applied on top of another tab's
    // save. `as_made` is what the journal keeps: the actions with the ids they gave new entries, or for
    // undo, redo and imports the diff_actions() of the change (core/changes/replay.hpp).
    struct Made {
        std::vector<Action> actions;
        bool replayable = true;
        std::vector<Action> as_made;
    };
    // Saves `plan` as a new generation if it differs from what was last saved or loaded.
    void save_if_changed(const Plan& plan, Made change, std::int64_t now_ms);
    // If another tab saved a newer generation, makes it the present (undo history starts again from there)
    // and re-applies this tab's changes that were not saved yet. Returns what the runner must be told when
    // one of them could not be re-applied.
    std::optional<std::string> follow_other_tabs(Timeline& timeline, std::int64_t now_ms);
    void notice_generation(std::uint64_t generation);
    void flush(std::int64_t now_ms);

    // "Saving…" turns into "not safe yet" while a change is neither committed nor journaled.
    SaveIndicator indicator() const;
    Revision committed() const { return store_.tracker().committed(); }

  private:
    // The backend the store talks to: the real one, with `answered()` run after each answer.
    class Hooked final : public StorageBackend {
      public:
        Hooked(StorageBackend& inner, PlanSync& sync) : inner_(inner), sync_(sync) {}
        void put(StoredRecord record, std::uint64_t expected_newest, Done done) override;
        void list(Listed done) override;
        void get(std::uint64_t generation, Got done) override;
        void remove(std::vector<std::uint64_t> generations, Done done) override;

      private:
        template <typename F> auto after(F done);
        StorageBackend& inner_;
        PlanSync& sync_;
    };
    // Marks one of PlanSync's own calls: answers arriving meanwhile wait for its end.
    class Call {
      public:
        explicit Call(PlanSync& sync) : sync_(sync) { ++sync_.depth_; }
        ~Call();
        Call(const Call&) = delete;
        Call& operator=(const Call&) = delete;

      private:
        PlanSync& sync_;
    };

    // A saved change and how to make it again (see follow_other_tabs).
    struct Change {
        Revision revision = 0;
        std::vector<Action> actions;
        bool replayable = true;
    };
    // A generation's plan, already read.
    struct Checked {
        std::uint64_t generation = 0;
        Plan plan;
    };

    std::optional<std::string> check_plan(const Record& record, const Record* base);
    Expected<Plan> plan_of(const Record& record);
    // Makes the generation just opened or adopted the one later saves build on.
    void based_on(const Record& record, const Plan& plan);
    // What a save of `plan` writes: the delta since base_ and base_'s generation, or the whole plan and 0.
    std::pair<std::string, std::uint64_t> payload_of(const Plan& plan) const;
    void save(const Plan& plan, Made change, std::int64_t now_ms);
    // The changes of closed tabs' journals, made again on the plan just opened.
    void recover(Opened& opened, const std::vector<StoredRecord>& records,
                 const std::vector<OrphanJournal>& journals, std::int64_t now_ms);
    void rewrite_whole_if_due(const Plan& plan, std::int64_t now_ms);
    void answered(); // after every storage answer: forget committed changes, adopt a committed base

    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true); // answers after destruction do nothing
    std::function<void()> changed_;
    Hooked hooked_;
    JournalStore* journal_store_;
    JournalWriter journal_;
    GenerationStore store_;
    std::int64_t now_ms_ = 0; // the latest time given: when answers rewrite the journal
    int depth_ = 0;
    bool answer_waiting_ = false;
    std::string last_payload_; // payload last saved or loaded: unchanged plans are not written again
    std::vector<Change> unsaved_;
    std::optional<Checked> checked_;      // the generation the store checked last
    std::optional<Checked> checked_base_; // the whole plan a checked delta was applied to
    std::optional<Checked> base_;         // committed whole plan that saves are written as deltas against
    std::optional<std::pair<Revision, Plan>> writing_whole_; // becomes base_ once committed
    bool first_frame_ = true;
};

} // namespace stride::storage
