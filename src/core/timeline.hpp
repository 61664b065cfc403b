#pragma once
// The present plan plus snapshots of earlier and undone states: undo/redo for free from pure apply().

#include "core/actions.hpp"

#include <cstddef>
#include <deque>
#include <optional>
#include <string>

namespace stride {

class Timeline {
  public:
    // `limit` bounds the undo history; each step keeps a whole plan, so memory grows with history size.
    explicit Timeline(Plan present, std::size_t limit = 50);

    const Plan& present() const { return present_; }

    // Applies the action; on success the previous plan becomes undoable and the redo list is cleared.
    // On error nothing changes and the error is returned.
    std::optional<FieldError> dispatch(const Action& action);
    // Replaces the present without an undo step (e.g. after loading from storage).
    void reset(Plan present);

    bool can_undo() const { return !past_.empty(); }
    bool can_redo() const { return !future_.empty(); }
    // Plain words of what undo/redo would revert or repeat, e.g. "add run"; "" when not possible.
    std::string undo_label() const;
    std::string redo_label() const;
    bool undo();
    bool redo();

  private:
    struct Snapshot {
        Plan plan;
        std::string label; // the action that led away from this plan
    };
    // Moves the present onto `to` and makes the newest snapshot of `from` the present.
    bool shift(std::deque<Snapshot>& from, std::deque<Snapshot>& to);

    Plan present_;
    std::deque<Snapshot> past_;
    std::deque<Snapshot> future_;
    std::size_t limit_;
};

} // namespace stride
