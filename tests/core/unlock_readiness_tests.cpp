// The readiness checklist and the hills / speed unlock.

#include "builders.hpp"

#include "core/rules/readiness.hpp"
#include "core/rules/unlocks.hpp"

using namespace stride;
using namespace stride::test;

namespace {
const Date kDay = day("2024-06-03");

ReadinessTest test_of(ReadinessItem item, Date date = kDay) {
    ReadinessTest t;
    t.item = item;
    t.date = date;
    return t;
}

const ChecklistResult& item(const Readiness& r, ChecklistItem which) {
    return r.items.at(static_cast<std::size_t>(which));
}
} // namespace

TEST_CASE("an empty checklist is not tested, not ready, and says what to do first") {
    const Readiness r = check_readiness(make_plan(1), kDay);
    CHECK_FALSE(r.ready);
    for (const ChecklistResult& i : r.items)
        CHECK(i.status == ItemStatus::not_tested);
    CHECK(r.next_step == "Record your pain at rest (0-10).");
    CHECK(r.rule.text.find("Settle pain and build strength first") != std::string::npos);
}

TEST_CASE("the ready plan passes every required item") {
    const Readiness r = check_readiness(ready_plan(kDay), kDay);
    CHECK(r.ready);
    CHECK(r.next_step.empty());
    CHECK_FALSE(item(r, ChecklistItem::physio_agreement).required);
}

TEST_CASE("rest pain: 0 passes, 1 does not; the latest morning check counts too") {
    Plan plan = ready_plan(kDay);
    add(plan, morning(kDay + 1, 1));
    Readiness r = check_readiness(plan, kDay + 1);
    CHECK(item(r, ChecklistItem::rest_pain).status == ItemStatus::not_yet);
    CHECK_FALSE(r.ready);
    CHECK(r.next_step.find("Settle pain") == 0);
    CHECK(check_readiness(plan, kDay).ready); // a later check does not change an earlier day
}

TEST_CASE("drop lunge: 0 passes, 1-2 passes with caution, 3 does not") {
    for (int pain : {0, 1, 2, 3}) {
        Plan plan = ready_plan(kDay);
        ReadinessTest t = test_of(ReadinessItem::drop_lunge, kDay + 1);
        t.pain = pain;
        add(plan, t);
        const ChecklistResult& lunge = item(check_readiness(plan, kDay + 1), ChecklistItem::drop_lunge);
        CAPTURE(pain);
        CHECK((lunge.status == ItemStatus::pass) == (pain <= 2));
        CHECK(lunge.caution == (pain == 1 || pain == 2));
    }
}

TEST_CASE("strength symmetry: 90% passes, 89% does not; a physio can ask for equal") {
    Plan plan = ready_plan(kDay);
    ReadinessTest t = test_of(ReadinessItem::hamstring_curl, kDay + 1);
    t.left = 20;
    t.right = 18;
    add(plan, t);
    CHECK(item(check_readiness(plan, kDay + 1), ChecklistItem::strength_symmetry).status == ItemStatus::pass);
    CHECK(item(check_readiness(plan, kDay + 1), ChecklistItem::strength_symmetry).detail.find("(90%)") !=
          std::string::npos);
    t.right = 17.8;
    t.date = kDay + 2;
    add(plan, t);
    CHECK(item(check_readiness(plan, kDay + 2), ChecklistItem::strength_symmetry).status ==
          ItemStatus::not_yet);
    plan.settings.symmetry_min_percent = 100;
    t.right = 19;
    t.date = kDay + 3;
    add(plan, t);
    CHECK(item(check_readiness(plan, kDay + 3), ChecklistItem::strength_symmetry).status ==
          ItemStatus::not_yet);
}

TEST_CASE("single-leg bridges: symmetry decides; under 20 reps is a caution") {
    Plan plan = ready_plan(kDay);
    ReadinessTest t = test_of(ReadinessItem::single_leg_bridge, kDay + 1);
    t.left = 19;
    t.right = 20;
    add(plan, t);
    const ChecklistResult& s = item(check_readiness(plan, kDay + 1), ChecklistItem::strength_symmetry);
    CHECK(s.status == ItemStatus::pass);
    CHECK(s.caution);
    CHECK(s.rule.source.find("Freckleton") != std::string::npos);
}

TEST_CASE("test jog: pain during at most 2 and no rise at 24 and 48 hours") {
    struct Case {
        int minutes, during, h24, h48;
        ItemStatus expected;
    };
    const Case cases[] = {
        {5, 2, 0, 0, ItemStatus::pass},
        {10, 0, 0, 0, ItemStatus::pass},
        {4, 0, 0, 0, ItemStatus::not_yet},
        {5, 3, 0, 0, ItemStatus::not_yet},
        {5, 2, 1, 0, ItemStatus::not_yet},
        {5, 2, 0, 1, ItemStatus::not_yet},
        {5, 1, 0, kNotRecorded, ItemStatus::not_yet},
        {11, 0, 0, 0, ItemStatus::not_yet}, // longer than test_jog_max_minutes (10): not the test
        {30, 0, 0, 0, ItemStatus::not_yet},
    };
    for (const Case& c : cases) {
        Plan plan = ready_plan(kDay);
        ReadinessTest t = test_of(ReadinessItem::test_jog, kDay + 1);
        t.minutes = c.minutes;
        t.pain = c.during;
        t.pain_24h = c.h24;
        t.pain_48h = c.h48;
        add(plan, t);
        const Readiness r = check_readiness(plan, kDay + 1);
        CAPTURE(c.minutes);
        CAPTURE(c.during);
        CHECK(item(r, ChecklistItem::test_jog).status == c.expected);
        if (c.during > 2 || c.h24 > 0 || c.h48 > 0)
            CHECK(r.next_step.find("Too early, and not your fault") == 0);
        if (c.minutes > 10)
            CHECK(r.next_step.find("The test jog is short on purpose: jog 5-10 minutes") == 0);
    }
    // The physio may allow a longer test jog.
    Plan plan = ready_plan(kDay);
    plan.settings.test_jog_max_minutes = 30;
    ReadinessTest t = test_of(ReadinessItem::test_jog, kDay + 1);
    t.minutes = 30;
    t.pain = 0;
    t.pain_24h = t.pain_48h = 0;
    add(plan, t);
    CHECK(item(check_readiness(plan, kDay + 1), ChecklistItem::test_jog).status == ItemStatus::pass);
}

TEST_CASE("physio agreement is optional unless the setting requires it") {
    Plan plan = ready_plan(kDay);
    plan.settings.physio_agreement_required = 1;
    CHECK_FALSE(check_readiness(plan, kDay).ready);
    CHECK(check_readiness(plan, kDay).next_step.find("Ask your physio") == 0);
    ReadinessTest t = test_of(ReadinessItem::physio_agreement);
    t.agreed = true;
    add(plan, t);
    CHECK(check_readiness(plan, kDay).ready);
}

TEST_CASE("hills and speed unlock after 3 pain-free runs with the target reached, and lock again") {
    Plan plan = ready_plan(kDay);
    plan.goal = {30, 0};
    add(plan, run(kDay, 30, 0, 0, 0, 0));
    add(plan, run(kDay + 2, 30, 0, 0, 0, 0));
    Unlocks u = check_unlocks(plan, kDay + 3);
    CHECK_FALSE(u.hills);
    CHECK(u.pain_free_in_row == 2);
    CHECK(u.rule.text.find("now 2, target reached") != std::string::npos);
    add(plan, run(kDay + 4, 30, 0, 0, 0, 0));
    u = check_unlocks(plan, kDay + 5);
    CHECK(u.hills);
    CHECK(u.speed_work);
    add(plan, run(kDay + 6, 30, 0, 1, 0, 0)); // green but not pain free
    CHECK_FALSE(check_unlocks(plan, kDay + 7).hills);
}

TEST_CASE("the unlock needs the target: by distance when the goal and run have one") {
    Plan plan = ready_plan(kDay);
    plan.goal = {60, 10};
    for (int i = 0; i < 3; ++i) {
        Run r = run(kDay + 2 * i, 70, 0, 0, 0, 0);
        r.distance_km = 9.9;
        add(plan, r);
    }
    CHECK_FALSE(check_unlocks(plan, kDay + 6).target_reached);
    plan.runs.back().distance_km = 10;
    CHECK(check_unlocks(plan, kDay + 6).hills);
    plan.settings.unlock_pain_free_runs = 4;
    CHECK_FALSE(check_unlocks(plan, kDay + 6).hills);
}
