#include "core/rules/run_classification.hpp"

#include "core/words/text.hpp"

#include <algorithm>

namespace stride {
namespace {

std::string pain(int value) {
    return pain_text(value);
}

// The pain that next-morning pain must not exceed: the run's before-pain, or that morning's pain at rest
// when higher. Tendon pain is often worse in the morning (seed), so comparing tomorrow morning with a
// pain-free afternoon before-value alone would call ordinary morning stiffness a flare-up.
int baseline_for(const Plan& plan, const Run& run) {
    // Daily checks are kept in date order (apply() and plan_from_json() sort), so search, don't scan:
    // years of history make this the hottest loop of the rules.
    int baseline = run.pain_before;
    const auto first = std::lower_bound(plan.daily_checks.begin(), plan.daily_checks.end(), run.date,
                                        [](const DailyCheck& c, Date d) { return c.date < d; });
    for (auto it = first; it != plan.daily_checks.end() && it->date == run.date; ++it)
        baseline = std::max(baseline, it->pain_at_rest);
    return baseline;
}

} // namespace

RunClassification classify_run(const Plan& plan, const Run& run, bool words) {
    const Settings& s = plan.settings;
    RunClassification c;
    c.run = run.id;
    c.baseline = baseline_for(plan, run);
    const bool rose_next_morning =
        run.pain_next_morning != kNotRecorded && run.pain_next_morning > c.baseline;
    const bool raised_at_48h = run.pain_48h != kNotRecorded && run.pain_48h > c.baseline;

    if (run.pain_during > s.amber_max_pain || rose_next_morning || raised_at_48h) {
        c.zone = Zone::red;
        c.big_flare =
            raised_at_48h || (rose_next_morning && run.pain_next_morning - c.baseline >= s.big_flare_rise);
        if (!words) return c;
        if (run.pain_during > s.amber_max_pain)
            c.rule = {"Red: pain during the run reached " + pain(run.pain_during) + ", above the limit of " +
                          pain(s.amber_max_pain) + ".",
                      source::silbernagel};
        else if (rose_next_morning)
            c.rule = {"Red: pain the next morning (" + pain(run.pain_next_morning) +
                          ") was higher than before the run (" + pain(c.baseline) +
                          "), so the tendon did not settle.",
                      source::silbernagel};
        else
            c.rule = {"Red: pain was still raised 48 hours after the run (" + pain(run.pain_48h) + ").",
                      source::goom};
        return c;
    }
    if (run.pain_next_morning == kNotRecorded) {
        c.zone = Zone::waiting;
        if (!words) return c;
        c.rule = {
            "Waiting: the tendon often reacts the next day, so this run is judged once next-morning pain is "
            "logged.",
            source::goom};
        return c;
    }
    if (run.pain_during <= s.green_max_pain && run.pain_after <= s.green_max_pain) {
        c.zone = Zone::green;
        if (!words) return c;
        c.rule = {"Green: pain during stayed at or below " + pain(s.green_max_pain) +
                      ", settled after the run, and next morning was no worse than before.",
                  source::goom_kongsgaard};
        return c;
    }
    c.zone = Zone::amber;
    if (!words) return c;
    c.rule = {run.pain_during > s.green_max_pain
                  ? "Amber: pain during reached " + pain(run.pain_during) + " (between " +
                        pain(s.green_max_pain + 1) + " and " + pain(s.amber_max_pain) +
                        ") but settled by next morning."
                  : "Amber: pain right after the run was " + pain(run.pain_after) +
                        ", above the green limit, but settled by next morning.",
              source::silbernagel};
    return c;
}

} // namespace stride
