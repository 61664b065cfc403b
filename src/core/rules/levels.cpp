#include "core/rules/levels.hpp"

#include "core/words/text.hpp"

#include <algorithm>
#include <utility>

namespace stride {

bool above_ladder(const Settings& s, int minutes) {
    return minutes > s.ladder_top_minutes;
}

int next_level(const Settings& s, int minutes) {
    if (minutes < s.ladder_top_minutes) return std::min(minutes + s.level_step_minutes, s.ladder_top_minutes);
    return minutes + std::max(1, minutes * s.weekly_increase_percent / 100);
}

int previous_level(const Settings& s, int minutes) {
    if (minutes <= s.ladder_top_minutes)
        return std::max(s.first_level_minutes, minutes - s.level_step_minutes);
    return std::max(s.ladder_top_minutes, minutes * 100 / (100 + s.weekly_increase_percent));
}

std::string describe_run(int minutes, const RunWalk& run_walk) {
    std::string text = std::to_string(minutes) + " minutes";
    if (!run_walk.continuous())
        text += " as run " + std::to_string(run_walk.run_minutes) + " min / walk " +
                std::to_string(run_walk.walk_minutes) + " min";
    return text;
}

std::vector<const Run*> counted_runs(const Plan& plan, Date today) {
    return counted_runs(plan, today, plan.prescription);
}

std::vector<const Run*> counted_runs(const Plan& plan, Date today, const Prescription& prescription) {
    std::vector<const Run*> runs;
    runs.reserve(plan.runs.size());
    for (const Run& r : plan.runs)
        if (r.date <= today && (!prescription.set || r.date >= prescription.from)) runs.push_back(&r);
    // Plans keep runs in this order (model.hpp), so the sort is only a guard for hand-built lists; checking
    // first keeps the suggestion from sorting years of runs several times on every call.
    const auto earlier = [](const Run* a, const Run* b) {
        return minutes_since_epoch(a->date, a->time) < minutes_since_epoch(b->date, b->time);
    };
    if (!std::is_sorted(runs.begin(), runs.end(), earlier))
        std::stable_sort(runs.begin(), runs.end(), earlier);
    return runs;
}

namespace {

std::string levels_word(int n) {
    return n == 1 ? "one level" : std::to_string(n) + " levels";
}

void on_red(const Settings& s, LevelState& state, const RunClassification& judged, bool words) {
    const int steps = judged.big_flare ? s.big_flare_step_back_levels : s.step_back_levels;
    const int before = state.minutes;
    for (int i = 0; i < steps; ++i)
        state.minutes = previous_level(s, state.minutes);
    state.greens = state.ambers = 0;
    state.change = LevelChange::down;
    if (!words) return;
    // At the first level there is nowhere lower to go: say so, rather than "step back" to where they are.
    const std::string step =
        state.minutes == before
            ? " Stay at the first level, " + describe_run(state.minutes, state.run_walk)
            : " Step back " + levels_word(steps) + " to " + describe_run(state.minutes, state.run_walk);
    state.rule = {judged.rule.text + step + ", rest at least " + std::to_string(s.rest_hours_after_red) +
                      " hours, and keep up strength work.",
                  source::goom};
}

void on_amber(const Settings& s, LevelState& state, const RunClassification& judged, bool words) {
    state.greens = 0;
    ++state.ambers;
    state.change = LevelChange::same;
    if (state.ambers < s.ambers_before_change) {
        if (words) state.rule = {judged.rule.text + " Repeat the same run.", source::silbernagel};
        return;
    }
    state.ambers = 0;
    if (state.run_walk.continuous()) {
        state.run_walk = {s.run_walk_run_minutes, s.run_walk_walk_minutes};
        if (words)
            state.rule = {std::to_string(s.ambers_before_change) +
                              " amber runs in a row: keep the same time but use a run/walk pattern.",
                          source::goom};
    } else {
        state.minutes = previous_level(s, state.minutes);
        state.change = LevelChange::down;
        if (words)
            state.rule = {std::to_string(s.ambers_before_change) +
                              " amber runs in a row even with run/walk: a shorter run, one level down.",
                          source::goom};
    }
}

void on_green(const Settings& s, LevelState& state, const Run& run, const RunClassification& judged,
              bool words) {
    state.ambers = 0;
    state.change = LevelChange::same;
    if (run.minutes < state.minutes) {
        if (words)
            state.rule = {judged.rule.text + " It was shorter than your level of " +
                              std::to_string(state.minutes) +
                              " minutes, so it does not count towards going up.",
                          source::app};
        return;
    }
    ++state.greens;
    if (state.greens < s.greens_to_progress) {
        if (words)
            state.rule = {judged.rule.text + " Repeat this level once more before going up (" +
                              std::to_string(state.greens) + " of " + std::to_string(s.greens_to_progress) +
                              " green).",
                          source::goom};
        return;
    }
    if (state.minutes >= s.ladder_top_minutes && state.last_level_up &&
        run.date - *state.last_level_up < s.days_between_level_ups) {
        if (words)
            state.rule = {judged.rule.text + " Above " + std::to_string(s.ladder_top_minutes) +
                              " minutes you go up at most once every " +
                              std::to_string(s.days_between_level_ups) + " days (about " +
                              std::to_string(s.weekly_increase_percent) + "% a week).",
                          source::goom};
        return;
    }
    state.greens = 0;
    state.last_level_up = run.date;
    state.change = LevelChange::up;
    if (!state.run_walk.continuous()) {
        state.run_walk.run_minutes += s.run_walk_step_minutes;
        if (state.run_walk.run_minutes >= s.run_walk_continuous_at) state.run_walk = {};
        if (words)
            state.rule = {std::to_string(s.greens_to_progress) +
                              " green runs: build the run part of your run/walk (" +
                              describe_run(state.minutes, state.run_walk) + ").",
                          source::goom};
        return;
    }
    state.minutes = next_level(s, state.minutes);
    if (words)
        state.rule = {std::to_string(s.greens_to_progress) +
                          " green runs at this level: go up one level to " + std::to_string(state.minutes) +
                          " minutes.",
                      source::goom};
}

// Moves the level for one judged run (not waiting).
void step_level(const Settings& s, LevelState& state, const Run& run, const RunClassification& judged,
                bool words) {
    switch (judged.zone) {
    case Zone::red:
        on_red(s, state, judged, words);
        break;
    case Zone::amber:
        on_amber(s, state, judged, words);
        break;
    case Zone::green:
        on_green(s, state, run, judged, words);
        break;
    case Zone::waiting:
        break;
    }
}

} // namespace

LevelHistory replay_levels(const Plan& plan, Date today) {
    return replay_levels(plan, today, plan.prescription);
}

LevelHistory replay_levels(const Plan& plan, Date today, const Prescription& prescription) {
    const Settings& s = plan.settings;
    LevelHistory history;
    LevelState& state = history.current;
    const bool prescribed = prescription.set && prescription.level_minutes > 0;
    state.minutes = prescribed ? prescription.level_minutes : s.first_level_minutes;
    state.run_walk = prescription.set ? prescription.run_walk : RunWalk{};
    const Rule start =
        prescribed ? Rule{"Your physio's prescription: start at " +
                              describe_run(state.minutes, state.run_walk) + ".",
                          "Your physio (prescription from " + day_text(prescription.from) + ")"}
                   : Rule{"Start small: " + std::to_string(state.minutes) + " minutes easy on the flat.",
                          source::goom};

    // Every run moves the numbers, but only the newest step's words are ever read (the level's rule is
    // the one its last run set): years of history would otherwise build thousands of sentences on every
    // call. So the replay runs without words and the last step is then redone with them, from the state
    // before it.
    const auto runs = counted_runs(plan, today, prescription);
    history.steps.reserve(runs.size());
    LevelState before_last = state;
    const Run* last = nullptr;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Run& run = *runs[i];
        LevelStep step;
        step.run = run.id;
        step.date = run.date;
        step.run_minutes = run.minutes;
        step.judged = classify_run(plan, run, false);
        if (step.judged.zone == Zone::waiting) {
            if (i + 1 == runs.size()) history.waiting_for = run.id;
            // An older run never answered cannot move the level; later runs speak for the tendon.
            continue;
        }
        step.level_before = state.minutes;
        step.longer_than_level = run.minutes > state.minutes;
        before_last = state;
        last = &run;
        step_level(s, state, run, step.judged, false);
        step.level_after = state.minutes;
        step.run_walk_after = state.run_walk;
        step.change = state.change;
        history.steps.push_back(std::move(step));
    }
    if (!last) {
        state.rule = start;
        return history;
    }
    // The level after the last step is the worded replay's: had the two ways diverged, the current level
    // would differ from the last step's level_after (tests/core/levels_tests.cpp checks they agree).
    LevelStep& step = history.steps.back();
    step.judged = classify_run(plan, *last);
    step_level(s, before_last, *last, step.judged, true);
    step.rule = before_last.rule;
    state = std::move(before_last);
    return history;
}

} // namespace stride
