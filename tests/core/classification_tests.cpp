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
    DailyCheck morning;
    morning.date = kDay;
    morning.pain_at_rest = 2;
    plan.daily_checks.push_back(morning);
    CHECK(zone(run(kDay, 10, 0, 1, 0, 2), plan) == Zone::green);
    CHECK(zone(run(kDay, 10, 0, 1, 0, 3), plan) == Zone::red);
    CHECK(zone(run(kDay + 1, 10, 0, 1, 0, 2), plan) == Zone::red); // another day's check does not count
}

TEST_CASE("a physio's stricter settings change the zone") {
    Plan plan = make_plan(1);
    plan.settings.green_max_pain = 0;
    plan.settings.amber_max_pain = 3;
    CHECK(zone(run(kDay, 10, 0, 1, 0, 0), plan) == Zone::amber);
    CHECK(zone(run(kDay, 10, 0, 4, 0, 0), plan) == Zone::red);
    CHECK(classify_run(plan, run(kDay, 10, 0, 4, 0, 0)).rule.text.find("3/10") != std::string::npos);
}
