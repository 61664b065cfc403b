#pragma once
// The level engine (docs/rules.md section 3): replays the runs in date order to find the current level, that
// is the run the tendon has shown it tolerates, and how it got there. Levels are minutes of one run:
// first_level_minutes up to ladder_top_minutes in level_step_minutes steps, then about
// weekly_increase_percent more per step, at most one step every days_between_level_ups days.

#include "core/model/model.hpp"
#include "core/rules/run_classification.hpp"

#include <optional>
#include <vector>

namespace stride {

enum class LevelChange { start, up, same, down };
STRIDE_ENUM_NAMES(LevelChange, 4, {LevelChange::start, "start"}, {LevelChange::up, "up"},
                  {LevelChange::same, "same"}, {LevelChange::down, "down"});

// What one run did to the level.
struct LevelStep {
    EntryId run = 0;
    Date date;
    int run_minutes = 0;
    RunClassification judged;
    int level_before = 0;
    int level_after = 0;
    RunWalk run_walk_after;
    LevelChange change = LevelChange::same;
    bool longer_than_level = false; // the "arbitrary distance" habit the seed warns about
    Rule rule;                      // why the level changed or not (newest step only, see replay_levels)
};

struct LevelState {
    int minutes = 0;  // the prescribed run length
    RunWalk run_walk; // continuous unless a run/walk pattern is in use
    int greens = 0;   // green runs at this level so far
    int ambers = 0;   // amber runs in a row
    std::optional<Date> last_level_up;
    LevelChange change = LevelChange::start; // what the last run did
    Rule rule;
};

struct LevelHistory {
    LevelState current;
    std::vector<LevelStep> steps;       // one per run that counted, oldest first
    std::optional<EntryId> waiting_for; // the latest run, still waiting for next-morning pain
};

// Runs dated after `today`, and before the prescription's start when one is set, do not count.
// Only the newest step carries words (its `rule` and `judged.rule`, the same as current.rule and
// classify_run's): older steps have their numbers and zone but empty rules.
LevelHistory replay_levels(const Plan& plan, Date today);
// The same with another prescription in force than the plan's (Prescription{} for none): the levels as
// they were before the physio set today's, for weeks the prescription did not yet cover.
LevelHistory replay_levels(const Plan& plan, Date today, const Prescription& prescription);

int next_level(const Settings& settings, int minutes);
int previous_level(const Settings& settings, int minutes);
// True above the minute ladder, where the 10% weekly cap and the spike guard apply.
bool above_ladder(const Settings& settings, int minutes);

// Runs of the plan that count for the level engine, oldest first (ties by time of day).
std::vector<const Run*> counted_runs(const Plan& plan, Date today);
std::vector<const Run*> counted_runs(const Plan& plan, Date today, const Prescription& prescription);

// "15 minutes" or "15 minutes as run 2 min / walk 1 min".
std::string describe_run(int minutes, const RunWalk& run_walk);

} // namespace stride
