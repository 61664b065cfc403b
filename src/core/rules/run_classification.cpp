#include "core/rules/run_classification.hpp"

#include "core/words/text.hpp"

#include <algorithm>
#include <array>

namespace stride {
namespace {

std::string pain(int value) {
    return pain_text(value);
}

struct Baseline {
    int value = kNotRecorded;
    BaselineFrom from = BaselineFrom::none;
    bool known() const { return from != BaselineFrom::none; }
};

// The pain the next morning must not exceed: the run's before-pain, or the usual morning pain when that is
// higher or no before-pain was recorded. Tendon pain is often worse in the morning (Goom), so comparing
// tomorrow morning with a pain-free afternoon before-value alone would call ordinary morning stiffness a
// flare-up.
Baseline baseline_for(const Plan& plan, const Run& run) {
    Baseline b;
    if (run.pain_before != kNotRecorded) b = {run.pain_before, BaselineFrom::before_run};
    if (const auto usual = usual_morning_pain(plan, run.date); usual && (!b.known() || *usual > b.value))
        b = {*usual, BaselineFrom::usual_morning};
    return b;
}

std::string baseline_words(const Baseline& b) {
    return b.from == BaselineFrom::before_run ? "before the run (" + pain(b.value) + ")"
                                              : "your usual morning pain (" + pain(b.value) + ")";
}

// How the next morning compared, for a run that settled.
std::string next_morning_words(const Run& run, const Baseline& b) {
    if (b.known()) return "next morning was no worse than " + baseline_words(b);
    if (run.pain_next_morning == 0) return "there was no pain next morning";
    return "you said next morning was no worse than your usual morning";
}

// Did the next morning rise above the baseline? nullopt: not known yet (no answer, or no baseline and the
// runner has not said whether it was worse than usual).
std::optional<bool> rose_next_morning(const Run& run, const Baseline& b) {
    if (run.pain_next_morning == kNotRecorded) return std::nullopt;
    if (b.known()) return run.pain_next_morning > b.value;
    if (run.pain_next_morning == 0) return false; // nothing can be lower than no pain
    if (run.next_morning_worse == Answer::not_asked) return std::nullopt;
    return run.next_morning_worse == Answer::yes;
}

} // namespace

std::optional<int> usual_morning_pain(const Plan& plan, Date day) {
    // Daily checks are kept in date order (apply() and plan_from_json() sort): search, never scan.
    const auto& checks = plan.daily_checks;
    const auto end = std::upper_bound(checks.begin(), checks.end(), day,
                                      [](Date d, const DailyCheck& c) { return d < c.date; });
    std::array<int, kUsualMorningChecks> pains{};
    std::size_t n = 0;
    for (auto it = end; it != checks.begin() && n < pains.size();) {
        --it;
        if (it->date < day - (kUsualMorningDays - 1)) break;
        pains[n++] = it->pain_at_rest;
    }
    if (n == 0) return std::nullopt;
    std::sort(pains.begin(), pains.begin() + static_cast<std::ptrdiff_t>(n));
    return pains[(n - 1) / 2];
}

Zone zone_so_far(const Settings& s, const Run& run) {
    const PainScale scale = pain_scale(s, PainKind::run);
    if (run.pain_during != kNotRecorded && scale.zone(run.pain_during) == Zone::red) return Zone::red;
    const int worst = std::max(run.pain_during, run.pain_after);
    return worst == kNotRecorded || scale.zone(worst) == Zone::green ? Zone::green : Zone::amber;
}

RunClassification classify_run(const Plan& plan, const Run& run, bool words) {
    const PainScale scale = pain_scale(plan.settings, PainKind::run);
    RunClassification c;
    c.run = run.id;
    const Baseline b = baseline_for(plan, run);
    c.baseline = b.value;
    c.baseline_from = b.from;
    const std::optional<bool> rose = rose_next_morning(run, b);
    const bool too_painful = scale.zone(run.pain_during) == Zone::red;
    // Without a baseline the 48-hour value has nothing to be compared with: shown, but not judged.
    const bool raised_at_48h = b.known() && run.pain_48h != kNotRecorded && run.pain_48h > b.value;

    if (too_painful || rose.value_or(false) || raised_at_48h) {
        c.zone = Zone::red;
        c.big_flare = raised_at_48h || (rose.value_or(false) && b.known() &&
                                        run.pain_next_morning - b.value >= plan.settings.big_flare_rise);
        if (!words) return c;
        if (too_painful)
            c.rule = {"Red: pain during the run reached " + pain(run.pain_during) + ", above the limit of " +
                          pain(scale.amber_max) + ".",
                      source::silbernagel};
        else if (rose.value_or(false) && b.known())
            c.rule = {"Red: pain the next morning (" + pain(run.pain_next_morning) + ") was higher than " +
                          baseline_words(b) + ", so the tendon did not settle.",
                      source::silbernagel};
        else if (rose.value_or(false))
            c.rule = {"Red: you said the next morning (" + pain(run.pain_next_morning) +
                          ") was worse than your usual morning, so the tendon did not settle.",
                      source::silbernagel};
        else
            c.rule = {"Red: pain was still raised 48 hours after the run (" + pain(run.pain_48h) +
                          ", higher than " + baseline_words(b) + ").",
                      source::goom};
        return c;
    }
    if (!rose) {
        c.zone = Zone::waiting;
        c.needs_comparison = run.pain_next_morning != kNotRecorded;
        if (!words) return c;
        c.rule =
            c.needs_comparison
                ? Rule{"Waiting: there is no pain before the run and no recent morning check to compare the "
                       "next morning's " +
                           pain(run.pain_next_morning) +
                           " with, so the app asks whether that is worse than your usual morning.",
                       source::silbernagel}
                : Rule{"Waiting: the tendon often reacts the next day, so this run is judged once "
                       "next-morning pain is logged.",
                       source::goom};
        return c;
    }
    const bool settled_after = run.pain_after == kNotRecorded || scale.zone(run.pain_after) == Zone::green;
    if (scale.zone(run.pain_during) == Zone::green && settled_after) {
        c.zone = Zone::green;
        if (!words) return c;
        c.rule = {"Green: pain during stayed at or below " + pain(scale.green_max) +
                      (run.pain_after == kNotRecorded ? "" : ", settled after the run,") + " and " +
                      next_morning_words(run, b) + ".",
                  source::goom_kongsgaard};
        return c;
    }
    c.zone = Zone::amber;
    if (!words) return c;
    c.rule = {scale.zone(run.pain_during) != Zone::green
                  ? "Amber: pain during reached " + pain(run.pain_during) + " (between " +
                        pain(scale.green_max + 1) + " and " + pain(scale.amber_max) + "), and " +
                        next_morning_words(run, b) + "."
                  : "Amber: pain right after the run was " + pain(run.pain_after) +
                        ", above the green limit, and " + next_morning_words(run, b) + ".",
              source::silbernagel};
    return c;
}

} // namespace stride
