// The level engine: the minute ladder, green twice -> up, amber -> hold / run-walk / shorter,
// red -> step back, and at most one step a week above the ladder.

#include "builders.hpp"

#include "core/rules/levels.hpp"

#include <algorithm>

using namespace stride;
using namespace stride::test;

namespace {
const Date kStart = day("2024-06-03");

// Logs runs every other day with the given (minutes, during, next-morning) and returns the level state.
LevelState after(Plan& plan, std::initializer_list<std::array<int, 3>> runs, Date start = kStart) {
    Date d = start;
    for (const auto& [minutes, during, next] : runs) {
        add(plan, run(d, minutes, 0, during, 0, next));
        d = d + 2;
    }
    return replay_levels(plan, d).current;
}
} // namespace

TEST_CASE("the ladder goes 5 to 30 in 5-minute steps, then about 10% a step") {
    const Settings s;
    CHECK(next_level(s, 5) == 10);
    CHECK(next_level(s, 25) == 30);
    CHECK(next_level(s, 30) == 33);
    CHECK(next_level(s, 60) == 66);
    CHECK(previous_level(s, 10) == 5);
    CHECK(previous_level(s, 5) == 5);
    CHECK(previous_level(s, 33) == 30);
    CHECK(previous_level(s, 66) == 60);
    CHECK_FALSE(above_ladder(s, 30));
    CHECK(above_ladder(s, 31));
}

TEST_CASE("the first level is 5 minutes, or the physio's prescription") {
    Plan plan = make_plan(1);
    CHECK(replay_levels(plan, kStart).current.minutes == 5);
    plan.prescription = {true, kStart, 15, {3, 1}, {}, ""};
    const LevelState s = replay_levels(plan, kStart).current;
    CHECK(s.minutes == 15);
    CHECK(s.run_walk.run_minutes == 3);
    CHECK(s.rule.source.find("physio") != std::string::npos);
}

TEST_CASE("two green runs at a level go up one level; one does not") {
    Plan plan = make_plan(1);
    CHECK(after(plan, {{5, 1, 0}}).minutes == 5);
    const LevelState s = after(plan, {{5, 1, 0}}, kStart + 2);
    CHECK(s.minutes == 10);
    CHECK(s.change == LevelChange::up);
    CHECK(s.rule.text.find("go up one level to 10 minutes") != std::string::npos);
}

TEST_CASE("greens_to_progress set by a physio changes when the level goes up") {
    Plan plan = make_plan(1);
    plan.settings.greens_to_progress = 3;
    CHECK(after(plan, {{5, 0, 0}, {5, 0, 0}}).minutes == 5);
    CHECK(after(plan, {{5, 0, 0}}, kStart + 4).minutes == 10);
}

TEST_CASE("a green run shorter than the level does not count towards going up") {
    Plan plan = make_plan(1);
    const LevelState s = after(plan, {{5, 0, 0}, {5, 0, 0}, {10, 0, 0}, {6, 0, 0}});
    CHECK(s.minutes == 10);
    CHECK(s.greens == 1);
    CHECK(s.rule.text.find("shorter than your level") != std::string::npos);
}

TEST_CASE("amber holds the level and resets the green count") {
    Plan plan = make_plan(1);
    const LevelState s = after(plan, {{5, 0, 0}, {5, 3, 0}, {5, 0, 0}});
    CHECK(s.minutes == 5);
    CHECK(s.greens == 1);
}

TEST_CASE("amber twice in a row switches to run/walk, then a shorter run") {
    Plan plan = make_plan(1);
    LevelState s = after(plan, {{5, 0, 0}, {5, 0, 0}, {10, 0, 0}, {10, 0, 0}, {15, 3, 0}, {15, 4, 0}});
    CHECK(s.minutes == 15);
    CHECK(s.run_walk.run_minutes == 2);
    CHECK(s.run_walk.walk_minutes == 1);
    CHECK(s.change == LevelChange::same);
    s = after(plan, {{15, 3, 0}, {15, 3, 0}}, kStart + 12);
    CHECK(s.minutes == 10);
    CHECK(s.change == LevelChange::down);
    CHECK(s.run_walk.run_minutes == 2);
}

TEST_CASE("green run/walk builds the run part, then drops the walk breaks") {
    Plan plan = make_plan(1);
    plan.prescription = {true, kStart, 10, {3, 1}, {}, ""};
    LevelState s = after(plan, {{10, 0, 0}, {10, 0, 0}});
    CHECK(s.minutes == 10);
    CHECK(s.run_walk.run_minutes == 4);
    s = after(plan, {{10, 0, 0}, {10, 0, 0}}, kStart + 4);
    CHECK(s.run_walk.continuous());
    CHECK(s.minutes == 10);
    s = after(plan, {{10, 0, 0}, {10, 0, 0}}, kStart + 8);
    CHECK(s.minutes == 15);
}

TEST_CASE("red steps back one level, a big flare two") {
    Plan plan = make_plan(1);
    LevelState s =
        after(plan, {{5, 0, 0}, {5, 0, 0}, {10, 0, 0}, {10, 0, 0}, {15, 0, 0}, {15, 0, 0}, {20, 6, 0}});
    CHECK(s.minutes == 15);
    CHECK(s.change == LevelChange::down);
    CHECK(s.rule.text.find("rest at least 48 hours") != std::string::npos);
    s = after(plan, {{15, 1, 3}}, kStart + 14);
    CHECK(s.minutes == 5);
}

TEST_CASE("above the ladder the level goes up at most once every 7 days") {
    Plan plan = make_plan(1);
    plan.prescription = {true, kStart, 30, {}, {}, ""};
    // Daily green runs: 30 -> 33 after two, then the next two greens are within 7 days of that step.
    Date d = kStart;
    for (int i = 0; i < 4; ++i, d = d + 1)
        add(plan, run(d, i < 2 ? 30 : 33, 0, 0, 0, 0));
    LevelHistory h = replay_levels(plan, d);
    CHECK(h.current.minutes == 33);
    CHECK(h.current.rule.text.find("at most once every 7 days") != std::string::npos);
    add(plan, run(kStart + 8, 33, 0, 0, 0, 0)); // 7 days after the step on kStart + 1
    h = replay_levels(plan, kStart + 8);
    CHECK(h.current.minutes == 36);
}

TEST_CASE("a run longer than the level is marked, and counts as green at the level") {
    Plan plan = make_plan(1);
    add(plan, run(kStart, 36, 0, 1, 0, 0));
    const LevelHistory h = replay_levels(plan, kStart + 1);
    REQUIRE(h.steps.size() == 1);
    CHECK(h.steps[0].longer_than_level);
    CHECK(h.steps[0].level_before == 5);
}

TEST_CASE("only the latest unanswered run waits; older ones are skipped; future and pre-prescription runs "
          "ignored") {
    Plan plan = make_plan(1);
    add(plan, run(kStart, 5, 0, 0, 0, kNotRecorded));
    add(plan, run(kStart + 2, 5, 0, 0, 0, 0));
    add(plan, run(kStart + 4, 5, 0, 0, 0, kNotRecorded));
    add(plan, run(kStart + 30, 5, 0, 9, 0, 9));
    LevelHistory h = replay_levels(plan, kStart + 5);
    CHECK(h.steps.size() == 1);
    REQUIRE(h.waiting_for.has_value());
    CHECK(*h.waiting_for == plan.runs[2].id);
    plan.prescription = {true, kStart + 3, 10, {}, {}, ""};
    h = replay_levels(plan, kStart + 5);
    CHECK(h.steps.empty());
    CHECK(h.current.minutes == 10);
}

TEST_CASE("over years of runs the level's words come from the newest step and agree with its numbers") {
    const Date last = day("2025-06-29");
    const Plan plan = long_history(last, 52 * 3);
    const LevelHistory full = replay_levels(plan, last);
    REQUIRE(full.steps.size() > 500);
    const auto changed = [&](LevelChange c) {
        return std::count_if(full.steps.begin(), full.steps.end(),
                             [&](const LevelStep& s) { return s.change == c; });
    };
    REQUIRE(changed(LevelChange::up) > 3); // the history exercises every way the level moves
    REQUIRE(changed(LevelChange::down) > 3);
    REQUIRE(changed(LevelChange::same) > 3);
    for (Date d = last - 52 * 3 * 7 + 3; d <= last; d = d + 5) {
        CAPTURE(d.iso());
        const LevelHistory h = replay_levels(plan, d);
        REQUIRE(h.steps.size() <= full.steps.size());
        for (std::size_t i = 0; i < h.steps.size(); ++i) { // a replay to an earlier day is a prefix
            CHECK(h.steps[i].run == full.steps[i].run);
            CHECK(h.steps[i].level_after == full.steps[i].level_after);
            CHECK(h.steps[i].change == full.steps[i].change);
        }
        REQUIRE_FALSE(h.current.rule.text.empty());
        if (h.steps.empty()) continue;
        const LevelStep& newest = h.steps.back();
        CHECK(h.current.minutes == newest.level_after);
        CHECK(h.current.change == newest.change);
        CHECK(h.current.run_walk.run_minutes == newest.run_walk_after.run_minutes);
        CHECK(h.current.rule.text == newest.rule.text);
        const auto run = std::find_if(plan.runs.begin(), plan.runs.end(),
                                      [&](const Run& r) { return r.id == newest.run; });
        REQUIRE(run != plan.runs.end());
        CHECK(newest.judged.rule.text == classify_run(plan, *run).rule.text);
        CHECK(newest.judged.zone == classify_run(plan, *run, false).zone);
    }
}

TEST_CASE("counted runs come out in time order even from a hand-built list out of order") {
    Plan plan = make_plan(1);
    plan.runs = {run(kStart + 4, 10, 0, 0, 0, 0), run(kStart, 5, 0, 0, 0, 0), run(kStart + 2, 5, 0, 0, 0, 0)};
    plan.runs[1].time = at(9);
    Run same_day_earlier = run(kStart + 4, 15, 0, 0, 0, 0);
    same_day_earlier.time = at(8);
    plan.runs.push_back(same_day_earlier);
    const auto runs = counted_runs(plan, kStart + 10);
    REQUIRE(runs.size() == 4);
    CHECK(runs[0]->date == kStart);
    CHECK(runs[1]->date == kStart + 2);
    CHECK(runs[2]->minutes == 15);
    CHECK(runs[3]->minutes == 10);
}
