// The update flow: "update now" first has storage write any unsaved change and lets the new version take
// over only once the indicator says saved; a change that cannot be saved holds the update back.
// (tests/e2e/offline.test.mjs "updates", with the real service worker.)
#include "page.hpp"

#include "storage/storage_error.hpp"

namespace stride::runtime::test {

TEST_CASE("a waiting version is offered; with everything saved, update now takes it at once") {
    FakeBrowser browser;
    Page page(browser);
    page.frame();
    CHECK_FALSE(page.status().update_ready);
    page.tab().updates.waiting = true;
    page.frame();
    CHECK(page.status().update_ready);
    page.command(Command::update_now);
    CHECK(page.tab().updates.applied == 1);
    CHECK(page.status().sharing_notice == "Updating\u2026");
}

TEST_CASE("update now waits while a change is being saved and goes ahead once it has committed") {
    FakeBrowser browser;
    Page page(browser);
    page.tab().updates.waiting = true;
    browser.storage().hold_completions(true);
    page.log_run("just before the update");
    page.command(Command::update_now);
    CHECK(page.tab().updates.applied == 0);
    CHECK(page.status().sharing_notice == "Saving your data before updating\u2026");
    page.frame();
    CHECK(page.tab().updates.applied == 0);

    browser.storage().complete_all();
    page.frame();
    CHECK(page.tab().updates.applied == 1);
    CHECK(notes(*stored_plan(browser)) == std::vector<std::string>{"just before the update"});
}

TEST_CASE("update now writes a refused change again first; if it still cannot be saved, the update waits") {
    FakeBrowser browser;
    Page page(browser);
    page.tab().updates.waiting = true;
    browser.storage().fail_next_put(storage::error_from_browser("QuotaExceededError", ""));
    page.log_run("refused once");
    REQUIRE(page.status().save == storage::SaveState::NotSaved);
    page.command(Command::update_now); // the flush succeeds this time
    CHECK(page.tab().updates.applied == 1);
    CHECK(notes(*stored_plan(browser)) == std::vector<std::string>{"refused once"});

    FakeBrowser full;
    Page stuck(full);
    stuck.tab().updates.waiting = true;
    full.storage().fail_every_put(storage::error_from_browser("QuotaExceededError", ""));
    stuck.log_run("cannot be saved");
    stuck.command(Command::update_now);
    CHECK(stuck.tab().updates.applied == 0);
    CHECK(stuck.status().sharing_notice ==
          "The update waits: your latest change could not be saved (Not saved: Your browser refused to save "
          "(storage full). Export a backup file now.). Export a backup file, then try again.");
    stuck.frame();
    CHECK(stuck.tab().updates.applied == 0); // not retried behind the runner's back
}

TEST_CASE("a version that is no longer waiting when the runner agrees: the runner is told to reload") {
    FakeBrowser browser;
    Page page(browser);
    page.tab().updates.waiting = true;
    page.frame();
    page.tab().updates.waiting = false; // another tab took it
    page.command(Command::update_now);
    CHECK(page.status().sharing_notice == "The new version is no longer waiting. Reload the page to get it.");
}

} // namespace stride::runtime::test
