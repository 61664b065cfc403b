#include "core/rules/race_check.hpp"

#include "core/rules/levels.hpp"
#include "core/words/text.hpp"

#include <algorithm>
#include <cmath>

namespace stride {
namespace {

// Median pace of runs with a distance in the last 60 days, in seconds per km (0 when none).
int recent_pace(const Plan& plan, Date today) {
    std::vector<double> paces;
    for (const Run& r : plan.runs)
        if (r.distance_km > 0 && r.date <= today && r.date > today - 60)
            paces.push_back(r.minutes * 60.0 / r.distance_km);
    if (paces.empty()) return 0;
    std::sort(paces.begin(), paces.end());
    return static_cast<int>(std::lround(paces[paces.size() / 2]));
}

// The longest green run of the last 30 days, never above the level the engine prescribes now (so a
// recent red run's step back is kept); the engine's level when there is no green run.
int symptom_free_level(Date today, const LevelHistory& history) {
    int longest = 0;
    for (const LevelStep& step : history.steps)
        if (step.judged.zone == Zone::green && step.date > today - 30)
            longest = std::max(longest, step.run_minutes);
    return longest > 0 ? std::min(longest, history.current.minutes) : history.current.minutes;
}

} // namespace

RaceCheck check_race(const Plan& plan, Date today) {
    const Settings& s = plan.settings;
    RaceCheck c;
    c.planned = plan.race.planned;
    if (!c.planned) return c;
    c.rule = {"Map out a gradual long-run progression, about " + std::to_string(s.weekly_increase_percent) +
                  "% a week, with no speed work; be ready to pull out: there will always be more races.",
              source::qa};

    const LevelHistory history = replay_levels(plan, today);
    c.start_minutes = symptom_free_level(today, history);
    const int pace = recent_pace(plan, today);
    c.pace_from_runs = pace > 0;
    c.pace_seconds_per_km = c.pace_from_runs ? pace : s.race_pace_seconds_per_km;
    c.target_minutes = static_cast<int>(
        std::ceil(plan.race.distance_km * c.pace_seconds_per_km / 60.0 * s.race_long_run_percent / 100.0));

    const Date first_week = today.week_start() + 7;
    const Date race_week = plan.race.date.week_start();
    c.weeks_available = std::max(0, (race_week - first_week) / 7);
    if (plan.race.date <= today) {
        c.message = "The race date has passed. Set a new race to plan for it.";
        return c;
    }

    int minutes = c.start_minutes;
    while (minutes < c.target_minutes) {
        minutes =
            std::min(c.target_minutes, minutes + std::max(1, minutes * s.weekly_increase_percent / 100));
        ++c.weeks_needed;
        if (c.weeks_needed <= c.weeks_available)
            c.weeks.push_back(
                {first_week + 7 * (c.weeks_needed - 1), minutes, minutes * 60.0 / c.pace_seconds_per_km});
    }
    c.fits = c.weeks_needed <= c.weeks_available;

    const std::string red_note =
        !history.steps.empty() && history.steps.back().judged.zone == Zone::red
            ? " Your last run was red, so the plan starts from the stepped-back level."
            : "";
    const std::string target =
        std::to_string(c.target_minutes) + " minutes (about " +
        distance_text(plan.race.distance_km * s.race_long_run_percent / 100.0, plan.profile.distance_unit) +
        ")";
    if (c.fits)
        c.message =
            "There is time: going up about " + std::to_string(s.weekly_increase_percent) +
            "% a week from your symptom-free " + std::to_string(c.start_minutes) +
            " minutes reaches a long run of " + target + " in " + std::to_string(c.weeks_needed) +
            " weeks, before race week. No speed work; the tendon's response still decides each step." +
            red_note;
    else
        c.message = "Not enough time: from your symptom-free " + std::to_string(c.start_minutes) +
                    " minutes, a long run of " + target + " needs about " + std::to_string(c.weeks_needed) +
                    " weeks at " + std::to_string(s.weekly_increase_percent) + "% a week, and there are " +
                    std::to_string(c.weeks_available) +
                    " before race week. Consider a later race: there will always be more races." + red_note;
    return c;
}

} // namespace stride
