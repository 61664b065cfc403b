#pragma once
// A plan's change since a base plan, by entry id: what storage writes on each save instead of years of
// history (docs/storage.md, "Delta generations"). Computed from the two plans, not from the actions, so
// undo, redo and imports are covered like any other change.
//
//   diff_plans(base, now)      the delta, or nullopt if applying it would not give `now` exactly
//   apply_delta(base, delta)   `now` again: upserts and removes by id, then the core's entry order
//   delta_to_json / plan_from_delta   the stored form (same field names as the plan file)

#include "core/model/expected.hpp"
#include "core/model/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stride {

// The stored delta's top-level "delta_version". Bump it when the layout below changes.
inline constexpr std::uint32_t kPlanDeltaVersion = 1;

struct PlanDelta {
    // The new plan's small parts (profile, goal, race, settings, prescription, ids), always whole, and in
    // each entry list only the entries added or changed since the base.
    Plan changed;
    std::vector<EntryId> removed; // entries of the base that are gone, from any list
};

// nullopt when the base and the new plan cannot be told apart by id (an id twice in a list), or when
// upserting would not reproduce the new plan's order of entries with equal moments: write the whole plan.
std::optional<PlanDelta> diff_plans(const Plan& base, const Plan& now);

// Entries whose id is in `removed` are dropped, changed ones replaced in place, new ones appended, then
// each list is put in the core's order (sort_entries).
Plan apply_delta(Plan base, const PlanDelta& delta);

std::string delta_to_json(const PlanDelta& delta);

// `base` (a plan the core has read and validated) with the stored delta applied; a delta that does not
// parse, or whose entries or small parts the core would refuse, is an error naming the field.
Expected<Plan> plan_from_delta(Plan base, std::string_view delta_json);

} // namespace stride
