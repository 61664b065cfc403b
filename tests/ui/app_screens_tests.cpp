// What the runtime's state looks like on the screens, driven by taps: the save indicator, a refused save,
// the start-up notice after a damaged save, the import preview, the backup reminder, the update banner and
// a second tab following the first. The runtime's own cases are in tests/runtime.

#include "harness.hpp"

#include "core/plan_file/plan_file.hpp"
#include "storage/storage_error.hpp"

#include <doctest/doctest.h>

namespace stride::ui {
namespace {

using test::Screens;

// A runner past onboarding, with one run in the plan (stored as an earlier visit left it).
Plan runner_plan() {
    Plan plan = make_plan(7);
    plan.profile.affected_side = Side::right;
    Run r;
    r.id = (EntryId{plan.ids.origin} << 32) | plan.ids.next++;
    r.date = day("2025-03-01");
    r.minutes = 10;
    r.pain_during = 1;
    r.pain_next_morning = 0;
    r.note = "stored run";
    plan.runs.push_back(r);
    return plan;
}

// Another pain each time: the same run saved twice within moments would ask "Save it again?" first.
void save_a_run(Screens& s, int pain_during = 1) {
    s.click("Tab: Log");
    s.click("Worst pain during: " + std::to_string(pain_during));
    s.click("Save run");
}

// Today, from its top: the header line (day, save state) and the app's notices.
void to_today(Screens& s) {
    s.click("Tab: Today");
}

} // namespace

TEST_CASE("the header says Saving until the commit, then Saved; a refused save says why on screen") {
    Screens s(390.0f, 844.0f, runner_plan());
    s.frame();
    CHECK(s.shows_text_containing("\xC2\xB7 Saved"));
    s.browser().storage().hold_completions(true);
    save_a_run(s);
    REQUIRE(s.plan().runs.size() == 2);
    to_today(s);
    CHECK(s.shows_text_containing("\xC2\xB7 Saving\xE2\x80\xA6"));
    s.browser().storage().complete_all();
    s.frame();
    CHECK(s.shows_text_containing("\xC2\xB7 Saved"));

    s.browser().storage().hold_completions(false);
    s.browser().storage().fail_next_put(storage::error_from_browser("QuotaExceededError", ""));
    save_a_run(s, 2);
    to_today(s);
    CHECK(s.shows_text_containing(
        "Not saved: Your browser refused to save (storage full). Export a backup file now."));
    s.tab().hide_page();
    s.frame();
    CHECK_FALSE(s.shows_text_containing("Not saved"));
    CHECK(s.shows_text_containing("\xC2\xB7 Saved"));
}

TEST_CASE("after a damaged save the screen says what was opened instead, until dismissed") {
    platform::FakeBrowser browser;
    test::store_plan(browser, runner_plan());
    Plan newer = runner_plan();
    newer.runs[0].note = "lost run";
    test::store_plan(browser, newer);
    browser.storage().corrupt(2, browser.storage().records()[2].size() / 2);
    Screens s(browser);
    s.frame();
    CHECK(s.shows_text_containing("Your latest save could not be opened (damaged"));
    s.click("Dismiss");
    CHECK_FALSE(s.shows_text_containing("could not be opened"));
    CHECK(s.plan().runs.at(0).note == "stored run");
}

TEST_CASE("a picked plan file is previewed on screen and applied only when the runner taps import") {
    Screens s(390.0f, 844.0f, runner_plan());
    Plan physio = s.plan();
    physio.settings.green_max_pain = 1;
    s.click("Tab: Plan");
    s.click("Import a plan file");
    CHECK(s.tab().files.picks == 1);
    s.tab().files.open("physio.json", plan_to_json(physio));
    to_today(s);
    CHECK(s.shows_text_containing("Import this plan file?"));
    CHECK(s.shows_text_containing("2 -> 1"));
    CHECK(s.plan().settings.green_max_pain == 2);
    s.click("Import these changes");
    s.frame();
    CHECK(s.plan().settings.green_max_pain == 1);
    CHECK_FALSE(s.shows_text_containing("Import this plan file?"));

    s.tab().files.open("broken.json", "{\"schema_version\": 1, \"plan\": ");
    to_today(s);
    CHECK(s.shows_text_containing("Could not import: \xE2\x80\x9C"
                                  "broken.json\xE2\x80\x9D: "));
    s.click("Dismiss");
    CHECK_FALSE(s.shows_text_containing("Could not import"));
}

TEST_CASE("the backup reminder shows a week after the first save, and its button downloads the plan file") {
    Screens s(390.0f, 844.0f, runner_plan());
    s.frame();
    CHECK_FALSE(s.shows_text_containing("backup file"));
    s.browser().clock().advance_days(7);
    s.frame();
    CHECK(s.shows_text_containing("You have not exported a backup file yet."));
    s.click("Export a backup");
    REQUIRE(s.tab().files.downloads.size() == 1);
    CHECK(s.tab().files.downloads[0].mime == "application/json");
    CHECK_FALSE(s.shows_text_containing("You have not exported a backup file yet."));
    CHECK(s.shows_text_containing("Plan file saved to your downloads as "));
}

TEST_CASE("a new version waiting shows Update now, which saves first and then takes it") {
    Screens s(390.0f, 844.0f, runner_plan());
    s.tab().updates.waiting = true;
    s.frame();
    CHECK(s.shows_text_containing("A new version of Stride Back is ready."));
    s.click("Update now");
    CHECK(s.tab().updates.applied == 1);
    CHECK(s.shows_text_containing("Updating\xE2\x80\xA6"));
}

TEST_CASE("a run saved in one tab shows in the other tab's history without a reload") {
    platform::FakeBrowser browser;
    test::store_plan(browser, runner_plan());
    Screens first(browser);
    Screens second(browser, 1280.0f, 800.0f);
    second.click("Tab: History");
    CHECK(second.reveal_text("Note: stored run"));
    first.click("Tab: Log");
    first.type_into("Note", "from the first tab");
    first.click("Worst pain during: 1");
    first.click("Save run");
    REQUIRE(first.plan().runs.size() == 2);
    CHECK(second.reveal_text("Note: from the first tab"));
    CHECK(second.plan().runs.size() == 2);
}

} // namespace stride::ui
