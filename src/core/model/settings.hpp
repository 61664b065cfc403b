#pragma once
// Every threshold of the clinical model (docs/rules.md) as a named setting a physio may change.
// All settings are whole numbers so one action type (ChangeSetting) and one table serve them all;
// yes/no settings use 0 and 1.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace stride {

struct Settings {
    // -- pain zones (how one run is judged) --
    int green_max_pain = 2; // "below 3/10 may be a more realistic guide" (Goom, seed; Kongsgaard 2010)
    int amber_max_pain = 5; // above this during a run is red; "less than 5/10" (Silbernagel 2007)
    int big_flare_rise = 3; // next-morning rise that counts as a big flare (app choice, docs/rules.md)

    // -- readiness checklist --
    int ready_rest_pain_max = 0;       // "no pain at rest" (seed)
    int ready_lunge_pain_max = 0;      // drop lunge "ideally pain free" (seed)
    int lunge_caution_pain_max = 2;    // 1-2/10 on the drop lunge passes only with caution (DOMAIN 1)
    int symmetry_min_percent = 90;     // weaker leg >= 90% of stronger; seed says "equal" (DOMAIN 1)
    int bridge_poor_reps = 20;         // single-leg bridge under 20 reps is poor (Freckleton 2014)
    int test_jog_min_minutes = 5;      // test jog "5-10 minutes" (seed)
    int test_jog_max_minutes = 10;     // (seed)
    int physio_agreement_required = 0; // 1 = the checklist needs the physio's yes (optional, DOMAIN 1)
    int daily_task_max_pain = 3;       // meaningful task 0-3/10 tolerated, 4+ not (DOMAIN 2)
    int rest_pain_days_for_physio = 3; // pain at rest this many mornings running: see physio (app choice)

    // -- the level ladder --
    int first_level_minutes = 5;        // "I started again with 5 minutes" (seed)
    int level_step_minutes = 5;         // 5, 10, 15 ... (seed)
    int ladder_top_minutes = 30;        // last continuous ladder level; then about +10% a week (DOMAIN 4)
    int greens_to_progress = 2;         // green runs at a level before going up (DOMAIN 4)
    int ambers_before_change = 2;       // ambers in a row before run/walk or a shorter run (DOMAIN 4)
    int run_walk_run_minutes = 2;       // first run/walk pattern: run 2 ... (seed comments)
    int run_walk_walk_minutes = 1;      // ... walk 1 (seed comments)
    int run_walk_step_minutes = 1;      // each progress step adds this to the run part (app choice)
    int run_walk_continuous_at = 5;     // run part at which the walk breaks stop (app choice)
    int step_back_levels = 1;           // levels down after a red run (DOMAIN 4)
    int big_flare_step_back_levels = 2; // levels down after a big flare (DOMAIN 4: "or more")
    int weekly_increase_percent = 10;   // "increase by around 10% per week" (seed)
    int days_between_level_ups = 7;     // above the ladder top, at most one level up a week (DOMAIN 4)

    // -- spacing and rest --
    int rest_hours_after_red = 48;        // rest at least 48 h after a red run (DOMAIN 4)
    int reds_for_physio = 2;              // this many red runs ... (seed, DOMAIN 4)
    int red_window_days = 14;             // ... within this many days: see your physio (DOMAIN 4)
    int rest_days_between_early_runs = 1; // rest days between runs up to the ladder top (DOMAIN 4)
    int strength_gap_hours = 24;          // between strength work and a run (seed; Magnusson 2010)
    int strength_sessions_per_week = 2;   // keep strength work 2-3 times a week (seed, DOMAIN 4)

    // -- spike guard and unlocks --
    int spike_percent = 10;            // a run >10% longer than the longest recent run (Garmin-RUNSAFE 2025)
    int spike_window_days = 30;        // "longest run of the last 30 days" (DOMAIN 4)
    int unlock_pain_free_runs = 3;     // pain-free runs at the target before hills and speed (DOMAIN 4)
    int sitting_warning_minutes = 120; // sitting or driving in a day worth a warning (app choice; seed)

    // -- race check --
    int race_pace_seconds_per_km = 390; // pace assumed when no run has a distance (app choice, 6:30/km)
    int race_long_run_percent = 100;    // longest training run as % of race distance (app choice)
};

enum class SettingId {
    green_max_pain,
    amber_max_pain,
    big_flare_rise,
    ready_rest_pain_max,
    ready_lunge_pain_max,
    lunge_caution_pain_max,
    symmetry_min_percent,
    bridge_poor_reps,
    test_jog_min_minutes,
    test_jog_max_minutes,
    physio_agreement_required,
    daily_task_max_pain,
    rest_pain_days_for_physio,
    first_level_minutes,
    level_step_minutes,
    ladder_top_minutes,
    greens_to_progress,
    ambers_before_change,
    run_walk_run_minutes,
    run_walk_walk_minutes,
    run_walk_step_minutes,
    run_walk_continuous_at,
    step_back_levels,
    big_flare_step_back_levels,
    weekly_increase_percent,
    days_between_level_ups,
    rest_hours_after_red,
    reds_for_physio,
    red_window_days,
    rest_days_between_early_runs,
    strength_gap_hours,
    strength_sessions_per_week,
    spike_percent,
    spike_window_days,
    unlock_pain_free_runs,
    sitting_warning_minutes,
    race_pace_seconds_per_km,
    race_long_run_percent,
};

inline constexpr std::size_t kSettingCount = static_cast<std::size_t>(SettingId::race_long_run_percent) + 1;

enum class SettingGroup { pain_zones, readiness, levels, spacing, spike_and_unlocks, race };

// Everything the UI, the plan file and the docs need to know about one setting.
struct SettingInfo {
    SettingId id;
    const char* key;   // name in the plan file
    const char* label; // plain words for the settings screen
    const char* unit;  // "/10", "minutes", "%", "yes/no", ...
    SettingGroup group;
    int min_value;
    int max_value;
    int Settings::*field;
    // The rule in plain words, "{}" where the setting's value goes ("... at most {}/10 ..."): the "How the
    // advice works" page is written from these, so it always says what the rules do with today's values.
    const char* rule;
    const char* source; // where the default comes from: author, year, title (core/words/sources.hpp)
};

const std::array<SettingInfo, kSettingCount>& setting_table();
const SettingInfo& setting_info(SettingId id);
std::optional<SettingId> setting_by_key(std::string_view key);
// The setting's value as the rules speak of it: the number, or "yes"/"no" for yes/no settings.
std::string setting_value_words(const SettingInfo& info, int value);
// info.rule with `value` in place of each "{}".
std::string setting_rule_words(const SettingInfo& info, int value);

int setting_value(const Settings& settings, SettingId id);
int default_setting(SettingId id);

} // namespace stride
