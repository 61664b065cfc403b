#pragma once
// Race check (DOMAIN.md section 5, seed Q&A): can a gradual long-run progression from today's
// symptom-free level reach the race distance in time? Never hides a red run to keep a plan on track.

#include "core/model/model.hpp"
#include "core/rules/rule.hpp"

#include <vector>

namespace stride {

struct RaceWeek {
    Date week_start; // Monday
    int long_run_minutes = 0;
    double long_run_km = 0; // at the pace used
};

struct RaceCheck {
    bool planned = false; // false when no race is set (nothing else is filled in)
    bool fits = false;
    int start_minutes = 0;       // today's symptom-free level
    int target_minutes = 0;      // longest training run needed
    int pace_seconds_per_km = 0; // from runs with a distance, or the setting
    bool pace_from_runs = false;
    int weeks_available = 0; // whole weeks before the race week
    int weeks_needed = 0;
    std::vector<RaceWeek> weeks; // the plan, week by week (as far as it goes before the race week)
    std::string message;         // plain words, e.g. "Not enough time: ..."
    Rule rule;
};

RaceCheck check_race(const Plan& plan, Date today);

} // namespace stride
