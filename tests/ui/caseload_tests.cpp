// The physio desk in real frames: plan files opened several at once into a desk kept apart from the
// runner's own plan, one row per runner sorted by alert, and a runner's plan adjusted and sent back in a few
// clicks from its row.

#include "harness.hpp"

#include "core/plan_file/desk_file.hpp"
#include "core/plan_file/plan_file.hpp"
#include "core/plan_file/plan_in_html.hpp"

#include <doctest/doctest.h>

namespace stride::ui {
namespace {

using test::Screens;

const Date kToday = day("2025-03-03"); // the harness's clock

Plan runner(const char* name, std::uint32_t origin) {
    Plan plan = make_plan(origin);
    plan.profile.name = name;
    plan.profile.affected_side = Side::left;
    DailyCheck check;
    check.id = next_entry_id(plan.ids);
    ++plan.ids.next;
    check.date = kToday;
    check.pain_at_rest = 0;
    plan.daily_checks.push_back(check);
    return plan;
}

// Ann logged today and is calm; Ben has not logged for 5 days; Cat had pain at rest 4/10 this morning.
std::vector<Plan> three_runners() {
    Plan ann = runner("Ann", 11);
    Plan ben = runner("Ben", 12);
    ben.daily_checks[0].date = kToday - 5;
    Plan cat = runner("Cat", 13);
    cat.daily_checks[0].pain_at_rest = 4;
    return {ann, ben, cat};
}

void open_desk_with_three(Screens& s) {
    s.frame();
    s.click("Tab: Plan");
    REQUIRE(s.reveal("Open the physio desk"));
    s.click("Open the physio desk");
    s.frame();
    CHECK(s.tab().files.several);
    s.click("Open plan files");
    CHECK(s.tab().files.picks == 1);
    for (const Plan& p : three_runners())
        s.tab().files.open(p.profile.name + "-plan.json", plan_to_json(p));
    s.frame();
    s.frame();
}

} // namespace

TEST_CASE(
    "the desk opens several plan files, sorts them by alert and keeps them apart from the runner's plan") {
    Plan own = runner("Me", 5);
    Screens s(1280.0f, 800.0f, own);
    const auto generations = s.browser().storage().records().size();
    open_desk_with_three(s);
    const auto& rows = s.runtime().view().desk_status.rows;
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].name == "Cat"); // pain at rest: more urgent than not logging
    CHECK(rows[1].name == "Ben");
    CHECK(rows[2].name == "Ann");
    CHECK(s.shows_text_containing("Pain at rest 4/10"));
    CHECK(s.shows_text_containing("No entries for 5 days"));
    CHECK(s.shows_text_containing("3 runners, 2 flagged"));
    CHECK(s.runtime().view().desk_status.notice == "Ann, Ben and Cat added to the desk.");
    // The runner's own plan and its storage are untouched; the desk has its own.
    CHECK(s.plan() == own);
    CHECK(s.browser().storage().records().size() == generations);
    REQUIRE(s.browser().desk_store().text);
    auto saved = desk_from_json(*s.browser().desk_store().text);
    REQUIRE(saved.ok());
    CHECK(saved.value().desk.runners.size() == 3);

    // Back on the runner's side: no sign of the caseload, and one file at a time again.
    s.click("Back to my own plan");
    s.frame();
    CHECK_FALSE(s.tab().files.several);
    CHECK_FALSE(s.shows_text_containing("Cat"));

    // Another visit (a new tab on the same profile) finds the desk as it was left.
    Screens again(s.browser(), 1280.0f, 800.0f);
    again.frame();
    again.click("Tab: Plan");
    REQUIRE(again.reveal("Open the physio desk"));
    again.click("Open the physio desk");
    again.frame();
    CHECK(again.runtime().view().desk_status.rows.size() == 3);
}

TEST_CASE("from a row: green ceiling, level and two exercises changed and sent back in six clicks") {
    Screens s(1280.0f, 800.0f, runner("Me", 5));
    open_desk_with_three(s);
    int steps = 0;
    const auto step = [&](const std::string& label) {
        REQUIRE(s.reveal(label));
        ++steps;
    };
    step("Adjust Ben's plan");
    s.click("Adjust Ben's plan");
    s.frame();
    const std::string green = "Highest pain during a run that is still green (/10)";
    step(green);
    s.type_into(green, "3");
    step("Level: next run, minutes");
    s.type_into("Level: next run, minutes", "15");
    for (int i = 0; i < 2; ++i) {
        step("Add an exercise to the programme");
        s.click("Add an exercise to the programme");
        s.frame();
        // The new exercise's name has the keyboard: typed into without another click.
        const std::string name = "Exercise " + std::to_string(i + 1) + ", name";
        s.type_into(name, i == 0 ? "Isometric bridge" : "Prone hamstring curl");
    }
    step("Save and send back to Ben");
    s.click("Save and send back to Ben");
    s.frame();
    s.frame();
    CHECK(steps == 6);
    REQUIRE(s.tab().files.downloads.size() == 1); // this browser cannot share: downloaded
    const auto& sent = s.tab().files.downloads.back();
    CHECK(sent.mime == "text/html");
    auto plan = plan_from_file(sent.bytes);
    REQUIRE(plan.ok());
    CHECK(plan.value().profile.name == "Ben");
    CHECK(plan.value().settings.green_max_pain == 3);
    CHECK(plan.value().prescription.set);
    CHECK(plan.value().prescription.from == kToday);
    CHECK(plan.value().prescription.level_minutes == 15);
    REQUIRE(plan.value().prescription.strength_programme.size() == 2);
    CHECK(plan.value().prescription.strength_programme[1].name == "Prone hamstring curl");
    CHECK(s.runtime().view().desk_status.notice.find("saved to your downloads") != std::string::npos);
    CHECK(s.reveal_text("saved to your downloads"));
    // The desk keeps the adjusted plan; the runner's own plan on this device is not the physio's.
    CHECK(s.plan().settings.green_max_pain == 2);
}
TEST_CASE("a screen reader reaches the desk from the first screen, reads the rows and adjusts a plan") {
    Screens s(390.0f, 844.0f); // a new device: the first screen
    s.frame();
    s.activate(Role::button, "Open the physio desk");
    s.activate(Role::button, "Open plan files");
    for (const Plan& p : three_runners())
        s.tab().files.open(p.profile.name + ".json", plan_to_json(p));
    s.frame();
    s.frame();
    CHECK(s.node(Role::heading, "Cat").role == Role::heading);
    s.activate(Role::button, "Adjust Cat's plan");
    CHECK(s.node(Role::heading, "Cat's plan").role == Role::heading);
    s.type(Role::spinbutton, "Highest pain during a run that is still green (/10)", "3");
    s.activate(Role::button, "Save without sending");
    s.frame();
    CHECK(s.runtime().view().desk.runners[2].plan.settings.green_max_pain == 3);
    s.activate(Role::button, "Back to the caseload");
    s.activate(Role::button, "Back to my own plan");
    CHECK(s.state().screen == Screen::plan);
}

TEST_CASE("a file that is not a plan is named and refused, the others added; a full storage is said") {
    Screens s(1280.0f, 800.0f, runner("Me", 5));
    s.browser().desk_store().refuse = true;
    s.frame();
    s.click("Tab: Plan");
    REQUIRE(s.reveal("Open the physio desk"));
    s.click("Open the physio desk");
    s.frame();
    s.tab().files.open("notes.txt", "hello");
    s.tab().files.open("ann.json", plan_to_json(three_runners()[0]));
    s.frame();
    s.frame();
    const auto& status = s.runtime().view().desk_status;
    CHECK(status.rows.size() == 1);
    CHECK(status.error.find("could not be saved on this device") != std::string::npos);
    CHECK_FALSE(s.browser().desk_store().text);
    // The runner's import is not involved: no preview of the runner's plan.
    CHECK_FALSE(s.runtime().view().status.import_preview);
    s.browser().desk_store().refuse = false;
    s.tab().files.open("notes.txt", "hello");
    s.frame();
    s.frame();
    CHECK(s.runtime().view().desk_status.error.find("\xE2\x80\x9Cnotes.txt\xE2\x80\x9D") == 0);
}

} // namespace stride::ui
