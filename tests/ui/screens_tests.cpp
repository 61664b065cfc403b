// The screens in real ImGui frames with no window: a headless context with the default font, the probe
// attached, input fed through ImGuiIO, and the app's Runtime on a fake browser (src/platform/native)
// applying what the screens ask for, as in the browser.

#include "harness.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <memory>
#include <string>

namespace stride::ui {
namespace {

using test::Screens;

void onboard(Screens& s) {
    s.frame();
    REQUIRE(s.shows_text_containing("Welcome to Stride Back"));
    s.click("Side: Right");
    s.click("Continue");
    s.click("Continue to the readiness checklist");
}

// `count` runs every other day up to the harness's today, all green but the first (red: pain 8 during).
Plan years_of_runs(int count) {
    Plan plan = make_plan(7);
    plan.profile.affected_side = Side::right;
    for (int i = 0; i < count; ++i) {
        Run r;
        r.id = (EntryId{plan.ids.origin} << 32) | plan.ids.next++;
        r.date = day("2025-03-02") - 2 * (count - 1 - i);
        r.minutes = 20;
        r.pain_during = i == 0 ? 8 : 1;
        r.pain_next_morning = 0;
        plan.runs.push_back(r);
    }
    return plan;
}

} // namespace

TEST_CASE("onboarding sets the side and goal through actions and opens the readiness checklist") {
    Screens s;
    onboard(s);
    CHECK(s.plan().profile.affected_side == Side::right);
    CHECK(s.plan().goal.target_minutes == 30);
    CHECK(s.state().screen == Screen::readiness);
    CHECK(s.shows_text_containing("Not ready to run yet"));
}

TEST_CASE("a checklist result is recorded with one tap on the pain scale and changes the item's status") {
    Screens s;
    onboard(s);
    CHECK(s.shows_text_containing("No pain at rest: Not tested"));
    s.click("Record rest pain");
    const ProbeItem* save = s.reveal("Save result");
    REQUIRE(save);
    CHECK(save->disabled); // no pain chosen yet: nothing to save
    s.click("Pain at rest: 0");
    s.click("Save result");
    REQUIRE(s.plan().readiness_tests.size() == 1);
    CHECK(s.plan().readiness_tests[0].item == ReadinessItem::rest_pain);
    CHECK(s.plan().readiness_tests[0].pain == 0);
    CHECK(s.shows_text_containing("No pain at rest: Passed"));
}

TEST_CASE("typed values out of range or not numbers are refused at the field and block saving") {
    Screens s;
    onboard(s);
    s.click("Tab: Log");
    s.type_into("Worst pain during", "11");
    CHECK(s.shows_text_containing("11 is not on the scale"));
    s.type_into("Minutes", "-5");
    CHECK(s.shows_text_containing("-5 is not allowed"));
    s.type_into("Distance in km (optional)", "abc");
    CHECK(s.shows_text_containing("\"abc\" is not a number"));
    const ProbeItem* save = s.reveal("Save run");
    REQUIRE(save);
    CHECK(save->disabled);
    s.click("Save run");
    CHECK(s.plan().runs.empty());
    // Fixed values are accepted and the run is saved as typed.
    s.type_into("Worst pain during", "3");
    s.type_into("Minutes", "12");
    s.type_into("Distance in km (optional)", "1.5");
    s.click("Save run");
    REQUIRE(s.plan().runs.size() == 1);
    CHECK(s.plan().runs[0].pain_during == 3);
    CHECK(s.plan().runs[0].minutes == 12);
    CHECK(s.plan().runs[0].distance_km == doctest::Approx(1.5));
}

TEST_CASE("the next-morning question is answered with one tap and a red run turns Today to a step back") {
    Screens s;
    onboard(s);
    s.click("Tab: Log");
    s.click("Worst pain during: 1");
    s.click("Save run");
    REQUIRE(s.plan().runs.size() == 1);
    s.browser().clock().set_today(day("2025-03-04"));
    s.click("Tab: Today");
    CHECK(s.shows_text_containing("Yesterday's run"));
    s.click("Pain this morning: 0");
    CHECK(s.plan().runs[0].pain_next_morning == 0);
    s.click("Tab: Log");
    s.click("Worst pain during: 8");
    s.click("Save run");
    s.click("Tab: Today");
    CHECK(s.shows_text_containing("Step back"));
    CHECK(s.shows_text_containing("Your last run was red"));
}

TEST_CASE("a deleted entry comes back with undo") {
    Screens s;
    onboard(s);
    s.click("Tab: Log");
    s.click("Save run");
    REQUIRE(s.plan().runs.size() == 1);
    s.click("Tab: History");
    s.click("Delete");
    CHECK(s.plan().runs.empty());
    s.click("Undo");
    CHECK(s.plan().runs.size() == 1);
}

TEST_CASE("a setting changes when its field is left, and reset to default restores it") {
    Screens s(1280.0f, 800.0f);
    onboard(s);
    s.click("Tab: Plan");
    s.type_into("Highest pain during a run that is still green (/10)", "1");
    s.press_key(Screens::kEnter);
    s.frame();
    CHECK(s.plan().settings.green_max_pain == 1);
    s.click("Reset to default");
    CHECK(s.plan().settings.green_max_pain == 2);
}

TEST_CASE("what the screens derive from the plan is kept between frames and redone at once after a change") {
    Screens s;
    onboard(s);
    s.click("Tab: Today");
    CHECK(s.shows_text_containing("Not ready to run yet"));
    std::shared_ptr<const runtime::Figures> kept = s.runtime().figures();
    s.frame();
    s.frame();
    CHECK(s.runtime().figures().get() == kept.get()); // nothing changed: nothing recomputed

    // A new entry shows on the next frame, on Today and in the history list.
    s.click("Tab: Log");
    s.click("Save run");
    REQUIRE(s.plan().runs.size() == 1);
    s.click("Tab: Today");
    CHECK(s.shows_text_containing("Tomorrow morning, log how your hamstring feels"));
    s.click("Tab: History");
    REQUIRE(s.reveal("Delete")); // the run's row
    CHECK(s.shows_text_containing("Zone: waiting"));

    // So does an undo.
    s.click("Undo");
    CHECK(s.plan().runs.empty());
    CHECK_FALSE(s.reveal("Delete"));
    s.click("Tab: Today");
    CHECK(s.shows_text_containing("Not ready to run yet"));

    // And a new day, with the plan unchanged.
    s.click("Redo");
    REQUIRE(s.plan().runs.size() == 1);
    CHECK(s.shows_text_containing("Tomorrow morning, log how your hamstring feels"));
    kept = s.runtime().figures();
    s.browser().clock().set_today(day("2025-03-04"));
    s.frame();
    CHECK(s.runtime().figures().get() != kept.get());
    CHECK(s.shows_text_containing("How did your hamstring feel the morning after your run on"));
}

namespace {
// Taps the first (leftmost) point of the chart with this title and returns what the chart then says.
std::string tap_first_point(Screens& s, const std::string& title) {
    const ProbeItem* chart = s.reveal(title);
    REQUIRE_MESSAGE(chart, "no chart " << title);
    CHECK(chart->kind == "chart");
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(chart->x + 36.0f, chart->y + chart->height * 0.5f); // just right of the y axis
    s.frame();
    io.MouseDown[0] = true;
    s.frame();
    io.MouseDown[0] = false;
    s.frame();
    chart = s.find(title);
    REQUIRE(chart);
    return chart->value;
}
} // namespace

TEST_CASE("years of entries are charted as merged points that keep the worst value, told in words on a tap") {
    Plan plan = years_of_runs(1500);
    for (int i = 0; i < 300; ++i) { // curl tests, the first with the weaker leg at a third of the stronger
        ReadinessTest curl;
        curl.id = (EntryId{plan.ids.origin} << 32) | plan.ids.next++;
        curl.date = day("2025-03-02") - (300 - i);
        curl.item = ReadinessItem::hamstring_curl;
        curl.left = i == 0 ? 10 : 29;
        curl.right = 30;
        plan.readiness_tests.push_back(curl);
    }
    Screens s(390.0f, 844.0f, plan);
    s.click("Tab: History");
    const std::string pain = tap_first_point(s, "Pain with each run");
    CAPTURE(pain);
    CHECK(pain.find(" runs; the highest: ") != std::string::npos); // one point stands for several runs
    CHECK(pain.find("during 8/10") != std::string::npos);          // the red run is not averaged away
    CHECK(s.shows_text_containing("the highest: "));
    const std::string strength = tap_first_point(s, "Strength: weaker leg as % of the stronger");
    CAPTURE(strength);
    CHECK(strength.find(" tests; the lowest: ") != std::string::npos); // for strength, low is the worry
    CHECK(strength.find(": 33%") != std::string::npos);
}

} // namespace stride::ui
