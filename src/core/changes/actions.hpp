#pragma once
// Every change a user can make to a plan is an Action; apply() is the one pure function that makes it.
// The UI only emits actions; the app applies them after the frame (docs/architecture.md).

#include "core/model/expected.hpp"
#include "core/model/model.hpp"

#include <variant>

namespace stride {

// Adds an entry. An id of 0 asks apply() to assign the next id of the plan; a non-zero id is kept
// (it must not be in use), which lets a caller know the new entry's id in advance.
template <class Entry> struct AddEntry { Entry entry; };
// Replaces the entry with the same id.
template <class Entry> struct EditEntry { Entry entry; };
template <class Entry> struct DeleteEntry { EntryId id = 0; };

struct ChangeSetting {
    SettingId id;
    int value;
};
struct ResetSetting {
    SettingId id;
};
struct ResetAllSettings {};
struct SetProfile {
    Profile profile;
};
struct SetGoal {
    Goal goal;
};
struct SetRace { // race.planned == false clears the race goal
    Race race;
};
struct SetPrescription {
    Prescription prescription;
};
// Merges another copy of the plan (e.g. the physio's edited file) into this one: settings, goal, race,
// profile and prescription are taken from the incoming plan; entries are merged by id (incoming wins for
// an id present on both sides, entries only on one side are kept). Use preview_import() to show the
// user what this will change before applying it.
struct ImportMerge {
    Plan incoming;
};

#define STRIDE_ENTRY_ACTIONS(E) AddEntry<E>, EditEntry<E>, DeleteEntry<E>
using Action =
    std::variant<STRIDE_ENTRY_ACTIONS(Run), STRIDE_ENTRY_ACTIONS(StrengthSession),
                 STRIDE_ENTRY_ACTIONS(DailyCheck), STRIDE_ENTRY_ACTIONS(Aggravator),
                 STRIDE_ENTRY_ACTIONS(PhysioEntry), STRIDE_ENTRY_ACTIONS(ReadinessTest), ChangeSetting,
                 ResetSetting, ResetAllSettings, SetProfile, SetGoal, SetRace, SetPrescription, ImportMerge>;
#undef STRIDE_ENTRY_ACTIONS

// The new plan, or an error naming the field (the input plan is never modified).
Expected<Plan> apply(const Plan& plan, const Action& action);

// Plain-word description of an action for undo/redo labels, e.g. "add run", "change green_max_pain".
std::string describe_action(const Action& action);

} // namespace stride
