#pragma once
// Hills and speed work stay out until the target is reached and the last runs were pain free
// (DOMAIN.md section 4). Derived every time: a painful run locks them again.

#include "core/model/model.hpp"
#include "core/rules/rule.hpp"

namespace stride {

struct Unlocks {
    bool hills = false;
    bool speed_work = false;
    int pain_free_in_row = 0; // latest runs in a row with no pain at all (before, during, after, next day)
    int pain_free_needed = 0;
    bool target_reached = false; // one of those runs reached the goal
    Rule rule;
};

Unlocks check_unlocks(const Plan& plan, Date today);

// True when every pain recorded for the run is 0 and next-morning pain is known.
bool pain_free(const Run& run);
// True when the run reaches the goal: by distance when both have one, otherwise by minutes.
bool reaches_goal(const Goal& goal, const Run& run);

} // namespace stride
