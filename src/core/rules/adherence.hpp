#pragma once
// Adherence: per week (Monday to Sunday), what was done against what the plan asks for. Strength work is
// prescribed as sessions a week (the setting strength_sessions_per_week, with the physio's programme);
// runs have no weekly count in the plan, so a week's runs are counted and their minutes totalled, and
// each run is compared with the level it was run at (minutes planned vs done).

#include "core/model/model.hpp"

#include <vector>

namespace stride {

struct WeekAdherence {
    Date week_start;             // Monday
    int runs = 0;                // runs done that week
    int run_minutes = 0;         // their minutes, walk breaks included
    int planned_run_minutes = 0; // what the level asked of those runs (minutes planned for the runs done)
    int strength_sessions = 0;   // strength sessions done
    int strength_planned = 0;    // sessions a week the plan asks for
    bool programme = false;      // the physio prescribed a strength programme
    bool partial = false;        // the week holds today: it is not over yet
};

// The `weeks` weeks ending with today's week, oldest first. Entries after today are not counted.
std::vector<WeekAdherence> weekly_adherence(const Plan& plan, Date today, int weeks);

} // namespace stride
