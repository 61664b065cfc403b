// The physio's caseload: each alert rule at its boundaries, and the order of the rows.

#include "builders.hpp"

#include "core/plan_file/desk_file.hpp"
#include "core/plan_file/plan_file.hpp"
#include "core/rules/caseload.hpp"
#include "core/rules/questions.hpp"

#include <algorithm>

using namespace stride;
using namespace stride::test;

namespace {
const Date kToday = day("2024-06-20"); // a Thursday

bool has(const std::vector<Alert>& alerts, AlertKind kind) {
    return std::any_of(alerts.begin(), alerts.end(), [&](const Alert& a) { return a.kind == kind; });
}

const Alert& find(const std::vector<Alert>& alerts, AlertKind kind) {
    const auto it =
        std::find_if(alerts.begin(), alerts.end(), [&](const Alert& a) { return a.kind == kind; });
    REQUIRE(it != alerts.end());
    return *it;
}

// A runner who logged a calm morning today: no logging alert.
Plan calm_plan() {
    Plan plan = ready_plan(kToday - 30);
    add(plan, morning(kToday, 0));
    return plan;
}
} // namespace

TEST_CASE("a calm runner who logged today has no alert") {
    CHECK(caseload_alerts(calm_plan(), kToday, {}).empty());
}

TEST_CASE("a red run counts within the last red_run_days days, today included") {
    AlertSettings s;
    s.red_run_days = 5;
    Plan plan = calm_plan();
    add(plan, run(kToday - 5, 10, 0, 7, 0, 1)); // 6 days ago counting today: outside
    CHECK_FALSE(has(caseload_alerts(plan, kToday, s), AlertKind::red_run));
    Plan inside = calm_plan();
    add(inside, run(kToday - 4, 10, 0, 7, 0, 1)); // the 5th day back: inside
    const auto alerts = caseload_alerts(inside, kToday, s);
    REQUIRE(has(alerts, AlertKind::red_run));
    CHECK(find(alerts, AlertKind::red_run).reason.find("1 red run in the last 5 days") != std::string::npos);
    CHECK_FALSE(find(alerts, AlertKind::red_run).source.empty());
    // An amber run (5/10 during is the amber limit) is not red.
    Plan amber = calm_plan();
    add(amber, run(kToday - 1, 10, 0, 5, 0, 0));
    CHECK_FALSE(has(caseload_alerts(amber, kToday, s), AlertKind::red_run));
}

TEST_CASE("the runner's see-your-physio verdict is an alert, first of all") {
    Plan plan = calm_plan();
    add(plan, run(kToday - 6, 10, 0, 7, 0, 1));
    add(plan, run(kToday - 2, 10, 0, 7, 0, 1)); // two reds within 14 days: see your physio
    const auto alerts = caseload_alerts(plan, kToday, {});
    REQUIRE_FALSE(alerts.empty());
    CHECK(alerts.front().kind == AlertKind::see_physio);
    CHECK(alerts.front().reason.find("see you") != std::string::npos);
    CHECK(has(alerts, AlertKind::red_run));
}

TEST_CASE("rest pain: the latest morning check of the last week above the threshold") {
    AlertSettings s; // above 2
    Plan at_limit = ready_plan(kToday - 30);
    add(at_limit, morning(kToday, 2));
    CHECK_FALSE(has(caseload_alerts(at_limit, kToday, s), AlertKind::rest_pain));
    Plan above = ready_plan(kToday - 30);
    add(above, morning(kToday - 6, 3)); // 7th day back: still the last week
    CHECK(has(caseload_alerts(above, kToday, s), AlertKind::rest_pain));
    CHECK(find(caseload_alerts(above, kToday, s), AlertKind::rest_pain).reason.find("3/10") !=
          std::string::npos);
    Plan old = ready_plan(kToday - 30);
    add(old, morning(kToday - 7, 3)); // 8 days back: too old to say how the runner is now
    CHECK_FALSE(has(caseload_alerts(old, kToday, s), AlertKind::rest_pain));
    Plan better = ready_plan(kToday - 30);
    add(better, morning(kToday - 1, 4));
    add(better, morning(kToday, 1)); // the latest counts
    CHECK_FALSE(has(caseload_alerts(better, kToday, s), AlertKind::rest_pain));
}

TEST_CASE("rising pain: this week's mean at least pain_rise_points above the week before") {
    AlertSettings s; // 2 points
    const auto with_rest = [](int earlier, int recent) {
        Plan plan = ready_plan(kToday - 30);
        add(plan, morning(kToday - 13, earlier)); // first day of the earlier week
        add(plan, morning(kToday - 7, earlier));  // its last day
        add(plan, morning(kToday - 6, recent));   // first day of this week
        add(plan, morning(kToday, recent));
        return plan;
    };
    AlertSettings high = s;
    high.rest_pain_above = 9; // rest pain alone does not flag here
    CHECK(has(caseload_alerts(with_rest(0, 2), kToday, high), AlertKind::rising_pain));
    CHECK_FALSE(has(caseload_alerts(with_rest(1, 2), kToday, high), AlertKind::rising_pain));
    // Pain during runs, by means: (1 + 2) / 2 = 1.5 the week before, 3 this week: a rise of 1.5, not 2.
    Plan runs = calm_plan();
    add(runs, run(kToday - 12, 10, 0, 1, 0, 0));
    add(runs, run(kToday - 9, 10, 0, 2, 0, 0));
    add(runs, run(kToday - 2, 10, 0, 3, 0, 0));
    CHECK_FALSE(has(caseload_alerts(runs, kToday, s), AlertKind::rising_pain));
    add(runs, run(kToday - 1, 10, 0, 4, 0, 0)); // this week 3.5: a rise of 2
    const auto alerts = caseload_alerts(runs, kToday, s);
    REQUIRE(has(alerts, AlertKind::rising_pain));
    CHECK(find(alerts, AlertKind::rising_pain).reason ==
          "Pain during runs rising: 3.5/10 on average this week, 1.5/10 the week before.");
    // One week without a value: nothing to compare.
    Plan one_week = calm_plan();
    add(one_week, run(kToday - 1, 10, 0, 4, 0, 0));
    CHECK_FALSE(has(caseload_alerts(one_week, kToday, s), AlertKind::rising_pain));
}

TEST_CASE("no entries for quiet_days, and for long_quiet_days instead") {
    AlertSettings s; // 3 and 14
    const auto quiet_for = [&](int days) {
        Plan plan = ready_plan(kToday - 60);
        add(plan, morning(kToday - days, 0));
        return caseload_alerts(plan, kToday, s);
    };
    CHECK_FALSE(has(quiet_for(2), AlertKind::quiet));
    CHECK(has(quiet_for(3), AlertKind::quiet));
    CHECK(find(quiet_for(3), AlertKind::quiet).reason.find("No entries for 3 days") == 0);
    CHECK(has(quiet_for(13), AlertKind::quiet));
    CHECK_FALSE(has(quiet_for(13), AlertKind::long_quiet));
    CHECK(has(quiet_for(14), AlertKind::long_quiet));
    CHECK_FALSE(has(quiet_for(14), AlertKind::quiet));
    // The physio's own entries are not the runner logging.
    Plan physio_only = make_plan(7);
    PhysioEntry visit;
    visit.date = kToday;
    visit.visa_h = 60;
    add(physio_only, visit);
    const auto none = caseload_alerts(physio_only, kToday, s);
    REQUIRE(has(none, AlertKind::long_quiet));
    CHECK(find(none, AlertKind::long_quiet).reason == "No entries yet.");
}

TEST_CASE("open next-morning questions: the ones Today asks, from unanswered_at_least") {
    AlertSettings s; // 2
    Plan plan = calm_plan();
    add(plan, run(kToday - 3, 10, 0, 1, 0, kNotRecorded));
    CHECK_FALSE(has(caseload_alerts(plan, kToday, s), AlertKind::unanswered));
    add(plan, run(kToday - 1, 10, 0, 1, 0, kNotRecorded));
    const auto alerts = caseload_alerts(plan, kToday, s);
    REQUIRE(has(alerts, AlertKind::unanswered));
    CHECK(find(alerts, AlertKind::unanswered).reason == "2 next-morning questions not answered.");
    CHECK(pending_questions(plan, kToday).size() == 2); // the same questions the runner is asked
}

TEST_CASE("strength: last whole week's sessions under strength_percent_under of the programme") {
    AlertSettings s;                         // 50%
    const Date last_monday = kToday - 3 - 7; // the Monday of the week before this one
    const auto sessions = [&](int done, bool programme) {
        Plan plan = calm_plan();
        plan.settings.strength_sessions_per_week = 2;
        if (programme) plan.prescription.strength_programme = {{"Bridge", 3, 10, 0, ""}};
        for (int i = 0; i < done; ++i)
            add(plan, strength_session(last_monday + i, at(9)));
        return caseload_alerts(plan, kToday, s);
    };
    CHECK(has(sessions(0, true), AlertKind::low_strength));
    CHECK(find(sessions(0, true), AlertKind::low_strength).reason ==
          "Strength: 0 of 2 sessions in the week of Mon 10 Jun 2024.");
    CHECK_FALSE(has(sessions(1, true), AlertKind::low_strength));  // 50% is not under 50%
    CHECK_FALSE(has(sessions(0, false), AlertKind::low_strength)); // no programme: nothing to fall short of
    s.strength_percent_under = 51;
    CHECK(has(sessions(1, true), AlertKind::low_strength));
}

TEST_CASE("alert settings: a table with defaults, bounds and sources, and values kept in bounds") {
    for (const AlertSettingInfo& info : alert_setting_table()) {
        CHECK(alert_setting_by_key(info.key) == info.id);
        const int value = default_alert_setting(info.id);
        CHECK(value >= info.min_value);
        CHECK(value <= info.max_value);
        CHECK(std::string(info.source).find(".md") == std::string::npos);
        CHECK(bounded_alert_setting(info.id, info.max_value + 1) == info.max_value);
        CHECK(bounded_alert_setting(info.id, info.min_value - 1) == info.min_value);
    }
    CHECK_FALSE(alert_setting_by_key("nope"));
}

TEST_CASE("the caseload is ordered by its most urgent alert, then by how many, then by name") {
    const auto row = [](const char* name, std::size_t runner, std::vector<AlertKind> kinds) {
        CaseloadRow r{name, runner, {}};
        for (AlertKind k : kinds)
            r.alerts.push_back({k, "", ""});
        return r;
    };
    std::vector<CaseloadRow> rows{
        row("Ann", 0, {}),
        row("Ben", 1, {AlertKind::quiet}),
        row("Cat", 2, {AlertKind::red_run}),
        row("Dan", 3, {AlertKind::quiet, AlertKind::low_strength}),
        row("Abe", 4, {AlertKind::quiet}),
        row("Ben", 5, {AlertKind::quiet}),
        row("Eve", 6, {AlertKind::see_physio}),
    };
    order_caseload(rows);
    std::vector<std::size_t> order;
    for (const CaseloadRow& r : rows)
        order.push_back(r.runner);
    CHECK(order == std::vector<std::size_t>{6, 2, 3, 4, 1, 5, 0}); // the two Bens keep their order
}

TEST_CASE("the desk keeps its runners and alert settings through its saved text") {
    Desk desk;
    desk.alerts.quiet_days = 5;
    Plan sam = calm_plan();
    sam.profile.name = "Sam";
    desk.runners.push_back({"sam-plan.json", sam});
    desk.runners.push_back({"no-name.json", make_plan(9)});
    auto loaded = desk_from_json(desk_to_json(desk));
    REQUIRE(loaded.ok());
    CHECK(loaded.value().problems.empty());
    CHECK(loaded.value().desk.alerts.quiet_days == 5);
    REQUIRE(loaded.value().desk.runners.size() == 2);
    CHECK(loaded.value().desk.runners[0].plan == sam);
    CHECK(runner_words(loaded.value().desk.runners[0]) == "Sam");
    CHECK(runner_words(loaded.value().desk.runners[1]) == "No name (no-name.json)");
    // A value out of bounds is brought into them; a damaged runner is left out and named.
    auto odd = desk_from_json(
        R"({"desk_version":1,"alerts":{"quiet_days":99},"runners":[{"file_name":"x.json","plan":"{}"}]})");
    REQUIRE(odd.ok());
    CHECK(odd.value().desk.alerts.quiet_days == 13);
    CHECK(odd.value().desk.runners.empty());
    REQUIRE(odd.value().problems.size() == 1);
    CHECK(odd.value().problems[0].find("x.json") != std::string::npos);
    CHECK_FALSE(desk_from_json(R"({"desk_version":2,"runners":[]})").ok());
    CHECK_FALSE(desk_from_json("not json").ok());
}

TEST_CASE("a desk written by version 1 loads: its runner and the physio's alert settings") {
    auto loaded = desk_from_json(read_fixture("desk-v1.json"));
    REQUIRE(loaded.ok());
    CHECK(loaded.value().problems.empty());
    CHECK(loaded.value().desk.alerts.red_run_days == 10);
    CHECK(loaded.value().desk.alerts.long_quiet_days == 21);
    REQUIRE(loaded.value().desk.runners.size() == 1);
    CHECK(loaded.value().desk.runners[0].file_name == "sam-plan.json");
    auto plan = plan_from_json(read_fixture("plan-v1.json"));
    REQUIRE(plan.ok());
    CHECK(loaded.value().desk.runners[0].plan == plan.value());
}
