// Series for the charts and the physio report.

#include "builders.hpp"

#include "core/rules/load_guard.hpp"
#include "core/rules/summaries.hpp"
#include "core/words/verdict_words.hpp"

using namespace stride;
using namespace stride::test;

namespace {
const Date kMonday = day("2024-06-03");
}

TEST_CASE("weekly minutes cover every week from the first run, with zones and the cap") {
    Plan plan = ready_plan(kMonday);
    add(plan, run(kMonday, 10, 0, 1, 0, 0));
    add(plan, run(kMonday + 2, 15, 0, 4, 0, 0));
    add(plan, run(kMonday + 15, 20, 0, 1, 0, 0)); // week 3; week 2 is empty
    add(plan, run(kMonday + 16, 20, 0, 1, 0, kNotRecorded));
    add(plan, run(kMonday + 30, 20, 0, 1, 0, 0)); // after today: left out
    const auto weeks = weekly_minutes(plan, kMonday + 17);
    REQUIRE(weeks.size() == 3);
    CHECK(weeks[0].week_start == kMonday);
    CHECK(weeks[0].minutes == 25);
    CHECK(weeks[0].green == 1);
    CHECK(weeks[0].amber == 1);
    CHECK(weeks[1].minutes == 0);
    CHECK(weeks[2].minutes == 40);
    CHECK(weeks[2].waiting == 1);
    CHECK(weeks[2].cap_minutes == 0); // no all-green week before it
    CHECK(weekly_minutes(make_plan(1), kMonday).empty());
}

TEST_CASE("the cap of a week is 10% over the last all-green week, where the level is above the ladder") {
    Plan plan = ready_plan(kMonday);
    plan.prescription = {true, kMonday, 40, {}, {}, ""}; // above the 30-minute ladder from the start
    add(plan, run(kMonday, 30, 0, 1, 0, 0));
    add(plan, run(kMonday + 2, 30, 0, 1, 0, 0));
    add(plan, run(kMonday + 4, 40, 0, 1, 0, 0));
    const auto weeks = weekly_minutes(plan, kMonday + 7);
    CHECK(weeks.at(0).cap_minutes == 0); // no symptom-free week before the first
    CHECK(weeks.at(1).cap_minutes == 110);
}

TEST_CASE("no weekly cap is drawn or reported for weeks on the minute ladder") {
    // Weeks of 60-75 minutes in runs of 20-25, all green: the level is on the ladder (5 up to 30), where each
    // run is gated by the next morning instead, so no cap applies however small the first weeks were.
    Plan plan = ready_plan(kMonday);
    for (int i = 0; i < 9; ++i)
        add(plan, run(kMonday + 2 * i + (i / 3), i < 3 ? 20 : 25, 0, 1, 0, 0));
    const Date today = kMonday + 20;
    const auto weeks = weekly_minutes(plan, today);
    REQUIRE(weeks.size() == 3);
    for (const WeekTotal& w : weeks) {
        CAPTURE(w.week_start.iso());
        CHECK(w.minutes >= 60);
        CHECK(w.cap_minutes == 0);
    }
    CHECK(weekly_cap(plan, weeks[2].week_start) > 0); // there is a symptom-free week: it just does not apply
}

TEST_CASE("this week's cap applies once the next run is above the ladder") {
    Plan plan = ready_plan(kMonday);
    add(plan, run(kMonday, 20, 0, 1, 0, 0));
    add(plan, run(kMonday + 2, 20, 0, 1, 0, 0));
    const Date today = kMonday + 8;
    CHECK(weekly_minutes(plan, today).back().cap_minutes == 0);
    plan.prescription = {true, today, 33, {}, {}, "above the ladder"};
    CHECK(weekly_minutes(plan, today).back().cap_minutes == 44); // 40 green minutes last week, plus 10%
    CHECK(weekly_minutes(plan, today).front().cap_minutes == 0); // last week stays as it was
}

TEST_CASE("setting a prescription does not recompute the caps of past weeks") {
    // Weeks of green 33-minute runs above the ladder, then the physio sets a new starting point today.
    Plan plan = ready_plan(kMonday);
    plan.prescription = {true, kMonday, 33, {}, {}, ""};
    for (int i = 0; i < 12; ++i)
        add(plan, run(kMonday + 2 * i, 33, 0, 1, 0, 0));
    const Date today = kMonday + 27;
    const auto before = weekly_minutes(plan, today);
    CHECK(before.at(2).cap_minutes > 0);
    for (const Prescription& p : {Prescription{true, today.week_start(), 20, {}, {}, "back on the ladder"},
                                  Prescription{}, Prescription{true, kMonday + 10, 5, {}, {}, "earlier"}}) {
        Plan later = plan;
        later.prescription = p;
        const auto after = weekly_minutes(later, today);
        REQUIRE(after.size() == before.size());
        for (std::size_t i = 0; i + 1 < before.size(); ++i) {
            CAPTURE(i);
            CHECK(after[i].cap_minutes == before[i].cap_minutes);
        }
    }
}

TEST_CASE("pain trend, flare-ups, morning checks and levels come out oldest first") {
    Plan plan = ready_plan(kMonday);
    add(plan, run(kMonday + 4, 10, 0, 1, 0, 0));
    add(plan, run(kMonday, 5, 0, 1, 0, 0));
    add(plan, run(kMonday + 2, 5, 0, 7, 5, 4)); // 3 above the usual morning pain of 1: a big flare
    add(plan, morning(kMonday + 1, 1, 2));
    const auto pain = pain_trend(plan, kMonday + 10);
    REQUIRE(pain.size() == 3);
    CHECK(pain[0].date == kMonday);
    CHECK(pain[1].zone == Zone::red);
    CHECK(pain[1].during == 7);
    const auto flares = flare_ups(plan, kMonday + 10);
    REQUIRE(flares.size() == 1);
    CHECK(flares[0].date == kMonday + 2);
    CHECK(flares[0].big);
    CHECK(morning_trend(plan, kMonday + 10).at(0).task_pain == 2);
    const auto levels = level_trend(plan, kMonday + 10);
    REQUIRE(levels.size() == 3);
    CHECK(levels[0].minutes == 5);
    CHECK(levels[1].change == LevelChange::down);
    CHECK(current_level(plan, kMonday + 10).minutes == 5);
}

TEST_CASE("strength symmetry and VISA-H series") {
    Plan plan = ready_plan(kMonday); // holds a curl test of 30 / 28 kg
    ReadinessTest bridge;
    bridge.date = kMonday + 7;
    bridge.item = ReadinessItem::single_leg_bridge;
    bridge.left = 20;
    bridge.right = 25;
    add(plan, bridge);
    const auto sym = strength_symmetry(plan, kMonday + 7);
    REQUIRE(sym.size() == 2);
    CHECK(sym[0].percent == 93);
    CHECK(sym[1].percent == 80);
    CHECK(sym[1].test == ReadinessItem::single_leg_bridge);
    PhysioEntry visit;
    visit.date = kMonday + 3;
    visit.visa_h = 55;
    add(plan, visit);
    visit.date = kMonday + 1;
    visit.visa_h = kNotRecorded;
    add(plan, visit);
    const auto visa = visa_h_trend(plan, kMonday + 7);
    REQUIRE(visa.size() == 1);
    CHECK(visa[0].score == 55);
}

TEST_CASE(
    "provocation tests over time: each drop lunge judged as the checklist would, then the physio's tests") {
    Plan plan = make_plan(1);
    const auto lunge = [&](Date date, int pain) {
        ReadinessTest t;
        t.date = date;
        t.item = ReadinessItem::drop_lunge;
        t.pain = pain;
        add(plan, t);
    };
    lunge(kMonday, 3);                // above the caution limit (2): not yet
    lunge(kMonday + 7, 2);            // at the caution limit: passes with caution
    lunge(kMonday + 9, kNotRecorded); // no pain recorded: not a point
    lunge(kMonday + 14, 0);           // at the pass limit: passes
    lunge(kMonday + 30, 0);           // after today: left out
    PhysioEntry visit;
    visit.date = kMonday + 7;
    visit.puranen_orava = {Finding::positive, 3};
    visit.modified_bent_knee_stretch = {Finding::not_done, 1}; // a pain without a finding counts
    add(plan, visit);                                          // its bent-knee stretch was not done: left out
    const auto points = provocation_trend(plan, kMonday + 14);
    REQUIRE(points.size() == 5);
    CHECK(points[0].test == ProvocationTest::drop_lunge);
    CHECK(points[0].drop_lunge.status == ItemStatus::not_yet);
    CHECK(points[1].date == kMonday + 7); // the day's drop lunge first, then the physio's tests
    CHECK(points[1].drop_lunge.status == ItemStatus::pass);
    CHECK(points[1].drop_lunge.caution);
    CHECK(points[2].test == ProvocationTest::puranen_orava);
    CHECK(points[3].test == ProvocationTest::modified_bent_knee_stretch);
    CHECK(points[4].date == kMonday + 14);
    CHECK(points[4].drop_lunge.status == ItemStatus::pass);
    CHECK_FALSE(points[4].drop_lunge.caution);
    CHECK(provocation_result_words(points[0].result) == "pain 3/10");
    CHECK(provocation_result_words(points[2].result) == "positive, pain 3/10");
    CHECK(provocation_result_words(points[3].result) == "pain 1/10");
    CHECK(std::string(provocation_test_words(points[3].test)) == "Modified bent-knee stretch");
    plan.settings.lunge_caution_pain_max = 3; // the physio's setting moves the verdict
    CHECK(provocation_trend(plan, kMonday + 14)[0].drop_lunge.caution);
}
