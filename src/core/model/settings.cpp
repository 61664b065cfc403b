#include "core/model/settings.hpp"

#include "core/words/sources.hpp"

namespace stride {
namespace {

using G = SettingGroup;
using S = Settings;
using I = SettingId;

namespace src = source;

// Order must follow SettingId: setting_info() indexes this table by id (checked by a test).
const std::array<SettingInfo, kSettingCount> kTable{{
    {I::green_max_pain, "green_max_pain", "Highest pain during a run that is still green", "/10",
     G::pain_zones, 0, 10, &S::green_max_pain,
     "A run is green when the worst pain during it (and right after it, when recorded) is at most {}/10 and "
     "the next morning is no worse than before.",
     src::goom_kongsgaard},
    {I::amber_max_pain, "amber_max_pain", "Highest pain during a run that is still amber (above is red)",
     "/10", G::pain_zones, 0, 10, &S::amber_max_pain,
     "Pain during a run above {}/10 makes it red; above the green limit and up to {}/10 it is amber, as long "
     "as the next morning is no worse than before.",
     src::silbernagel},
    {I::big_flare_rise, "big_flare_rise", "Rise in next-morning pain that counts as a big flare-up", "points",
     G::pain_zones, 1, 10, &S::big_flare_rise,
     "A red run whose next-morning pain rose {} points or more, or that is still raised 48 hours later, is a "
     "big flare-up and steps back further.",
     src::app},
    {I::ready_rest_pain_max, "ready_rest_pain_max", "Highest pain at rest before running", "/10",
     G::readiness, 0, 10, &S::ready_rest_pain_max,
     "Before the first run, pain at rest must be at most {}/10; a morning check above it means no running "
     "that day.",
     src::goom},
    {I::ready_lunge_pain_max, "ready_lunge_pain_max", "Highest drop lunge pain that passes", "/10",
     G::readiness, 0, 10, &S::ready_lunge_pain_max,
     "The drop lunge (painful leg in front, no weights) passes at a pain of at most {}/10: ideally pain "
     "free.",
     src::goom},
    {I::lunge_caution_pain_max, "lunge_caution_pain_max", "Drop lunge pain that passes only with caution",
     "/10", G::readiness, 0, 10, &S::lunge_caution_pain_max,
     "A drop lunge pain above that, up to {}/10, still passes, with caution.", src::goom},
    {I::symmetry_min_percent, "symmetry_min_percent", "Weaker leg strength as % of the stronger", "%",
     G::readiness, 50, 100, &S::symmetry_min_percent,
     "Strength counts as equal left and right when the weaker leg manages at least {}% of the stronger "
     "(10-repetition maximum hamstring curl, or single-leg bridges).",
     src::goom},
    {I::bridge_poor_reps, "bridge_poor_reps", "Single-leg bridge repetitions below which strength is poor",
     "reps", G::readiness, 0, 100, &S::bridge_poor_reps,
     "Fewer than {} single-leg bridges on the weaker side is noted as poor strength (about 25 is average).",
     src::freckleton},
    {I::test_jog_min_minutes, "test_jog_min_minutes", "Shortest test jog", "minutes", G::readiness, 1, 30,
     &S::test_jog_min_minutes,
     "The test jog lasts at least {} minutes, easy on the flat; it passes when pain during stays green and "
     "does not rise 24 and 48 hours later.",
     src::goom},
    {I::test_jog_max_minutes, "test_jog_max_minutes", "Longest test jog", "minutes", G::readiness, 1, 60,
     &S::test_jog_max_minutes,
     "The test jog lasts at most {} minutes: start small. A longer jog does not count as the test.",
     src::goom},
    {I::physio_agreement_required, "physio_agreement_required", "Physio's agreement needed before running",
     "yes/no", G::readiness, 0, 1, &S::physio_agreement_required,
     "Your physio's agreement is needed before the first run: {}.", src::goom},
    {I::daily_task_max_pain, "daily_task_max_pain",
     "Highest pain in the daily task that shows the tendon copes", "/10", G::readiness, 0, 10,
     &S::daily_task_max_pain,
     "The daily test, the same each morning (for example three single-leg bridges), shows the tendon copes "
     "at "
     "up to {}/10; more means no running that day.",
     src::goom_jospt},
    {I::rest_pain_days_for_physio, "rest_pain_days_for_physio",
     "Mornings in a row with pain at rest before advising to see the physio", "days", G::readiness, 1, 30,
     &S::rest_pain_days_for_physio,
     "Pain at rest on {} mornings in a row: see your physio before running again.", src::app},
    {I::first_level_minutes, "first_level_minutes", "First run", "minutes", G::levels, 1, 30,
     &S::first_level_minutes, "The first run lasts {} minutes, easy on the flat (a treadmill is fine).",
     src::goom},
    {I::level_step_minutes, "level_step_minutes", "Step between levels", "minutes", G::levels, 1, 30,
     &S::level_step_minutes, "Each level of the ladder is {} minutes longer than the one before.", src::goom},
    {I::ladder_top_minutes, "ladder_top_minutes", "Last level of the minute ladder", "minutes", G::levels, 5,
     120, &S::ladder_top_minutes,
     "The minute ladder ends at {} minutes of continuous running; above it each level adds about the weekly "
     "increase, and the weekly cap and the spike warning apply.",
     src::goom},
    {I::greens_to_progress, "greens_to_progress", "Green runs at a level before going up", "runs", G::levels,
     1, 10, &S::greens_to_progress,
     "After {} green runs at a level (each at least as long as the level), go up one level.", src::goom},
    {I::ambers_before_change, "ambers_before_change", "Amber runs in a row before run/walk or a shorter run",
     "runs", G::levels, 1, 10, &S::ambers_before_change,
     "An amber run repeats the level; after {} amber runs in a row, run/walk for the same time, or one level "
     "shorter when already on run/walk.",
     src::goom},
    {I::run_walk_run_minutes, "run_walk_run_minutes", "Run part of the first run/walk pattern", "minutes",
     G::levels, 1, 30, &S::run_walk_run_minutes, "The first run/walk pattern runs {} minutes ...", src::goom},
    {I::run_walk_walk_minutes, "run_walk_walk_minutes", "Walk part of the run/walk pattern", "minutes",
     G::levels, 1, 10, &S::run_walk_walk_minutes, "... then walks {} minutes, and repeats.", src::goom},
    {I::run_walk_step_minutes, "run_walk_step_minutes", "Minutes added to the run part at each step",
     "minutes", G::levels, 1, 10, &S::run_walk_step_minutes,
     "On run/walk, going up a level adds {} minutes to the run part.", src::app},
    {I::run_walk_continuous_at, "run_walk_continuous_at", "Run part at which walk breaks stop", "minutes",
     G::levels, 2, 30, &S::run_walk_continuous_at,
     "Once the run part reaches {} minutes, the walk breaks stop.", src::app},
    {I::step_back_levels, "step_back_levels", "Levels down after a red run", "levels", G::levels, 1, 6,
     &S::step_back_levels, "A red run steps back {} level(s) and keeps strength work going.", src::goom},
    {I::big_flare_step_back_levels, "big_flare_step_back_levels", "Levels down after a big flare-up",
     "levels", G::levels, 1, 10, &S::big_flare_step_back_levels, "A big flare-up steps back {} levels.",
     src::goom},
    {I::weekly_increase_percent, "weekly_increase_percent", "Weekly increase above the symptom-free baseline",
     "%", G::levels, 1, 50, &S::weekly_increase_percent,
     "Above the ladder each level adds about {}%, and a week's minutes stay within {}% above the last week "
     "whose runs were all green (the weekly cap).",
     src::goom},
    {I::days_between_level_ups, "days_between_level_ups", "Days between level ups above the ladder", "days",
     G::levels, 1, 28, &S::days_between_level_ups, "Above the ladder, at most one level up every {} days.",
     src::goom},
    {I::rest_hours_after_red, "rest_hours_after_red", "Rest after a red run", "hours", G::spacing, 24, 336,
     &S::rest_hours_after_red,
     "After a red run, rest at least {} hours: the tendon's response shows over 24 to 48 hours.", src::goom},
    {I::reds_for_physio, "reds_for_physio", "Red runs that mean: see your physio", "runs", G::spacing, 1, 10,
     &S::reds_for_physio, "{} red runs close together mean: see your physio before running again ...",
     src::goom},
    {I::red_window_days, "red_window_days", "... within this many days", "days", G::spacing, 1, 90,
     &S::red_window_days, "... when they are less than {} days apart.", src::goom},
    {I::rest_days_between_early_runs, "rest_days_between_early_runs",
     "Rest days between runs up to the ladder top", "days", G::spacing, 0, 6,
     &S::rest_days_between_early_runs,
     "Up to the top of the ladder, leave {} rest day(s) between runs to see how the tendon responds.",
     src::goom},
    {I::strength_gap_hours, "strength_gap_hours", "Hours between strength work and a run", "hours",
     G::spacing, 0, 96, &S::strength_gap_hours,
     "Leave {} hours between strength work and a run, especially a longer run; a session logged without a "
     "time counts as midday.",
     src::magnusson},
    {I::strength_sessions_per_week, "strength_sessions_per_week", "Strength sessions a week to keep up",
     "sessions", G::spacing, 0, 7, &S::strength_sessions_per_week,
     "Keep up at least {} strength sessions a week, even when running feels fine.", src::goom},
    {I::spike_percent, "spike_percent", "A run this much longer than the longest recent run is a spike", "%",
     G::spike_and_unlocks, 1, 100, &S::spike_percent,
     "Above the ladder, a run more than {}% longer than your longest recent run is warned as a spike.",
     src::runsafe},
    {I::spike_window_days, "spike_window_days", "Days looked back for the longest recent run", "days",
     G::spike_and_unlocks, 7, 90, &S::spike_window_days, "Recent means the last {} days.", src::runsafe},
    {I::unlock_pain_free_runs, "unlock_pain_free_runs", "Pain-free runs at the target before hills and speed",
     "runs", G::spike_and_unlocks, 1, 20, &S::unlock_pain_free_runs,
     "Hills and speed work unlock after {} pain-free runs in a row, one of them reaching your goal; then add "
     "them over a short distance first.",
     src::goom},
    {I::sitting_warning_minutes, "sitting_warning_minutes", "Sitting or driving in a day worth a warning",
     "minutes", G::spike_and_unlocks, 15, 1440, &S::sitting_warning_minutes,
     "Sitting or driving {} minutes or more in a day is warned about: it compresses the tendon.", src::goom},
    {I::race_pace_seconds_per_km, "race_pace_seconds_per_km", "Pace assumed when no run has a distance",
     "seconds per km", G::race, 150, 1200, &S::race_pace_seconds_per_km,
     "Without recent runs with a distance, the race check assumes a pace of {} seconds per km.", src::app},
    {I::race_long_run_percent, "race_long_run_percent", "Longest training run as % of the race distance", "%",
     G::race, 30, 100, &S::race_long_run_percent,
     "A race fits when your long run can grow, about the weekly increase a week, to {}% of the race distance "
     "before race week.",
     src::qa},
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

std::string setting_value_words(const SettingInfo& info, int value) {
    if (std::string_view(info.unit) == "yes/no") return value != 0 ? "yes" : "no";
    return std::to_string(value);
}

std::string setting_rule_words(const SettingInfo& info, int value) {
    std::string text = info.rule;
    const std::string shown = setting_value_words(info, value);
    for (auto at = text.find("{}"); at != std::string::npos; at = text.find("{}", at + shown.size()))
        text.replace(at, 2, shown);
    return text;
}

} // namespace stride
