// Two tabs of the app on one browser profile: each follows the other's saves live, a write that finds the
// other tab's newer generation adopts it and re-applies what was not saved yet, and a change that cannot be
// re-applied (an undo at the same instant, an edit of an entry the other tab deleted) is reported.
// (tests/e2e/storage-app.test.mjs "two tabs", through IndexedDB, the Web Lock and the BroadcastChannel.)
#include "page.hpp"

namespace stride::runtime::test {
namespace {

const char* kLost = "Another open Stride Back tab saved at the same moment as your last change here";

} // namespace

TEST_CASE("a tab shows the other tab's saved run on its next frame") {
    FakeBrowser browser;
    Page first(browser);
    Page second(browser);
    first.log_run("from the first tab");
    CHECK(second.tab().wakes > 0); // the announcement asks for a frame
    second.frame();
    CHECK(notes(second.plan()) == list({"from the first tab"}));
    CHECK(second.status().save == storage::SaveState::Saved);
    CHECK(second.status().undo_label.empty()); // undo starts again from the adopted plan
}

TEST_CASE("two tabs adding runs alternately: every run survives in both, after reload") {
    FakeBrowser browser;
    std::vector<std::string> expected;
    {
        Page first(browser);
        Page second(browser);
        for (int round = 1; round <= 2; ++round) {
            first.log_run("first tab " + std::to_string(round));
            second.log_run("second tab " + std::to_string(round));
            expected.push_back("first tab " + std::to_string(round));
            expected.push_back("second tab " + std::to_string(round));
        }
        first.frame();
        std::sort(expected.begin(), expected.end());
        CHECK(notes(first.plan()) == expected);
        CHECK(notes(second.plan()) == expected);
        CHECK(notes(*stored_plan(browser)) == expected);
    }
    Page again(browser);
    CHECK(notes(again.plan()) == expected);
}

TEST_CASE("both tabs at the same instant: the later write finds the other's, adopts it and adds its own") {
    FakeBrowser browser;
    Page first(browser);
    Page second(browser);
    first.log_run("before");
    second.frame();
    // Both writes wait for the lock: the first commits, the second is refused as stale.
    browser.storage().hold_completions(true);
    first.log_run("first together");
    second.log_run("second together");
    CHECK(first.status().save == storage::SaveState::Saving);
    CHECK(second.status().save == storage::SaveState::Saving);
    browser.storage().complete_all();
    second.frame(); // adopts the first tab's generation, re-applies its own run and saves that
    CHECK(second.status().save == storage::SaveState::Saving);
    browser.storage().complete_all();
    first.frame();
    second.frame();
    const std::vector<std::string> expected = list({"before", "first together", "second together"});
    CHECK(notes(second.plan()) == expected);
    CHECK(notes(first.plan()) == expected);
    CHECK(notes(*stored_plan(browser)) == expected);
    CHECK(first.status().save == storage::SaveState::Saved);
    CHECK(second.status().save == storage::SaveState::Saved);
    CHECK(second.status().action_error.empty()); // nothing was lost
}

TEST_CASE("an announcement that arrives late changes nothing: the write that found it already took it") {
    FakeBrowser browser;
    browser.hold_announcements(true);
    Page first(browser);
    Page second(browser);
    first.log_run("first");
    second.log_run("second"); // refused as stale at once: the second tab fetches the first's and rebases
    second.frame();
    browser.deliver_announcements();
    first.frame();
    second.frame();
    CHECK(notes(first.plan()) == list({"first", "second"}));
    CHECK(notes(second.plan()) == list({"first", "second"}));
    CHECK(browser.storage().records().size() == 2); // the first tab's, then the second's on top of it
}

TEST_CASE("an undo at the same instant as the other tab's save cannot be re-applied: the runner is told") {
    FakeBrowser browser;
    Page first(browser);
    Page second(browser);
    second.log_run("to undo");
    first.frame();
    REQUIRE(notes(first.plan()) == list({"to undo"}));

    browser.storage().hold_completions(true);
    first.log_run("first tab's run");
    second.command(Command::undo); // made on the plan before the first tab's run
    CHECK(second.plan().runs.empty());
    browser.storage().complete_all();
    second.frame();
    CHECK(second.status().action_error.find(kLost) != std::string::npos);
    // The other tab's version is kept whole; the undo is what must be made again.
    CHECK(notes(second.plan()) == list({"first tab's run", "to undo"}));
    CHECK(notes(*stored_plan(browser)) == list({"first tab's run", "to undo"}));
    second.command(Command::dismiss_notice);
    CHECK(second.status().action_error.empty());
}

TEST_CASE("an edit of an entry the other tab deleted at the same instant is reported, not applied") {
    FakeBrowser browser;
    Page first(browser);
    Page second(browser);
    first.log_run("shared run");
    second.frame();
    const Run shared = second.plan().runs.at(0);

    browser.storage().hold_completions(true);
    first.act(DeleteEntry<Run>{shared.id});
    Run edited = shared;
    edited.minutes = 25;
    second.act(EditEntry<Run>{edited});
    browser.storage().complete_all();
    second.frame();
    CHECK(second.status().action_error.find(kLost) != std::string::npos);
    CHECK(second.plan().runs.empty());
    CHECK(stored_plan(browser)->runs.empty());
}

} // namespace stride::runtime::test
