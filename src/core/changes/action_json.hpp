#pragma once
// Actions in JSON, as the storage journal keeps changes not yet committed (docs/storage.md, "The
// journal"). Entries and plan parts use the plan file's field names (docs/plan-file.md); each action is one
// object:
//
//   {"do": "add" | "edit", "list": "runs", "entry": {...}}     {"do": "delete", "list": "runs", "id": 42}
//   {"do": "change_setting", "setting": "green_max_pain", "value": 3}
//   {"do": "reset_setting", "setting": "..."}                    {"do": "reset_all_settings"}
//   {"do": "set_profile", "profile": {...}}  (set_goal, set_race, set_prescription alike)
//
// An import is not written as an action (it would carry the whole incoming plan): write its
// diff_actions() (replay.hpp) instead. The list is versioned by the document holding it.
//
// For cereal archives (include core/plan_file/json_archive.hpp first where these are used):
//   archive(cereal::make_nvp("actions", ActionList{...}));

#include "core/changes/actions.hpp"

#include <vector>

namespace cereal {
class JSONOutputArchive;
class JSONInputArchive;
} // namespace cereal

namespace stride {

struct ActionList {
    std::vector<Action> actions;
};

// Throws std::logic_error for an ImportMerge.
void save(cereal::JSONOutputArchive& archive, const ActionList& list);
// Throws SerializationError (core/plan_file/serialization.hpp) naming the field, like a plan file.
void load(cereal::JSONInputArchive& archive, ActionList& list);

} // namespace stride
