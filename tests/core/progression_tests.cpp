// The next-run suggestion: each kind, spacing, the spike guard, the weekly cap, warnings and tips.

#include "builders.hpp"

#include "core/rules/load_guard.hpp"
#include "core/rules/progression.hpp"

#include <algorithm>

using namespace stride;
using namespace stride::test;

namespace {
const Date kStart = day("2024-06-03"); // a Monday

int weekly_minutes_cap_for(const Plan& plan, Date day) {
    return weekly_cap(plan, day.week_start());
}

bool has(const std::vector<Advice>& list, AdviceKind kind) {
    return std::any_of(list.begin(), list.end(), [&](const Advice& a) { return a.kind == kind; });
}

// A ready runner at a prescribed level with green runs logged every other day before `kStart`.
Plan runner_at(int level, int runs_before = 0) {
    Plan plan = ready_plan(kStart - 40);
    plan.prescription = {true, kStart - 30, level, {}, {}, ""};
    for (int i = runs_before; i > 0; --i)
        add(plan, run(kStart - 2 * i, level, 0, 0, 0, 0));
    return plan;
}
} // namespace

TEST_CASE("not ready: the checklist decides before the first run, and says what to do") {
    Plan plan = make_plan(1);
    Suggestion s = suggest_next_run(plan, kStart);
    CHECK(s.kind == SuggestionKind::not_ready);
    CHECK(s.rest_today);
    CHECK(s.headline.find("Not ready") == 0);
    plan = ready_plan(kStart);
    s = suggest_next_run(plan, kStart);
    CHECK(s.kind == SuggestionKind::progress);
    CHECK(s.run.change == LevelChange::start);
    CHECK(s.run.minutes == 5);
    CHECK_FALSE(s.run.hills_allowed);
    CHECK_FALSE(s.run.speed_allowed);
    CHECK(s.run.earliest == kStart);
    CHECK(s.headline == "Start with 5 minutes easy on the flat (a treadmill is fine).");
    CHECK(s.rule.source.find("Goom") != std::string::npos);
}

TEST_CASE("wait for the next-morning pain before suggesting the next run") {
    Plan plan = ready_plan(kStart);
    const EntryId id = add(plan, run(kStart, 5, 0, 1, 0, kNotRecorded));
    Suggestion s = suggest_next_run(plan, kStart);
    CHECK(s.kind == SuggestionKind::wait_for_response);
    CHECK(s.waiting_for == id);
    CHECK(s.headline.find("Tomorrow morning") != std::string::npos);
    s = suggest_next_run(plan, kStart + 1);
    CHECK(s.kind == SuggestionKind::wait_for_response);
    CHECK(s.headline.find("How did your hamstring feel") == 0);
}

TEST_CASE("a rest day between runs early on; none above the ladder") {
    Plan plan = ready_plan(kStart);
    add(plan, run(kStart, 5, 0, 1, 0, 0));
    Suggestion s = suggest_next_run(plan, kStart + 1);
    CHECK(s.kind == SuggestionKind::rest);
    CHECK(s.rest_today);
    CHECK(s.run.earliest == kStart + 2);
    CHECK(has(s.warnings, AdviceKind::rest_day));
    CHECK(s.headline.find("Rest today. Next run: 5 minutes easy on the flat, from Wed 5 Jun 2024") == 0);
    s = suggest_next_run(plan, kStart + 2);
    CHECK(s.kind == SuggestionKind::hold);
    CHECK_FALSE(s.rest_today);

    Plan above = runner_at(40, 2);
    s = suggest_next_run(above, kStart - 1);
    CHECK(s.run.earliest == kStart - 1);
}

TEST_CASE("24 hours between strength work and a run, to the minute") {
    Plan plan = runner_at(40, 3);
    add(plan, strength_session(kStart, at(18)));
    Suggestion s = suggest_next_run(plan, kStart);
    CHECK(s.kind == SuggestionKind::rest);
    CHECK(s.run.earliest == kStart + 1);
    CHECK(s.run.earliest_time == at(18));
    CHECK(has(s.warnings, AdviceKind::strength_spacing));
    CHECK(s.rule.source.find("Magnusson") != std::string::npos);
    s = suggest_next_run(plan, kStart + 1); // the run may be done from 18:00 today
    CHECK(s.kind != SuggestionKind::rest);
    CHECK(s.run.earliest_time == at(18));
    plan.settings.strength_gap_hours = 36;
    s = suggest_next_run(plan, kStart + 1);
    CHECK(s.kind == SuggestionKind::rest);
    CHECK(s.run.earliest == kStart + 2);
    CHECK(s.run.earliest_time == at(6));
}

TEST_CASE("red: step back and rest at least 48 hours") {
    Plan plan = ready_plan(kStart);
    for (int i = 0; i < 4; ++i)
        add(plan, run(kStart + 2 * i, i < 2 ? 5 : 10, 0, 1, 0, 0));
    Run red = run(kStart + 8, 15, 0, 6, 4, 2);
    red.time = at(17);
    add(plan, red);
    Suggestion s = suggest_next_run(plan, kStart + 9);
    CHECK(s.kind == SuggestionKind::step_back);
    CHECK(s.run.minutes == 10);
    CHECK(s.run.change == LevelChange::down);
    CHECK(s.run.earliest == kStart + 10);
    CHECK(s.run.earliest_time == at(17));
    CHECK(s.rest_today);
    CHECK(s.headline.find("Your last run was red. Rest until") == 0);
    s = suggest_next_run(plan, kStart + 10);
    CHECK(s.kind == SuggestionKind::step_back);
    CHECK(s.headline.find("one step back") != std::string::npos);
}

TEST_CASE("two red runs within 14 days: see your physio; 14 days apart: not") {
    Plan plan = runner_at(20, 2);
    add(plan, run(kStart, 20, 0, 6, 3, 1));
    add(plan, run(kStart + 13, 15, 0, 6, 3, 1));
    Suggestion s = suggest_next_run(plan, kStart + 14);
    CHECK(s.kind == SuggestionKind::see_physio);
    CHECK(s.headline == "Please see your physio before running again.");
    CHECK(s.rule.text.find("2 red runs within 14 days") == 0);

    Plan apart = runner_at(20, 2);
    add(apart, run(kStart, 20, 0, 6, 3, 1));
    add(apart, run(kStart + 14, 15, 0, 6, 3, 1));
    CHECK(suggest_next_run(apart, kStart + 15).kind == SuggestionKind::step_back);
    // It stays until the physio's new prescription, not just until the first red is 14 days old.
    CHECK(suggest_next_run(plan, kStart + 30).kind == SuggestionKind::see_physio);

    // A new prescription from the physio starts afresh.
    plan.prescription = {true, kStart + 15, 5, {2, 1}, {}, "after review"};
    s = suggest_next_run(plan, kStart + 15);
    CHECK(s.kind == SuggestionKind::progress);
    CHECK(s.run.minutes == 5);
    CHECK(s.run.run_walk.run_minutes == 2);
}

TEST_CASE("pain at rest on three mornings in a row: see your physio") {
    Plan plan = runner_at(20, 2);
    add(plan, morning(kStart - 2, 1));
    add(plan, morning(kStart - 1, 1));
    CHECK(suggest_next_run(plan, kStart - 1).kind == SuggestionKind::rest);
    add(plan, morning(kStart, 2));
    CHECK(suggest_next_run(plan, kStart).kind == SuggestionKind::see_physio);
    CHECK(suggest_next_run(plan, kStart + 1).kind == SuggestionKind::see_physio); // today not logged yet
    add(plan, morning(kStart + 1, 0));
    CHECK(suggest_next_run(plan, kStart + 1).kind != SuggestionKind::see_physio);
}

TEST_CASE("the morning task: 3/10 tolerated, 4/10 means rest today") {
    Plan plan = runner_at(20, 2);
    add(plan, morning(kStart, 0, 3));
    CHECK(suggest_next_run(plan, kStart).kind == SuggestionKind::progress);
    Plan sore = runner_at(20, 2);
    add(sore, morning(kStart, 0, 4));
    const Suggestion s = suggest_next_run(sore, kStart);
    CHECK(s.kind == SuggestionKind::rest);
    CHECK(s.run.earliest == kStart + 1);
    CHECK(s.rule.text.find("4/10") != std::string::npos);
}

TEST_CASE("spike guard above the ladder: 10% longer than the longest recent run is fine, more is not") {
    Plan plan = runner_at(40, 3);
    CHECK_FALSE(has(check_planned_run(plan, kStart, 44), AdviceKind::spike));
    CHECK(has(check_planned_run(plan, kStart, 45), AdviceKind::spike));
    CHECK(has(check_planned_run(plan, kStart, 45), AdviceKind::longer_than_level));
    CHECK(check_planned_run(plan, kStart, 40).empty());
    plan.settings.spike_percent = 20;
    CHECK_FALSE(has(check_planned_run(plan, kStart, 48), AdviceKind::spike));
    CHECK(has(check_planned_run(plan, kStart, 49), AdviceKind::spike));
}

TEST_CASE("spike guard: the early ladder is exempt, but longer than the level always warns") {
    Plan plan = runner_at(10, 2);
    plan.runs.clear();
    add(plan, run(kStart - 2, 5, 0, 0, 0, 0));
    // 10 minutes is 100% over the longest recent run of 5, but a ladder step.
    CHECK(check_planned_run(plan, kStart, 10).empty());
    const auto over = check_planned_run(plan, kStart, 36);
    CHECK(has(over, AdviceKind::longer_than_level));
    CHECK_FALSE(has(over, AdviceKind::spike));
}

TEST_CASE("after a long break above the ladder the suggestion warns to start lower") {
    Plan plan = runner_at(40, 3);
    const Suggestion s = suggest_next_run(plan, kStart + 40);
    CHECK(has(s.warnings, AdviceKind::spike));
}

TEST_CASE("the weekly cap: 10% above the last symptom-free week, then the run is shortened") {
    Plan plan = ready_plan(kStart - 40);
    plan.prescription = {true, kStart - 14, 50, {}, {}, ""};
    // Last week (Mon kStart-7): 50 + 50 = 100 minutes, all green -> cap 110 this week.
    add(plan, run(kStart - 7, 50, 0, 0, 0, 0));
    add(plan, run(kStart - 5, 50, 0, 0, 0, 0));
    CHECK(check_planned_run(plan, kStart, 50).empty());
    add(plan, run(kStart, 50, 0, 0, 0, 0));
    add(plan, run(kStart + 2, 50, 0, 0, 0, 0)); // 100 so far: 10 left
    CHECK_FALSE(has(check_planned_run(plan, kStart + 3, 10), AdviceKind::weekly_cap));
    CHECK(has(check_planned_run(plan, kStart + 3, 11), AdviceKind::weekly_cap));
    Suggestion s = suggest_next_run(plan, kStart + 3);
    CHECK(s.run.minutes == 10);
    CHECK(has(s.warnings, AdviceKind::weekly_cap));
    add(plan, run(kStart + 3, 8, 0, 0, 0, 0)); // 108: 2 left, less than a useful run
    s = suggest_next_run(plan, kStart + 4);
    CHECK(s.kind == SuggestionKind::rest);
    CHECK(s.run.earliest == kStart + 7);
    CHECK(s.run.minutes == 55);                 // the two greens at 50 moved the level up
    plan.settings.weekly_increase_percent = 20; // cap 120: 12 minutes are left
    CHECK(suggest_next_run(plan, kStart + 4).run.minutes == 12);
}

TEST_CASE("a logged run longer than the level is warned about in the next suggestion") {
    Plan plan = ready_plan(kStart);
    add(plan, run(kStart, 36, 0, 2, 1, 0));
    const Suggestion s = suggest_next_run(plan, kStart + 2);
    REQUIRE(has(s.warnings, AdviceKind::longer_than_level));
    CHECK(s.warnings[0].rule.text.find("Your last run: 36 minutes is longer than your level of 5") == 0);
}

TEST_CASE("aggravators: long sitting or driving, and stretching, are warned about") {
    Plan plan = runner_at(20, 2);
    Aggravator a;
    a.date = kStart - 1;
    a.sitting_minutes = 60;
    a.driving_minutes = 59;
    add(plan, a);
    CHECK_FALSE(has(suggest_next_run(plan, kStart).warnings, AdviceKind::sitting));
    a.date = kStart;
    a.driving_minutes = 60;
    add(plan, a);
    const Suggestion s = suggest_next_run(plan, kStart);
    CHECK(has(s.warnings, AdviceKind::sitting));
    CHECK_FALSE(has(s.warnings, AdviceKind::stretching));
    a.date = kStart - 6;
    a.stretched_hamstring = true;
    add(plan, a);
    CHECK(has(suggest_next_run(plan, kStart).warnings, AdviceKind::stretching));
    CHECK_FALSE(has(suggest_next_run(plan, kStart + 1).warnings, AdviceKind::stretching));
}

TEST_CASE("tips: afternoon runs after a painful morning run, keep up strength, walk the hills") {
    Plan plan = runner_at(20, 2);
    Run r = run(kStart, 20, 0, 3, 1, 0);
    r.time = at(7);
    r.hills = true;
    add(plan, r);
    Suggestion s = suggest_next_run(plan, kStart + 2);
    CHECK(has(s.tips, AdviceKind::afternoon_runs));
    CHECK(has(s.tips, AdviceKind::keep_strength));
    CHECK(has(s.tips, AdviceKind::walk_hills));
    CHECK(has(s.tips, AdviceKind::avoid_sitting));
    CHECK(has(s.tips, AdviceKind::no_stretching));
    CHECK(has(s.warnings, AdviceKind::hills_locked));
    add(plan, strength_session(kStart - 3, at(8)));
    add(plan, strength_session(kStart - 1, at(8)));
    s = suggest_next_run(plan, kStart + 2);
    CHECK_FALSE(has(s.tips, AdviceKind::keep_strength));

    Plan evening = runner_at(20, 2);
    add(evening, run(kStart, 20, 0, 3, 1, 0)); // 17:00
    CHECK_FALSE(has(suggest_next_run(evening, kStart + 2).tips, AdviceKind::afternoon_runs));
}

TEST_CASE("older runs without a next-morning answer are pointed out") {
    Plan plan = ready_plan(kStart);
    add(plan, run(kStart, 5, 0, 1, 0, kNotRecorded));
    add(plan, run(kStart + 2, 5, 0, 1, 0, 0));
    CHECK(has(suggest_next_run(plan, kStart + 4).warnings, AdviceKind::unanswered_runs));
}

TEST_CASE("a strength session logged without a time counts as midday for the 24-hour gap") {
    Plan plan = runner_at(40, 3);
    add(plan, strength_session(kStart, LocalTime::unknown()));
    Suggestion s = suggest_next_run(plan, kStart);
    CHECK(s.kind == SuggestionKind::rest);
    CHECK(has(s.warnings, AdviceKind::strength_spacing));
    CHECK(s.run.earliest == kStart + 1);
    CHECK(s.run.earliest_time == at(12));
    CHECK(s.rule.source.find("Magnusson") != std::string::npos);
    // The next day the gap still warns until midday, and then the run may be done.
    s = suggest_next_run(plan, kStart + 1);
    CHECK(has(s.warnings, AdviceKind::strength_spacing));
    const auto spacing = std::find_if(s.warnings.begin(), s.warnings.end(),
                                      [](const Advice& a) { return a.kind == AdviceKind::strength_spacing; });
    CHECK(spacing->rule.text.find("counts as midday") != std::string::npos);
    CHECK(s.run.earliest_time == at(12));
    CHECK_FALSE(has(suggest_next_run(plan, kStart + 2).warnings, AdviceKind::strength_spacing));
}

TEST_CASE("a week full to its cap: the rest names the weekly cap, and the next run fits next week's cap") {
    Plan plan = ready_plan(kStart - 40);
    plan.prescription = {true, kStart - 14, 42, {}, {}, ""};
    // Last week 40 green minutes: the cap this week is 44. This week 42 already: 2 left, less than a useful
    // run.
    add(plan, run(kStart - 7, 20, 0, 0, 0, 0));
    add(plan, run(kStart - 5, 20, 0, 0, 0, 0));
    add(plan, run(kStart, 42, 0, 0, 0, 0));
    const Suggestion s = suggest_next_run(plan, kStart + 2);
    CHECK(s.kind == SuggestionKind::rest);
    CHECK(s.run.earliest == kStart + 7);
    CHECK(s.rule.text.find("weekly cap") != std::string::npos);
    CHECK(s.rule.text.find("rest day between runs") == std::string::npos);
    // Next week's cap: this week (42, all green) + 10% = 46; the run the screen suggests never exceeds a cap
    // any of its warnings state for that week.
    CHECK(s.run.minutes <= 46);
    for (const Advice& a : s.warnings) {
        if (a.kind != AdviceKind::weekly_cap) continue;
        CAPTURE(a.rule.text);
        CHECK(a.rule.text.find("week of") != std::string::npos); // each names the week it is about
    }
}

TEST_CASE("the suggested run never exceeds the weekly cap of the week it is for") {
    // A level above the cap left for next week: the run is cut to that week's cap.
    Plan plan = ready_plan(kStart - 40);
    plan.prescription = {true, kStart - 14, 46, {}, {}, ""};
    add(plan, run(kStart - 7, 20, 0, 0, 0, 0)); // last week: 40 -> cap 44 this week
    add(plan, run(kStart - 5, 20, 0, 0, 0, 0));
    add(plan, run(kStart, 40, 0, 0, 0, 0)); // this week: 40 green, 4 left -> next week, cap 44
    const Suggestion s = suggest_next_run(plan, kStart + 2);
    CHECK(s.run.earliest == kStart + 7);
    CHECK(s.run.minutes == 44);
    CHECK(weekly_minutes_cap_for(plan, s.run.earliest) == 44);
}

TEST_CASE("a red run at the first level says to stay there, not to step back to where the runner is") {
    Plan plan = ready_plan(kStart);
    add(plan, run(kStart, 5, kNotRecorded, 7, kNotRecorded, kNotRecorded));
    const Suggestion s = suggest_next_run(plan, kStart + 2);
    CHECK(s.kind == SuggestionKind::step_back);
    CHECK(s.run.minutes == 5);
    CHECK(s.rule.text.find("Stay at the first level, 5 minutes") != std::string::npos);
    CHECK(s.rule.text.find("Step back one level to 5 minutes") == std::string::npos);
}
