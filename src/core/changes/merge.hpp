#pragma once
// Import of another copy of a plan (usually the physio's edited file): what it would change, and the merge.
// Import never silently overwrites (DOMAIN.md section 7): the UI shows preview_import() first.

#include "core/model/model.hpp"

#include <string>
#include <vector>

namespace stride {

struct SettingChange {
    SettingId id;
    int from;
    int to;
};

struct EntryKindChanges {
    std::string kind;             // plain words, e.g. "run"
    std::string key;              // list name in the plan file, e.g. "runs"
    std::vector<EntryId> added;   // only in the incoming plan
    std::vector<EntryId> changed; // on both sides with different contents: the incoming version wins
    std::size_t kept = 0;         // only on this device: kept as they are
};

struct ImportPreview {
    std::vector<SettingChange> settings;
    bool profile_changed = false;
    bool goal_changed = false;
    bool race_changed = false;
    bool prescription_changed = false;     // anything in it: the starting point or the strength programme
    bool starting_point_changed = false;   // starting level, run/walk, from, note
    bool programme_changed = false;        // the strength programme
    std::size_t programme_exercises = 0;   // in the incoming programme
    std::vector<EntryKindChanges> entries; // one per entry kind, in plan-file order

    bool changes_anything() const;
    // One plain-English line per change, e.g. "Highest pain during a run that is still green: 2 -> 3 /10",
    // "2 physio entries added", "Strength programme changed: now 3 exercises".
    std::vector<std::string> lines() const;
};

ImportPreview preview_import(const Plan& local, const Plan& incoming);
// The merged plan (what apply(ImportMerge) returns). Entries end up in date order.
Plan merge_plans(const Plan& local, const Plan& incoming);

// Keeps each entry list in date (then time) order; equal moments keep their order.
void sort_entries(Plan& plan);

} // namespace stride
