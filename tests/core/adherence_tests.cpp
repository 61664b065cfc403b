// Adherence per week: runs and strength sessions done against what the plan asks for, and its words.

#include "builders.hpp"

#include "core/rules/adherence.hpp"
#include "core/rules/week_pain.hpp"
#include "core/words/adherence_words.hpp"
#include "core/words/text.hpp"

using namespace stride;
using namespace stride::test;

namespace {
const Date kMonday = day("2024-06-03");

StrengthSession session_on(Date date) {
    StrengthSession s;
    s.date = date;
    s.time = at(9);
    s.exercises = {{"Bridge", 3, 10, 0, ""}};
    return s;
}
} // namespace

TEST_CASE("weeks run Monday to Sunday: a Sunday session counts in its week, a Monday one in the next") {
    Plan plan = ready_plan(kMonday - 14);
    plan.prescription.strength_programme = {{"Bridge", 3, 10, 0, "slow"}};
    plan.settings.strength_sessions_per_week = 3;
    add(plan, session_on(kMonday - 1)); // Sunday of the week before
    add(plan, session_on(kMonday));     // Monday
    add(plan, session_on(kMonday + 6)); // Sunday
    add(plan, session_on(kMonday + 7)); // the next Monday: after today
    const auto weeks = weekly_adherence(plan, kMonday + 6, 2);
    REQUIRE(weeks.size() == 2);
    CHECK(weeks[0].week_start == kMonday - 7);
    CHECK(weeks[0].strength_sessions == 1);
    CHECK_FALSE(weeks[0].partial);
    CHECK(weeks[1].week_start == kMonday);
    CHECK(weeks[1].strength_sessions == 2); // the one after today is not counted
    CHECK(weeks[1].strength_planned == 3);
    CHECK(weeks[1].programme);
    CHECK(weeks[1].partial);
    // Weeks before the first asked for are left out.
    CHECK(weekly_adherence(plan, kMonday + 6, 1).at(0).strength_sessions == 2);
    CHECK(weekly_adherence(plan, kMonday + 6, 0).empty());
}

TEST_CASE("a week's runs: count, minutes done and the minutes their level asked for") {
    Plan plan = ready_plan(kMonday - 7);
    add(plan, run(kMonday, 5, 0, 1, 0, 0));      // first level: 5 minutes asked, 5 run
    add(plan, run(kMonday + 2, 8, 0, 1, 0, 0));  // 5 asked, 8 run (longer than the level)
    add(plan, run(kMonday + 7, 10, 0, 1, 0, 0)); // next week
    const auto weeks = weekly_adherence(plan, kMonday + 8, 2);
    REQUIRE(weeks.size() == 2);
    CHECK(weeks[0].runs == 2);
    CHECK(weeks[0].run_minutes == 13);
    CHECK(weeks[0].planned_run_minutes == 10);
    CHECK(weeks[1].runs == 1);
    CHECK(weeks[1].run_minutes == 10);
    CHECK(weeks[1].planned_run_minutes == 10); // two greens at 5 minutes: up to 10
    CHECK_FALSE(weeks[0].programme);
    CHECK(runs_week_words(weeks[0]) == "2 runs, 13 min (planned 10)");
    CHECK(runs_week_words(WeekAdherence{}) == "no runs");
}

TEST_CASE("this week's strength words say what was done first and never blame") {
    WeekAdherence w;
    w.strength_planned = 2;
    w.partial = true;
    CHECK(strength_week_words(w) ==
          "This week: your programme asks for 2 strength sessions. A session today is a good start.");
    w.strength_sessions = 1;
    CHECK(strength_week_words(w) ==
          "This week: 1 of 2 strength sessions done. One more keeps your tendon strong.");
    w.strength_sessions = 2;
    CHECK(strength_week_words(w).rfind("This week: 2 of 2 strength sessions done. Well done", 0) == 0);
    w.strength_sessions = 3; // more than asked is fine
    CHECK(strength_week_words(w).find("Well done") != std::string::npos);
    w.strength_planned = 1;
    w.strength_sessions = 0;
    CHECK(strength_week_words(w) ==
          "This week: your programme asks for 1 strength session. A session today is a good start.");
    w.strength_planned = 0;
    CHECK(strength_week_words(w).empty());
    for (const char* shaming : {"missed", "failed", "only", "behind"}) {
        WeekAdherence low;
        low.strength_planned = 3;
        low.strength_sessions = 1;
        CHECK(strength_week_words(low).find(shaming) == std::string::npos);
    }
}

TEST_CASE("counts read with the noun in the right number") {
    CHECK(count_words(1, "run") == "1 run");
    CHECK(count_words(0, "run") == "0 runs");
    CHECK(count_words(2, "physio entry") == "2 physio entries");
    CHECK(count_words(1, "physio entry") == "1 physio entry");
    CHECK(count_words(3, "sitting, driving or stretching entry") ==
          "3 sitting, driving or stretching entries");
    CHECK(count_words(2, "daily check") == "2 daily checks");
    CHECK(count_words(2, "day") == "2 days");
    CHECK(count_words(2, "box") == "2 boxes");
}

TEST_CASE("a week's pain: the worst run, and the morning checks' average and highest, Monday to Sunday") {
    Plan plan = make_plan(1);
    add(plan, run(kMonday - 1, 10, 0, 4, 0, 0)); // Sunday: the week before
    add(plan, run(kMonday, 10, 0, 2, 0, 0));
    add(plan, run(kMonday + 6, 10, 0, 3, 0, 0)); // Sunday
    add(plan, run(kMonday + 7, 10, 0, 9, 0, 0)); // after today
    add(plan, morning(kMonday, 1, 2));
    add(plan, morning(kMonday + 3, 2));
    add(plan, morning(kMonday + 6, 0, 4));
    const auto weeks = weekly_pain(plan, kMonday + 6, 2);
    REQUIRE(weeks.size() == 2);
    CHECK(weeks[0].week_start == kMonday - 7);
    CHECK(weeks[0].worst_run_pain == 4);
    CHECK(weeks[0].mornings == 0);
    CHECK(weeks[0].rest_highest == kNotRecorded);
    CHECK(weeks[1].worst_run_pain == 3);
    CHECK(weeks[1].mornings == 3);
    CHECK(weeks[1].rest_average == doctest::Approx(1.0));
    CHECK(weeks[1].rest_highest == 2);
    CHECK(weeks[1].task_highest == 4);
    CHECK(weekly_pain(plan, kMonday, 0).empty());
}

TEST_CASE("the physio reads a finished week short of the programme plainly; this week is not judged yet") {
    WeekAdherence w;
    w.strength_planned = 3;
    w.strength_sessions = 2;
    CHECK(strength_week_physio_words(w) == "2 of 3, fewer than planned");
    w.partial = true;
    CHECK(strength_week_physio_words(w) == "2 of 3");
    w.partial = false;
    w.strength_sessions = 3; // exactly as planned
    CHECK(strength_week_physio_words(w) == "3 of 3");
    w.strength_planned = 0;
    w.strength_sessions = 0;
    CHECK(strength_week_physio_words(w) == "0 of 0");
}

TEST_CASE("this week's runs for the runner: minutes done against planned, encouraging either way") {
    WeekAdherence w;
    w.partial = true;
    CHECK(runs_week_runner_words(w).empty()); // no runs yet: nothing to say
    w.runs = 2;
    w.run_minutes = 30;
    w.planned_run_minutes = 30;
    CHECK(runs_week_runner_words(w) == "This week: 2 runs, 30 of 30 planned minutes, as your levels asked.");
    w.run_minutes = 29;
    CHECK(runs_week_runner_words(w) ==
          "This week: 2 runs, 29 of 30 planned minutes. Shorter is fine when your tendon asks for it.");
    w.run_minutes = 31;
    CHECK(runs_week_runner_words(w) ==
          "This week: 2 runs, 31 minutes (30 planned). Keeping each run to its level gives your tendon time "
          "to catch up.");
    w.runs = 1;
    w.run_minutes = 12;
    w.planned_run_minutes = 0; // runs before any level (e.g. test jogs logged as runs)
    CHECK(runs_week_runner_words(w) == "This week: 1 run, 12 minutes.");
    for (int done : {5, 30, 60}) {
        WeekAdherence week;
        week.runs = 2;
        week.run_minutes = done;
        week.planned_run_minutes = 30;
        for (const char* shaming : {"missed", "failed", "only", "behind", "too much", "should"})
            CHECK(runs_week_runner_words(week).find(shaming) == std::string::npos);
    }
}

TEST_CASE("a run waiting for its next-morning answer counts the level it was run at as planned") {
    Plan plan = ready_plan(kMonday - 7);
    add(plan, run(kMonday, 5, 0, 1, 0, 0));
    add(plan, run(kMonday + 2, 4, 0, 1, 0, kNotRecorded)); // today's, not answered yet: 5 asked
    const auto weeks = weekly_adherence(plan, kMonday + 2, 1);
    REQUIRE(weeks.size() == 1);
    CHECK(weeks[0].runs == 2);
    CHECK(weeks[0].run_minutes == 9);
    CHECK(weeks[0].planned_run_minutes == 10);
}
