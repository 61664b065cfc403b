#pragma once
// How one run is judged by the tendon's response (the pain-monitoring model, docs/rules.md section 2).

#include "core/model/model.hpp"
#include "core/rules/rule.hpp"
#include "core/rules/zones.hpp"

#include <optional>
#include <vector>

namespace stride {

// What the next morning is compared with: the run's before-pain, the runner's usual morning pain (when
// higher, or when no before-pain was recorded), or nothing the runner gave.
enum class BaselineFrom { before_run, usual_morning, none };

struct RunClassification {
    EntryId run = 0;
    Zone zone = Zone::waiting;
    bool big_flare = false;      // red with a large next-morning rise, or still raised at 48 h
    int baseline = kNotRecorded; // the pain next-morning is compared with, kNotRecorded when none
    BaselineFrom baseline_from = BaselineFrom::none;
    // Waiting for the runner's answer to "is this morning worse than usual?" (no baseline to compare with).
    bool needs_comparison = false;
    Rule rule;
};

// Checks that count for the usual morning pain of a run's day: the latest this many ...
inline constexpr int kUsualMorningChecks = 7;
// ... dated on the run's day or up to this many days before it (the next morning's own check never counts).
inline constexpr int kUsualMorningDays = 14;

// The runner's usual morning pain at rest up to `day`: the median of the latest kUsualMorningChecks
// morning checks dated within kUsualMorningDays days up to `day` (the lower middle of an even count), or
// nullopt when there is none. A binary search and at most 7 checks: constant work per run, however many
// years of mornings the plan holds.
std::optional<int> usual_morning_pain(const Plan& plan, Date day);

// Judges one run of the plan. Without `words` the rule is left empty: for rules and charts that judge years
// of runs and only need the zone.
RunClassification classify_run(const Plan& plan, const Run& run, bool words = true);

// The zone the run's own pains already show, before the next morning: red above the amber limit during
// (or right after), amber above the green limit, else green. For the "Run saved" feedback.
Zone zone_so_far(const Settings& settings, const Run& run);

} // namespace stride
