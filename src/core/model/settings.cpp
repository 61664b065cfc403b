#include "core/model/settings.hpp"

namespace stride {
namespace {

using G = SettingGroup;
using S = Settings;
using I = SettingId;

constexpr const char* kSeed = "Goom, return to running after PHT (seed article)";
constexpr const char* kApp = "Stride Back's choice where the sources give no number (docs/rules.md)";

// Order must follow SettingId: setting_info() indexes this table by id (checked by a test).
const std::array<SettingInfo, kSettingCount> kTable{{
    {I::green_max_pain, "green_max_pain", "Highest pain during a run that is still green", "/10",
     G::pain_zones, 0, 10, &S::green_max_pain,
     "Seed: below 3/10 is a realistic guide for PHT; Kongsgaard 2010"},
    {I::amber_max_pain, "amber_max_pain", "Highest pain during a run that is still amber (above is red)",
     "/10", G::pain_zones, 0, 10, &S::amber_max_pain,
     "Silbernagel 2007: keep pain under 5/10 and settled by morning"},
    {I::big_flare_rise, "big_flare_rise", "Rise in next-morning pain that counts as a big flare-up", "points",
     G::pain_zones, 1, 10, &S::big_flare_rise, kApp},
    {I::ready_rest_pain_max, "ready_rest_pain_max", "Highest pain at rest before running", "/10",
     G::readiness, 0, 10, &S::ready_rest_pain_max, kSeed},
    {I::ready_lunge_pain_max, "ready_lunge_pain_max", "Highest drop lunge pain that passes", "/10",
     G::readiness, 0, 10, &S::ready_lunge_pain_max, "Seed: the drop lunge should ideally be pain free"},
    {I::lunge_caution_pain_max, "lunge_caution_pain_max", "Drop lunge pain that passes only with caution",
     "/10", G::readiness, 0, 10, &S::lunge_caution_pain_max, "DOMAIN.md section 1: 1-2/10 means caution"},
    {I::symmetry_min_percent, "symmetry_min_percent", "Weaker leg strength as % of the stronger", "%",
     G::readiness, 50, 100, &S::symmetry_min_percent, "Limb symmetry index 90%; the seed says equal"},
    {I::bridge_poor_reps, "bridge_poor_reps", "Single-leg bridge repetitions below which strength is poor",
     "reps", G::readiness, 0, 100, &S::bridge_poor_reps,
     "Freckleton 2014: about 25 is average, under 20 poor"},
    {I::test_jog_min_minutes, "test_jog_min_minutes", "Shortest test jog", "minutes", G::readiness, 1, 30,
     &S::test_jog_min_minutes, "Seed: start small, 5-10 minutes"},
    {I::test_jog_max_minutes, "test_jog_max_minutes", "Longest test jog", "minutes", G::readiness, 1, 60,
     &S::test_jog_max_minutes, "Seed: start small, 5-10 minutes"},
    {I::physio_agreement_required, "physio_agreement_required", "Physio's agreement needed before running",
     "yes/no", G::readiness, 0, 1, &S::physio_agreement_required,
     "DOMAIN.md section 1: optional, recommended; the seed says your physio should guide this"},
    {I::daily_task_max_pain, "daily_task_max_pain",
     "Highest pain in the daily task that shows the tendon copes", "/10", G::readiness, 0, 10,
     &S::daily_task_max_pain, "DOMAIN.md section 2: 0-3/10 tolerated, 4+ not"},
    {I::rest_pain_days_for_physio, "rest_pain_days_for_physio",
     "Mornings in a row with pain at rest before "
     "advising to see the physio",
     "days", G::readiness, 1, 30, &S::rest_pain_days_for_physio, kApp},
    {I::first_level_minutes, "first_level_minutes", "First run", "minutes", G::levels, 1, 30,
     &S::first_level_minutes, "Seed: I started again with 5 minutes on the treadmill"},
    {I::level_step_minutes, "level_step_minutes", "Step between levels", "minutes", G::levels, 1, 30,
     &S::level_step_minutes, "Seed: 5, then 10 ... minutes"},
    {I::ladder_top_minutes, "ladder_top_minutes", "Last level of the minute ladder", "minutes", G::levels, 5,
     120, &S::ladder_top_minutes, "DOMAIN.md section 4: 5 to 30 minutes, then about +10% a week"},
    {I::greens_to_progress, "greens_to_progress", "Green runs at a level before going up", "runs", G::levels,
     1, 10, &S::greens_to_progress, "DOMAIN.md section 4"},
    {I::ambers_before_change, "ambers_before_change", "Amber runs in a row before run/walk or a shorter run",
     "runs", G::levels, 1, 10, &S::ambers_before_change, "DOMAIN.md section 4"},
    {I::run_walk_run_minutes, "run_walk_run_minutes", "Run part of the first run/walk pattern", "minutes",
     G::levels, 1, 30, &S::run_walk_run_minutes, "Seed: a run/walk pattern; reader's 2 min run / 1 min walk"},
    {I::run_walk_walk_minutes, "run_walk_walk_minutes", "Walk part of the run/walk pattern", "minutes",
     G::levels, 1, 10, &S::run_walk_walk_minutes,
     "Seed: a run/walk pattern; reader's 2 min run / 1 min walk"},
    {I::run_walk_step_minutes, "run_walk_step_minutes", "Minutes added to the run part at each step",
     "minutes", G::levels, 1, 10, &S::run_walk_step_minutes, kApp},
    {I::run_walk_continuous_at, "run_walk_continuous_at", "Run part at which walk breaks stop", "minutes",
     G::levels, 2, 30, &S::run_walk_continuous_at, kApp},
    {I::step_back_levels, "step_back_levels", "Levels down after a red run", "levels", G::levels, 1, 6,
     &S::step_back_levels, "DOMAIN.md section 4"},
    {I::big_flare_step_back_levels, "big_flare_step_back_levels", "Levels down after a big flare-up",
     "levels", G::levels, 1, 10, &S::big_flare_step_back_levels,
     "DOMAIN.md section 4: one level, or more after a big flare"},
    {I::weekly_increase_percent, "weekly_increase_percent", "Weekly increase above the symptom-free baseline",
     "%", G::levels, 1, 50, &S::weekly_increase_percent, "Seed: increase by around 10% per week"},
    {I::days_between_level_ups, "days_between_level_ups", "Days between level ups above the ladder", "days",
     G::levels, 1, 28, &S::days_between_level_ups, "DOMAIN.md section 4: about +10% a week"},
    {I::rest_hours_after_red, "rest_hours_after_red", "Rest after a red run", "hours", G::spacing, 24, 336,
     &S::rest_hours_after_red, "DOMAIN.md section 4; the seed: the tendon responds over 24-48 hours"},
    {I::reds_for_physio, "reds_for_physio", "Red runs that mean: see your physio", "runs", G::spacing, 1, 10,
     &S::reds_for_physio, "Seed: if you can't run without symptoms flaring up, ask your physio"},
    {I::red_window_days, "red_window_days", "... within this many days", "days", G::spacing, 1, 90,
     &S::red_window_days, "DOMAIN.md section 4"},
    {I::rest_days_between_early_runs, "rest_days_between_early_runs",
     "Rest days between runs up to the ladder top", "days", G::spacing, 0, 6,
     &S::rest_days_between_early_runs, "DOMAIN.md section 4: one rest day early on"},
    {I::strength_gap_hours, "strength_gap_hours", "Hours between strength work and a run", "hours",
     G::spacing, 0, 96, &S::strength_gap_hours, "Seed: leave at least 24 hours; Magnusson 2010"},
    {I::strength_sessions_per_week, "strength_sessions_per_week", "Strength sessions a week to keep up",
     "sessions", G::spacing, 0, 7, &S::strength_sessions_per_week,
     "Seed: continue strength work; DOMAIN.md: 2-3 a week"},
    {I::spike_percent, "spike_percent", "A run this much longer than the longest recent run is a spike", "%",
     G::spike_and_unlocks, 1, 100, &S::spike_percent, "Garmin-RUNSAFE cohort, Frandsen/Nielsen 2025"},
    {I::spike_window_days, "spike_window_days", "Days looked back for the longest recent run", "days",
     G::spike_and_unlocks, 7, 90, &S::spike_window_days, "DOMAIN.md section 4: the last 30 days"},
    {I::unlock_pain_free_runs, "unlock_pain_free_runs", "Pain-free runs at the target before hills and speed",
     "runs", G::spike_and_unlocks, 1, 20, &S::unlock_pain_free_runs,
     "Seed: when symptoms have resolved and you have reached your target distance"},
    {I::sitting_warning_minutes, "sitting_warning_minutes", "Sitting or driving in a day worth a warning",
     "minutes", G::spike_and_unlocks, 15, 1440, &S::sitting_warning_minutes,
     "Seed: avoid long periods of sitting or driving (the number is the app's choice)"},
    {I::race_pace_seconds_per_km, "race_pace_seconds_per_km", "Pace assumed when no run has a distance",
     "seconds per km", G::race, 150, 1200, &S::race_pace_seconds_per_km, kApp},
    {I::race_long_run_percent, "race_long_run_percent", "Longest training run as % of the race distance", "%",
     G::race, 30, 100, &S::race_long_run_percent,
     "Seed Q&A: map out a gradual long-run progression (the share is the app's choice)"},
}};

} // namespace

const std::array<SettingInfo, kSettingCount>& setting_table() {
    return kTable;
}

const SettingInfo& setting_info(SettingId id) {
    return kTable[static_cast<std::size_t>(id)];
}

std::optional<SettingId> setting_by_key(std::string_view key) {
    for (const auto& info : kTable)
        if (key == info.key) return info.id;
    return std::nullopt;
}

int setting_value(const Settings& settings, SettingId id) {
    return settings.*(setting_info(id).field);
}

int default_setting(SettingId id) {
    return setting_value(Settings{}, id);
}

} // namespace stride
