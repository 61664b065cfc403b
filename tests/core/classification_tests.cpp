// How one run is judged: the green / amber / red boundaries of the pain-monitoring model.

#include "builders.hpp"

#include "core/rules/run_classification.hpp"

using namespace stride;
using namespace stride::test;

namespace {
Zone zone(const Run& r, const Plan& plan = make_plan(1)) {
    return classify_run(plan, r).zone;
}
const Date kDay = day("2024-06-03");
} // namespace

TEST_CASE("pain during: 2 is green, 3 to 5 amber, 6 red") {
    CHECK(zone(run(kDay, 10, 0, 2, 2, 0)) == Zone::green);
    CHECK(zone(run(kDay, 10, 0, 3, 2, 0)) == Zone::amber);
    CHECK(zone(run(kDay, 10, 0, 5, 2, 0)) == Zone::amber);
    CHECK(zone(run(kDay, 10, 0, 6, 2, 0)) == Zone::red);
}

TEST_CASE("green needs the pain to settle after the run") {
    CHECK(zone(run(kDay, 10, 0, 1, 2, 0)) == Zone::green);
    CHECK(zone(run(kDay, 10, 0, 1, 3, 0)) == Zone::amber);
}

TEST_CASE("next-morning pain above the before-pain is red; equal is not") {
    CHECK(zone(run(kDay, 10, 1, 2, 1, 1)) == Zone::green);
    CHECK(zone(run(kDay, 10, 1, 2, 1, 2)) == Zone::red);
    CHECK(zone(run(kDay, 10, 1, 4, 1, 1)) == Zone::amber);
    CHECK(zone(run(kDay, 10, 1, 4, 1, 2)) == Zone::red);
}

TEST_CASE("pain still raised at 48 hours is red, and a big flare") {
    const auto c = classify_run(make_plan(1), run(kDay, 10, 0, 1, 0, 0, 1));
    CHECK(c.zone == Zone::red);
    CHECK(c.big_flare);
    CHECK(c.rule.text.find("48 hours") != std::string::npos);
    CHECK(zone(run(kDay, 10, 0, 1, 0, 0, 0)) == Zone::green);
}

TEST_CASE("a big flare is a next-morning rise of at least big_flare_rise") {
    CHECK_FALSE(classify_run(make_plan(1), run(kDay, 10, 0, 1, 0, 2)).big_flare);
    CHECK(classify_run(make_plan(1), run(kDay, 10, 0, 1, 0, 3)).big_flare);
}

TEST_CASE("unknown next-morning pain waits, unless the run is already red") {
    const auto c = classify_run(make_plan(1), run(kDay, 10, 0, 4, 2, kNotRecorded));
    CHECK(c.zone == Zone::waiting);
    CHECK(c.rule.source.find("Goom") != std::string::npos);
    CHECK(zone(run(kDay, 10, 0, 6, 2, kNotRecorded)) == Zone::red);
}

TEST_CASE("the usual morning pain counts as the baseline when it is higher than the before-pain") {
    Plan plan = make_plan(1);
    plan.daily_checks.push_back(morning(kDay, 2));
    CHECK(zone(run(kDay, 10, 0, 1, 0, 2), plan) == Zone::green);
    CHECK(zone(run(kDay, 10, 0, 1, 0, 3), plan) == Zone::red);
    CHECK(zone(run(kDay, 10, 3, 1, 0, 3), plan) == Zone::green); // the before-pain is higher: it counts
    CHECK(classify_run(plan, run(kDay, 10, 3, 1, 0, 3)).baseline_from == BaselineFrom::before_run);
    CHECK(classify_run(plan, run(kDay, 10, 0, 1, 0, 3)).baseline_from == BaselineFrom::usual_morning);
    CHECK(classify_run(plan, run(kDay, 10, 0, 1, 0, 3)).rule.text.find("usual morning pain (2/10)") !=
          std::string::npos);
    // A check of the days before counts (the usual morning), the next morning's own check never does.
    CHECK(zone(run(kDay + 1, 10, 0, 1, 0, 2), plan) == Zone::green);
    CHECK(zone(run(kDay - 1, 10, 0, 1, 0, 2), plan) == Zone::red);
}

namespace {
// Recent mornings at rest, one a day, the last on `last`.
Plan with_mornings(std::initializer_list<int> pains, Date last) {
    Plan plan = make_plan(1);
    Date d = last - static_cast<int>(pains.size()) + 1;
    for (int p : pains) {
        DailyCheck c = morning(d, p);
        d = d + 1;
        c.id = plan.ids.next++;
        plan.daily_checks.push_back(c);
    }
    return plan;
}
} // namespace

TEST_CASE("the usual morning pain is the median of the latest 7 checks of the last 14 days") {
    CHECK(usual_morning_pain(make_plan(1), kDay) == std::nullopt);
    CHECK(usual_morning_pain(with_mornings({1}, kDay), kDay) == 1);
    CHECK(usual_morning_pain(with_mornings({0, 3}, kDay), kDay) == 0); // even count: the lower middle
    CHECK(usual_morning_pain(with_mornings({1, 1, 4, 1, 0}, kDay), kDay) ==
          1); // one bad morning is not usual
    // Only the latest 7: three old 5s drop out.
    CHECK(usual_morning_pain(with_mornings({5, 5, 5, 1, 1, 1, 1, 2, 2, 2}, kDay), kDay) == 1);
    // 14 days back counts, 15 does not.
    const Plan old = with_mornings({4}, kDay - 13);
    CHECK(usual_morning_pain(old, kDay) == 4);
    CHECK(usual_morning_pain(old, kDay + 1) == std::nullopt);
    // Checks after the day never count.
    CHECK(usual_morning_pain(with_mornings({2}, kDay + 1), kDay) == std::nullopt);
}

TEST_CASE("a runner whose usual morning pain is 1, with no pain before recorded, is not red at 1") {
    // The Log form used to save an invented 0 before the run; now it is "not recorded", and the next morning
    // is compared with the runner's usual 1/10.
    const Plan plan = with_mornings({1, 1, 1, 1}, kDay);
    const Run only_during = run(kDay, 20, kNotRecorded, 2, kNotRecorded, 1);
    const RunClassification c = classify_run(plan, only_during);
    CHECK(c.zone == Zone::green);
    CHECK(c.baseline == 1);
    CHECK(c.baseline_from == BaselineFrom::usual_morning);
    CHECK(zone(run(kDay, 20, kNotRecorded, 4, kNotRecorded, 1), plan) == Zone::amber);
    CHECK(zone(run(kDay, 20, kNotRecorded, 2, kNotRecorded, 2), plan) == Zone::red);
    // The old file's 0 before the run still counts as written: but the usual morning is higher.
    CHECK(zone(run(kDay, 20, 0, 2, 0, 1), plan) == Zone::green);
}

TEST_CASE("with no baseline at all the app asks whether the morning was worse than usual") {
    const Plan plan = make_plan(1);
    Run r = run(kDay, 20, kNotRecorded, 2, kNotRecorded, 2);
    RunClassification c = classify_run(plan, r);
    CHECK(c.zone == Zone::waiting);
    CHECK(c.needs_comparison);
    CHECK(c.baseline_from == BaselineFrom::none);
    CHECK(c.rule.text.find("asks whether") != std::string::npos);
    r.next_morning_worse = Answer::no;
    CHECK(zone(r, plan) == Zone::green);
    r.next_morning_worse = Answer::yes;
    c = classify_run(plan, r);
    CHECK(c.zone == Zone::red);
    CHECK_FALSE(c.big_flare); // the size of the rise is not known
    CHECK(c.rule.text.find("you said") != std::string::npos);
    // No pain the next morning needs no question; a red run during needs none either.
    CHECK(zone(run(kDay, 20, kNotRecorded, 2, kNotRecorded, 0), plan) == Zone::green);
    CHECK(zone(run(kDay, 20, kNotRecorded, 7, kNotRecorded, 2), plan) == Zone::red);
    CHECK_FALSE(
        classify_run(plan, run(kDay, 20, kNotRecorded, 2, kNotRecorded, kNotRecorded)).needs_comparison);
    // Without a baseline the 48-hour value is not judged.
    Run later = run(kDay, 20, kNotRecorded, 2, kNotRecorded, 0, 3);
    CHECK(zone(later, plan) == Zone::green);
}

TEST_CASE("pain right after that was not recorded does not stop a run from being green") {
    CHECK(zone(run(kDay, 10, 0, 2, kNotRecorded, 0)) == Zone::green);
    CHECK(zone(run(kDay, 10, 0, 3, kNotRecorded, 0)) == Zone::amber);
}

TEST_CASE("the zone so far of a just-logged run, before its next morning") {
    const Settings s;
    CHECK(zone_so_far(s, run(kDay, 10, kNotRecorded, 2, kNotRecorded, kNotRecorded)) == Zone::green);
    CHECK(zone_so_far(s, run(kDay, 10, kNotRecorded, 2, 3, kNotRecorded)) == Zone::amber);
    CHECK(zone_so_far(s, run(kDay, 10, kNotRecorded, 5, kNotRecorded, kNotRecorded)) == Zone::amber);
    CHECK(zone_so_far(s, run(kDay, 10, kNotRecorded, 6, 1, kNotRecorded)) == Zone::red);
}

TEST_CASE("a physio's stricter settings change the zone") {
    Plan plan = make_plan(1);
    plan.settings.green_max_pain = 0;
    plan.settings.amber_max_pain = 3;
    CHECK(zone(run(kDay, 10, 0, 1, 0, 0), plan) == Zone::amber);
    CHECK(zone(run(kDay, 10, 0, 4, 0, 0), plan) == Zone::red);
    CHECK(classify_run(plan, run(kDay, 10, 0, 4, 0, 0)).rule.text.find("3/10") != std::string::npos);
}
