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
    s.click("Worst pain during: 1");
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
    s.click("Worst pain during: 1");
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

// ---------------------------------------------------------------------------------------------------------
// The daily loop, honest from the tap to the verdict (issue 11)
// ---------------------------------------------------------------------------------------------------------

namespace stride::ui {
namespace {

using test::Screens;

// A runner past onboarding with a passing checklist, and (if given) morning checks of these pains on the
// days up to the harness's today.
Plan ready_runner(std::initializer_list<int> mornings = {}) {
    Plan plan = make_plan(7);
    plan.profile.affected_side = Side::right;
    const auto add_test = [&](ReadinessItem item, int pain, double left = 0, double right = 0,
                              int minutes = 0) {
        ReadinessTest t;
        t.id = (EntryId{plan.ids.origin} << 32) | plan.ids.next++;
        t.date = day("2025-02-20");
        t.item = item;
        t.pain = pain;
        t.left = left;
        t.right = right;
        t.minutes = minutes;
        t.pain_24h = t.pain_48h = item == ReadinessItem::test_jog ? 0 : kNotRecorded;
        plan.readiness_tests.push_back(t);
    };
    add_test(ReadinessItem::rest_pain, 0);
    add_test(ReadinessItem::drop_lunge, 0);
    add_test(ReadinessItem::hamstring_curl, kNotRecorded, 30, 29);
    add_test(ReadinessItem::test_jog, 1, 0, 0, 8);
    Date d = day("2025-03-03") - static_cast<int>(mornings.size());
    for (int pain : mornings) {
        DailyCheck c;
        c.id = (EntryId{plan.ids.origin} << 32) | plan.ids.next++;
        c.date = d;
        d = d + 1;
        c.pain_at_rest = pain;
        c.task = "Three single-leg bridges";
        plan.daily_checks.push_back(c);
    }
    return plan;
}

// The Log screen's run form with only the worst pain during chosen, saved.
void log_run(Screens& s, int pain_during) {
    s.click("Tab: Log");
    s.click("Worst pain during: " + std::to_string(pain_during));
    s.click("Save run");
}

} // namespace

TEST_CASE(
    "a run logged with only pain during saves 'not recorded' for the rest, and Save waits for that pain") {
    Screens s(390.0f, 844.0f, ready_runner());
    s.click("Tab: Log");
    const ProbeItem* save = s.reveal("Save run");
    REQUIRE(save);
    CHECK(save->disabled); // no preselected answer for the one pain a run needs
    CHECK(s.shows_text_containing("Choose the worst pain during the run"));
    s.click("Worst pain during: 2");
    s.click("Save run");
    REQUIRE(s.plan().runs.size() == 1);
    const Run& r = s.plan().runs[0];
    CHECK(r.pain_during == 2);
    CHECK(r.pain_before == kNotRecorded);
    CHECK(r.pain_after == kNotRecorded);
    CHECK(r.pain_next_morning == kNotRecorded);
    CHECK_FALSE(r.time.known()); // no time given: none saved
    CHECK(r.surface == Surface::not_set);
    // The feedback replaces the form, where the runner is looking, with what the run means.
    CHECK(s.shows_text_containing("Run saved: 5 minutes, green so far."));
    CHECK(s.shows_text_containing("Tomorrow morning, tell us how your hamstring feels"));
    CHECK_FALSE(s.reveal("Save run"));
}

TEST_CASE("the start time of the last run is offered as a suggestion to tap, never filled in") {
    Screens s(390.0f, 844.0f, ready_runner());
    s.click("Tab: Log");
    s.click("Start time (optional): Pick a time");
    s.click("Start time (optional), hour: 17");
    s.click("Start time (optional), minutes: :30");
    s.click("Worst pain during: 1");
    s.click("Save run");
    REQUIRE(s.plan().runs.size() == 1);
    CHECK(s.plan().runs[0].time == *LocalTime::from_hm(17, 30));
    s.browser().clock().set_today(day("2025-03-05"));
    s.click("Tab: Today");
    s.click("Pain this morning: 0");
    s.click("Tab: Log");
    REQUIRE(s.reveal("Start time (optional): Same as last time, 17:30"));
    s.click("Worst pain during: 1");
    s.click("Save run");
    CHECK_FALSE(s.plan().runs.back().time.known()); // not tapped: not saved
}

TEST_CASE("a run's date is chosen as today, yesterday or a day from the calendar") {
    Screens s(390.0f, 844.0f, ready_runner());
    s.click("Tab: Log");
    s.click("Date of the run: Yesterday");
    CHECK(s.shows_text_containing("Sun 2 Mar 2025"));
    s.click("Worst pain during: 1");
    s.click("Save run");
    REQUIRE(s.plan().runs.size() == 1);
    CHECK(s.plan().runs[0].date == day("2025-03-02"));
    s.click("Log another run");
    s.click("Date of the run: Another day");
    s.click("Date of the run: earlier month");
    CHECK(s.shows_text_containing("Date of the run, month shown: February 2025"));
    s.click("Date of the run: 14 Feb");
    s.click("Worst pain during: 3");
    s.click("Save run");
    CHECK(s.plan().runs.front().date == day("2025-02-14"));
    // A day after today cannot be chosen for something already done.
    s.click("Log another run");
    s.click("Date of the run: Another day");
    const ProbeItem* tomorrow = s.reveal("Date of the run: 4 Mar");
    REQUIRE(tomorrow);
    CHECK(tomorrow->disabled);
}

TEST_CASE("saving what looks like the same run again within moments asks first") {
    Screens s(390.0f, 844.0f, ready_runner());
    log_run(s, 4);
    REQUIRE(s.plan().runs.size() == 1);
    s.click("Log another run");
    s.click("Worst pain during: 4");
    s.click("Save run");
    CHECK(s.plan().runs.size() == 1); // held
    CHECK(s.shows_text_containing("Save it again?"));
    CHECK(s.shows_text_containing("This looks like a 5 minutes run on Mon 3 Mar 2025 (pain during 4/10)"));
    s.click("Don't save");
    CHECK(s.plan().runs.size() == 1);
    s.click("Save run"); // the form still holds what was chosen
    s.click("Save it again");
    CHECK(s.plan().runs.size() == 2);
    CHECK(s.plan().runs[0].id != s.plan().runs[1].id);
    // A different run is not held.
    s.click("Log another run");
    s.click("Worst pain during: 2");
    s.click("Save run");
    CHECK(s.plan().runs.size() == 3);
}

TEST_CASE("a deleted entry leaves 'Undo delete' in its place") {
    Screens s(390.0f, 844.0f, ready_runner());
    log_run(s, 1);
    s.click("Tab: History");
    s.click("Delete");
    CHECK(s.plan().runs.empty());
    CHECK(s.shows_text_containing("Deleted: Run, Mon 3 Mar 2025"));
    s.click("Undo delete");
    CHECK(s.plan().runs.size() == 1);
    CHECK_FALSE(s.reveal("Undo delete"));
}

TEST_CASE(
    "the morning card: one answer is the run's next morning and this morning's check, then the daily test") {
    Screens s(390.0f, 844.0f, ready_runner({1, 1, 1})); // a runner whose mornings are usually 1/10
    log_run(s, 2);                                      // only pain during: before and after not recorded
    s.browser().clock().set_today(day("2025-03-04"));
    s.click("Tab: Today");
    CHECK(s.shows_text_containing("One answer for both"));
    CHECK(s.shows_text_containing("0-1 green: settled")); // coloured by this run's baseline, in words
    s.click("Pain this morning: 1");
    const Run& r = s.plan().runs.at(0);
    CHECK(r.pain_next_morning == 1);
    REQUIRE(s.plan().daily_checks.size() == 4);
    CHECK(s.plan().daily_checks.back().date == day("2025-03-04"));
    CHECK(s.plan().daily_checks.back().pain_at_rest == 1);
    // The usual morning pain of 1 is the baseline: 1 the next morning is not red.
    CHECK(classify_run(s.plan(), r).zone == Zone::green);
    CHECK(s.shows_text_containing("Your run of Mon 3 Mar 2025: green."));
    CHECK_FALSE(s.shows_text_containing("Step back"));
    // The daily test follows, in the same place; its answer goes to the check just made.
    s.click("Daily test this morning: 2");
    CHECK(s.plan().daily_checks.back().task_pain == 2);
}

TEST_CASE("with nothing to compare with, Today asks whether the morning was worse than usual") {
    Screens s(390.0f, 844.0f, ready_runner()); // no morning checks
    log_run(s, 2);
    s.browser().clock().set_today(day("2025-03-04"));
    s.click("Tab: Today");
    s.click("Pain this morning: 2");
    CHECK(s.shows_text_containing("Is that more than you usually have in the morning?"));
    CHECK(s.shows_text_containing("Waiting for the morning after"));
    s.click("No, about usual or less");
    CHECK(s.plan().runs[0].next_morning_worse == Answer::no);
    CHECK(classify_run(s.plan(), s.plan().runs[0]).zone == Zone::green);
    CHECK(s.shows_text_containing("Your run of Mon 3 Mar 2025: green."));
}

TEST_CASE("a red run is red on Today's card, in the history list and in words") {
    Screens s(390.0f, 844.0f, ready_runner());
    log_run(s, 7);
    CHECK(s.shows_text_containing("Run saved: 5 minutes, red."));
    s.click("Tab: Today");
    CHECK(s.shows_text_containing("Step back"));
    CHECK(s.shows_text_containing("Traffic light: red"));
    s.click("Tab: History");
    CHECK(s.reveal_text("Run, Mon 3 Mar 2025: 5 minutes. Pain before not recorded, during 7/10"));
    CHECK(s.shows_text_containing("Zone: red."));
}

TEST_CASE("a reminder for the next-morning answer is made at the time the runner picks") {
    Screens s(390.0f, 844.0f, ready_runner());
    log_run(s, 1);
    CHECK(s.shows_text_containing("Remind me the morning after at 08:00"));
    s.click("Remind me the morning after at: Change the time");
    s.click("Remind me the morning after at, hour: 07");
    s.click("Remind me the morning after at, minutes: :15");
    s.click("Add the reminder to my calendar");
    const auto& files = s.tab().files.downloads; // no calendar share sheet here: downloaded
    REQUIRE(files.size() == 1);
    CHECK(files[0].name == "stride-back-reminder-2025-03-04.ics");
    CHECK(files[0].mime == "text/calendar");
    CHECK(files[0].bytes.find("DTSTART:20250304T071500\r\n") != std::string::npos);
    CHECK(files[0].bytes.find("URL:" + s.tab().page.url + "#answer\r\n") != std::string::npos);
    CHECK(s.reveal_text("Reminder for Tue 4 Mar 2025 at 07:15 saved as stride-back-reminder-2025-03-04.ics"));
    // Today offers it too while the run waits for tomorrow, at the time chosen last.
    s.click("Tab: Today");
    s.click("Add the reminder to my calendar");
    REQUIRE(files.size() == 2);
    CHECK(files[1].bytes.find("DTSTART:20250304T071500\r\n") != std::string::npos);
}

TEST_CASE("a reminder's link opens Today on the question, and the badge counts the questions waiting") {
    Screens s(390.0f, 844.0f, ready_runner());
    log_run(s, 1);
    CHECK(s.tab().page.badges.back() == 0);
    s.browser().clock().set_today(day("2025-03-04"));
    s.click("Tab: Plan");
    s.tab().page.answer_link = true; // the reminder's link opened the app
    s.frame();
    s.frame();
    CHECK(s.state().screen == Screen::today);
    CHECK(s.shows_text_containing("Yesterday's run (5 minutes): how does your hamstring feel this morning"));
    CHECK(s.tab().page.badges.back() == 1);
    s.click("Pain this morning: 0");
    CHECK(s.tab().page.badges.back() == 0);
}

TEST_CASE("distances in miles: typed and shown in miles, kept in km") {
    Screens s(390.0f, 844.0f, ready_runner());
    s.click("Tab: Plan");
    s.click("Distances in: miles");
    CHECK(s.plan().profile.distance_unit == DistanceUnit::miles);
    s.click("Tab: Log");
    s.type_into("Distance in miles (optional)", "5");
    s.click("Worst pain during: 1");
    s.click("Save run");
    REQUIRE(s.plan().runs.size() == 1);
    CHECK(s.plan().runs[0].distance_km == doctest::Approx(8.04672));
    s.click("Tab: History");
    CHECK(s.reveal_text("5 minutes, 5 miles."));
}

TEST_CASE("How the advice works lists every setting's rule with its value and source") {
    Screens s(1280.0f, 800.0f, ready_runner());
    s.click("Tab: How it works");
    CHECK(s.reveal_text("0-3 green: the tendon copes"));
    CHECK(s.reveal_text("A run is green when the worst pain during it"));
    std::size_t found = 0;
    for (const SettingInfo& info : setting_table())
        if (s.reveal_text(setting_rule_words(info, setting_value(s.plan().settings, info.id)))) ++found;
    CHECK(found == kSettingCount);
}

TEST_CASE("Today tells the runner this week's run minutes against what their levels asked for") {
    // Past the readiness checklist (as the core tests' ready_plan), so the first level asks for 5 minutes.
    Plan plan = make_plan(7);
    plan.profile.affected_side = Side::right;
    const auto test = [&](ReadinessItem item, const char* date) {
        ReadinessTest t;
        t.id = static_cast<EntryId>(plan.readiness_tests.size() + 1);
        t.date = day(date);
        t.item = item;
        t.pain = 0;
        return t;
    };
    ReadinessTest curl = test(ReadinessItem::hamstring_curl, "2025-03-01"),
                  jog = test(ReadinessItem::test_jog, "2025-02-26");
    curl.left = 30;
    curl.right = 28;
    jog.minutes = 5;
    jog.pain_24h = jog.pain_48h = 0;
    plan.readiness_tests = {test(ReadinessItem::rest_pain, "2025-03-01"),
                            test(ReadinessItem::drop_lunge, "2025-03-01")};
    plan.readiness_tests.insert(plan.readiness_tests.begin(), jog);
    plan.readiness_tests.push_back(curl);
    for (std::size_t i = 0; i < plan.readiness_tests.size(); ++i)
        plan.readiness_tests[i].id = static_cast<EntryId>(i + 1);
    Screens s(390.0f, 844.0f, plan); // Monday 2025-03-03
    s.frame();
    CHECK_FALSE(s.shows_text_containing("This week: 1 run")); // nothing to say before the week's first run
    s.click("Tab: Log");
    s.click("Worst pain during: 1");
    s.type_into("Minutes", "4");
    s.click("Save run");
    REQUIRE(s.plan().runs.size() == 1);
    s.click("Tab: Today");
    CHECK(s.reveal_text(
        "This week: 1 run, 4 of 5 planned minutes. Shorter is fine when your tendon asks for it."));
}

} // namespace stride::ui
