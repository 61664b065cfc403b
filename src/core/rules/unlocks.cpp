#include "core/rules/unlocks.hpp"

#include "core/rules/levels.hpp"
#include "core/words/text.hpp"

namespace stride {

// No pain during and the next morning (the two answers every judged run has), and none in any pain that was
// recorded besides: a pain the runner did not record is neither counted as 0 nor held against the run.
bool pain_free(const Run& r) {
    const auto none = [](int pain) { return pain == kNotRecorded || pain == 0; };
    return r.pain_during == 0 && r.pain_next_morning == 0 && none(r.pain_before) && none(r.pain_after) &&
           none(r.pain_48h);
}

bool reaches_goal(const Goal& goal, const Run& run) {
    if (goal.target_km > 0 && run.distance_km > 0) return run.distance_km >= goal.target_km;
    return run.minutes >= goal.target_minutes;
}

Unlocks check_unlocks(const Plan& plan, Date today) {
    Unlocks u;
    u.pain_free_needed = plan.settings.unlock_pain_free_runs;
    const auto runs = counted_runs(plan, today);
    for (auto it = runs.rbegin(); it != runs.rend() && pain_free(**it); ++it) {
        ++u.pain_free_in_row;
        if (u.pain_free_in_row <= u.pain_free_needed && reaches_goal(plan.goal, **it))
            u.target_reached = true;
    }
    const std::string target = plan.goal.target_km > 0
                                   ? decimal_text(plan.goal.target_km) + " km"
                                   : std::to_string(plan.goal.target_minutes) + " minutes";
    u.hills = u.speed_work = u.pain_free_in_row >= u.pain_free_needed && u.target_reached;
    if (u.hills)
        u.rule = {"Your target (" + target + ") is reached and your last " +
                      std::to_string(u.pain_free_needed) +
                      " runs were pain free: you may add hills or speed work, over a short distance first.",
                  source::goom};
    else
        u.rule = {"Keep to flat, easy running: hills and speed work wait until you reach your target (" +
                      target + ") with " + std::to_string(u.pain_free_needed) +
                      " pain-free runs in a row (now " + std::to_string(u.pain_free_in_row) +
                      (u.target_reached ? ", target reached" : "") + ").",
                  source::goom};
    return u;
}

} // namespace stride
