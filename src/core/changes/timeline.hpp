#pragma once
// The present plan plus snapshots of earlier and undone states: undo/redo for free from pure apply().

#include "core/changes/actions.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>

namespace stride {

// Bytes a plan holds in memory (its entry lists and their text), an estimate from sizes and capacities.
std::size_t plan_bytes(const Plan& plan);

class Timeline {
  public:
    // Each undo step keeps a whole plan, so years of history make every step about a megabyte. The undo
    // and redo steps keep at most `limit` plans and `byte_budget` bytes of them (plan_bytes), dropping the
    // oldest first but never the newest step: at 10 years 16 MB is about 16 steps, at a few months `limit`.
    static constexpr std::size_t kDefaultByteBudget = 16u << 20;
    explicit Timeline(Plan present, std::size_t limit = 50, std::size_t byte_budget = kDefaultByteBudget);

    const Plan& present() const { return present_; }
    // Changes whenever the present changes (dispatch, undo, redo, reset): what is derived from the plan
    // can be cached against it.
    std::uint64_t revision() const { return revision_; }

    // Applies the action; on success the previous plan becomes undoable and the redo list is cleared.
    // On error nothing changes and the error is returned.
    std::optional<FieldError> dispatch(const Action& action);
    // Makes the newest `steps` undo steps one (the plan before the first of them, their labels joined):
    // the actions of one tap, e.g. a form that saves a setting and the prescription, are undone together.
    void join_last(std::size_t steps);
    // Replaces the present without an undo step (e.g. after loading from storage).
    void reset(Plan present);

    bool can_undo() const { return !past_.empty(); }
    bool can_redo() const { return !future_.empty(); }
    // Plain words of what undo/redo would revert or repeat, e.g. "add run"; "" when not possible.
    std::string undo_label() const;
    std::string redo_label() const;
    bool undo();
    bool redo();

    std::size_t undo_steps() const { return past_.size(); }
    // Bytes of the plans kept for undo and redo (plan_bytes of each snapshot).
    std::size_t snapshot_bytes() const { return snapshot_bytes_; }

  private:
    struct Snapshot {
        Plan plan;
        std::string label; // the action that led away from this plan
        std::size_t bytes = 0;
    };
    // Moves the present onto `to` and makes the newest snapshot of `from` the present.
    bool shift(std::deque<Snapshot>& from, std::deque<Snapshot>& to);
    // Drops the oldest undo steps beyond the step limit and the byte budget (never the newest step).
    void trim();

    Plan present_;
    std::size_t present_bytes_ = 0;
    std::deque<Snapshot> past_;
    std::deque<Snapshot> future_;
    std::size_t limit_;
    std::size_t byte_budget_;
    std::size_t snapshot_bytes_ = 0;
    std::uint64_t revision_ = 0;
};

} // namespace stride
