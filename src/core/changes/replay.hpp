#pragma once
// Changes as actions that can be made again on another copy of the plan: what the storage journal keeps
// for a change not yet committed, and how it is made again at the next start (docs/storage.md, "The
// journal").
//
//   with_next_id(plan, action)    an AddEntry with id 0 as apply() would number it on `plan`
//   with_id_cleared(action)       an AddEntry numbered by whatever plan it is made on
//   diff_actions(before, after)   the actions that turn `before` into `after` (undo, redo, an import)
//   replay_actions(plan, actions) the actions made again on another plan, by entry id
//
// Replaying follows the entries, not their positions: an added entry keeps its id when that is free and
// gets the plan's next id otherwise (later actions on it follow it); an edit of an entry that is gone is not
// made (the entry is never brought back); a delete of an entry that is gone is already done.

#include "core/changes/actions.hpp"

#include <string>
#include <vector>

namespace stride {

// `action` with the id apply(plan, action) would give a new entry; other actions unchanged.
Action with_next_id(const Plan& plan, Action action);
// An AddEntry with its id cleared, so apply() numbers it on whatever plan it is made on; others unchanged.
Action with_id_cleared(Action action);

// Entry adds, edits and deletes by id, then the settings that differ and the parts that differ. An added
// entry keeps its id (AddEntry with a non-zero id).
std::vector<Action> diff_actions(const Plan& before, const Plan& after);

struct Replayed {
    Plan plan;
    std::vector<Action> applied;     // as made on `plan` (added entries with the ids they got)
    std::vector<std::string> failed; // one line per action not made, in plain words
};

// Settings changed by consecutive ChangeSetting actions are checked together, as one change.
Replayed replay_actions(Plan plan, const std::vector<Action>& actions);

} // namespace stride
