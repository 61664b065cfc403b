#pragma once
// A week's pain at a glance, for the physio's report: the worst pain during a run and the morning checks
// (pain at rest and the daily test), Monday to Sunday, the same weeks as weekly_adherence.

#include "core/model/model.hpp"

#include <vector>

namespace stride {

struct WeekPain {
    Date week_start;                   // Monday
    int worst_run_pain = kNotRecorded; // the highest pain during a run that week
    int mornings = 0;                  // morning checks logged
    double rest_average = 0;           // their average pain at rest (when mornings > 0)
    int rest_highest = kNotRecorded;
    int task_highest = kNotRecorded; // the highest daily-test pain
};

// The `weeks` weeks ending with today's week, oldest first; entries after today are not counted.
std::vector<WeekPain> weekly_pain(const Plan& plan, Date today, int weeks);

} // namespace stride
