#pragma once
// Load guards (DOMAIN.md section 4): the spike guard and the weekly cap above the symptom-free baseline.
// Both apply only above the minute ladder: the early 5-minute steps are small in absolute terms and each
// is gated by the tendon's 24-hour response.

#include "core/model/model.hpp"
#include "core/rules/rule.hpp"

#include <cstdint>
#include <vector>

namespace stride {

// Longest run dated in [day - window_days, day] (0 when none); `exclude` skips one run (the one judged).
int longest_recent_run(const Plan& plan, Date day, int window_days, EntryId exclude = 0);
// Sums of minutes are 64-bit: a week of a hostile file's runs can hold far more than an int, and the cap
// multiplies that by up to 150 (%).
// Minutes run in the Monday-to-Sunday week starting `week_start`, up to `until`.
std::int64_t week_minutes(const Plan& plan, Date week_start, Date until);
// The most recent completed week before `week_start` (looking back 8 weeks) whose runs were all green:
// its minutes are the symptom-free baseline. 0 when there is none.
std::int64_t symptom_free_baseline(const Plan& plan, Date week_start);
// Baseline plus weekly_increase_percent, or 0 when there is no baseline (no cap applies).
std::int64_t weekly_cap(const Plan& plan, Date week_start);

// Warnings for a run of `minutes` on `day` at the level the engine prescribes (`level`).
std::vector<Advice> load_warnings(const Plan& plan, Date day, int minutes, int level, EntryId exclude = 0);

} // namespace stride
