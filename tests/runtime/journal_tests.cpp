// Durable from the tap (issue 18): a change is in the journal before the frame that shows it ends, so a tab
// closed at any moment after it keeps it: the next start makes it again exactly once, shows it as saved and
// says nothing alarming; two tabs never make one journal twice or bring back what was deleted since.
// (tests/e2e/durability.test.mjs does the same through real taps, localStorage and IndexedDB.)
#include "page.hpp"

#include "core/plan_file/plan_file.hpp"
#include "storage/journal.hpp"
#include "storage/record.hpp"

#include <algorithm>
#include <optional>
#include <set>

namespace stride::runtime::test {
namespace {

using storage::SaveState;

// The run the Today screen's one-tap answer edits: `pain` the next morning.
Action answered(const Run& run, int pain) {
    Run edited = run;
    edited.pain_next_morning = pain;
    return EditEntry<Run>{edited};
}

const Run& run_noted(const Plan& plan, const std::string& note) {
    const auto found =
        std::find_if(plan.runs.begin(), plan.runs.end(), [&](const Run& r) { return r.note == note; });
    REQUIRE(found != plan.runs.end());
    return *found;
}

std::size_t journals(FakeBrowser& browser) {
    return browser.journals().size();
}

} // namespace

TEST_CASE("the change is journaled before the frame that made it ends, and the journal goes once committed") {
    FakeBrowser browser;
    Page page(browser);
    browser.storage().hold_completions(true);
    page.frame({{AddEntry<Run>{run(page.status().today, "journaled")}}, {}, {}});
    CHECK(browser.storage().records().empty());
    REQUIRE(journals(browser) == 1); // in the same frame, before anything is committed
    CHECK(contains(browser.journals().begin()->second, "journaled"));
    page.frame();
    CHECK(page.status().save == SaveState::Saving); // safe, and honest about the database
    browser.storage().complete_all();
    page.frame();
    CHECK(page.status().save == SaveState::Saved);
    CHECK(journals(browser) == 0);
}

TEST_CASE("a tab killed before its write started: the run is there at the next start, once, as saved") {
    FakeBrowser browser;
    {
        Page page(browser);
        page.log_run("before");
        browser.storage().hold_completions(true);
        page.log_run("killed before the write");
        browser.storage().drop_pending(); // the page died before IndexedDB started the transaction
    }
    browser.storage().hold_completions(false);
    Page again(browser);
    CHECK(notes(again.plan()) == list({"before", "killed before the write"}));
    CHECK(again.status().start_notice.empty()); // nothing alarming: it was never lost
    again.frame();
    CHECK(again.status().save == SaveState::Saved);
    CHECK(notes(*stored_plan(browser)) == list({"before", "killed before the write"}));
    CHECK(journals(browser) == 0);

    Page third(browser); // and not again
    CHECK(notes(third.plan()) == list({"before", "killed before the write"}));
}

TEST_CASE("a tab closed after its write committed but before it heard so: not added twice") {
    FakeBrowser browser;
    {
        Page page(browser);
        browser.storage().hold_completions(true);
        page.log_run("one");
        page.log_run("two"); // waits behind one's write, so its journal holds both
    }
    REQUIRE(journals(browser) == 1);
    REQUIRE(browser.storage().complete_next()); // one's write commits; the answer finds no tab
    browser.storage().drop_pending();
    browser.storage().hold_completions(false);
    Page again(browser);
    CHECK(notes(again.plan()) == list({"one", "two"}));
    CHECK(notes(*stored_plan(browser)) == list({"one", "two"}));
}

TEST_CASE("Today's one-tap answer survives the tab closing at once, and the question is not asked again") {
    FakeBrowser browser;
    browser.clock().set_today(day("2025-03-03"));
    {
        Page page(browser);
        page.act(AddEntry<Run>{run(day("2025-03-02"), "yesterday")});
        browser.storage().hold_completions(true);
        page.frame({{answered(run_noted(page.plan(), "yesterday"), 0)}, {}, {}});
        browser.storage().drop_pending();
    }
    browser.storage().hold_completions(false);
    Page again(browser);
    REQUIRE(again.plan().runs.size() == 1);
    CHECK(again.plan().runs.front().pain_next_morning == 0);
}

TEST_CASE("an undo is journaled as what it changed") {
    FakeBrowser browser;
    {
        Page page(browser);
        page.log_run("kept");
        page.log_run("undone");
        browser.storage().hold_completions(true);
        page.frame({{}, {Command::undo}, {}});
        browser.storage().drop_pending();
    }
    browser.storage().hold_completions(false);
    Page again(browser);
    CHECK(notes(again.plan()) == list({"kept"}));
}

TEST_CASE("two tabs: a closed tab's journal is made again on the other tab's newer save, never twice") {
    FakeBrowser browser;
    std::optional<Page> first(std::in_place, browser);
    Page second(browser);
    first->log_run("shared");
    second.frame();
    browser.storage().hold_completions(true);
    first->log_run("first, closed mid-save");
    browser.storage().drop_pending();
    first.reset();
    browser.storage().hold_completions(false);
    second.log_run("second, after"); // takes the generation the closed tab's write would have had
    CHECK(notes(second.plan()) == list({"second, after", "shared"}));
    REQUIRE(journals(browser) == 1);

    Page third(browser);
    CHECK(notes(third.plan()) == list({"first, closed mid-save", "second, after", "shared"}));
    third.frame();
    second.frame(); // follows the recovered run live
    CHECK(notes(second.plan()) == list({"first, closed mid-save", "second, after", "shared"}));
    CHECK(notes(*stored_plan(browser)) == list({"first, closed mid-save", "second, after", "shared"}));
    CHECK(journals(browser) == 0);
    std::set<EntryId> ids;
    for (const Run& r : third.plan().runs)
        ids.insert(r.id);
    CHECK(ids.size() == 3); // the recovered run did not take the id of the second tab's run
}

TEST_CASE("two tabs: a journal is never made again after the entry was deleted in the other tab") {
    FakeBrowser browser;
    std::optional<Page> first(std::in_place, browser);
    Page second(browser);
    first->log_run("whole plan"); // the first save is the whole plan; the next ones are deltas on it
    second.frame();
    browser.storage().hold_completions(true);
    first->log_run("deleted later");
    first.reset(); // closed: its write committed below, but the answer found no tab, its journal stays
    browser.storage().complete_all();
    browser.storage().hold_completions(false);
    REQUIRE(journals(browser) == 1);
    second.frame();
    REQUIRE(notes(second.plan()) == list({"deleted later", "whole plan"}));
    const std::uint64_t journaled = browser.storage().records().rbegin()->first;
    second.act(DeleteEntry<Run>{run_noted(second.plan(), "deleted later").id});
    for (int i = 0; i < 6; ++i) // enough saves after it to prune it, were the journal not naming it
        second.log_run("later " + std::to_string(i));
    CHECK(browser.storage().records().count(journaled) == 1);

    Page third(browser);
    const std::vector<std::string> shown = notes(third.plan());
    CHECK(std::count(shown.begin(), shown.end(), "deleted later") == 0);
    CHECK(third.plan().runs.size() == 7);
    CHECK(third.status().start_notice.empty());
    CHECK(journals(browser) == 0);
}

TEST_CASE("a journal of an open tab is left to it") {
    FakeBrowser browser;
    Page writer(browser);
    browser.storage().hold_completions(true);
    writer.log_run("still being saved by its tab");
    {
        Page newcomer(browser); // the writer is open: its journal is its own
        CHECK(notes(newcomer.plan()).empty());
    }
    browser.storage().complete_all();
    writer.frame();
    CHECK(journals(browser) == 0);
    CHECK(notes(writer.plan()) == list({"still being saved by its tab"}));
    CHECK(notes(*stored_plan(browser)) == list({"still being saved by its tab"}));
}

TEST_CASE("two tabs started after a crash: the first is handed the journal, the other is not") {
    FakeBrowser browser;
    {
        Page page(browser);
        browser.storage().hold_completions(true);
        page.log_run("crashed");
        browser.storage().drop_pending();
    }
    browser.storage().hold_completions(true); // the first newcomer's write waits
    Page one(browser);
    Page two(browser);
    CHECK(notes(one.plan()) == list({"crashed"}));
    CHECK(notes(two.plan()).empty()); // handed nothing: the journal is claimed by the first
    browser.storage().complete_all();
    two.frame();
    CHECK(notes(two.plan()) == list({"crashed"})); // it follows the first's save
    CHECK(notes(*stored_plan(browser)) == list({"crashed"}));
}

TEST_CASE("a start that dies after taking a journal over, before removing it, still makes it once") {
    FakeBrowser browser;
    {
        Page page(browser);
        browser.storage().hold_completions(true);
        page.log_run("taken over");
        browser.storage().drop_pending();
    }
    const auto orphan = *browser.journals().begin();
    {
        Page taker(browser); // takes the journal over, then dies before its own write starts
        browser.storage().drop_pending();
        CHECK(journals(browser) == 1);
        CHECK(contains(browser.journals().begin()->second, "\"absorbs\": [\n\"" + orphan.first));
    }
    browser.journals().insert(orphan); // as if removing it never reached the disk
    browser.storage().hold_completions(false);
    Page again(browser);
    CHECK(notes(again.plan()) == list({"taken over"}));
    again.frame();
    CHECK(journals(browser) == 0);
}

TEST_CASE("localStorage refused: the change says plainly it is not safe yet, until it is saved") {
    FakeBrowser browser;
    Page page(browser);
    browser.refuse_journal_writes(true);
    browser.storage().hold_completions(true);
    page.log_run("not journaled");
    CHECK(page.status().save == SaveState::AtRisk);
    CHECK(contains(page.status().save_words, "Not safe yet"));
    CHECK(contains(page.status().save_words, "Keep Stride Back open until it says Saved"));
    CHECK(journals(browser) == 0);
    browser.storage().complete_all();
    page.frame();
    CHECK(page.status().save == SaveState::Saved);
}

TEST_CASE("a journal that cannot be taken over now (localStorage full) is kept for a later start") {
    FakeBrowser browser;
    {
        Page page(browser);
        browser.storage().hold_completions(true);
        page.log_run("kept for later");
        browser.storage().drop_pending();
    }
    browser.storage().hold_completions(false);
    browser.refuse_journal_writes(true);
    {
        Page full(browser);
        CHECK(notes(full.plan()).empty());
        CHECK(contains(full.status().start_notice, "could not be added yet"));
        CHECK(journals(browser) == 1);
    }
    browser.refuse_journal_writes(false);
    Page later(browser);
    CHECK(notes(later.plan()) == list({"kept for later"}));
    CHECK(later.status().start_notice.empty());
}

TEST_CASE("a damaged journal: the runner is told what could not be recovered; the rest opens") {
    FakeBrowser browser;
    {
        Page page(browser);
        page.log_run("saved");
    }
    browser.journals()["tab-gone"] = "{\"journal_version\": 1, \"tab\": \"tab-g"; // cut off
    Page again(browser);
    CHECK(notes(again.plan()) == list({"saved"}));
    CHECK(contains(again.status().start_notice, "could not be recovered"));
    CHECK(contains(again.status().start_notice, "damaged"));
    CHECK(journals(browser) == 0);
}

TEST_CASE("the journal of release 1 (fixture) is made again on the plan stored by the previous release") {
    FakeBrowser browser;
    browser.clock().set_today(day("2024-05-12"));
    browser.storage().records()[3] = fixture("fixtures/generation-format1-plan.bin");
    browser.journals()["tab-of-release-1"] = fixture("storage/fixtures/journal-version1.json");
    Page page(browser);
    CHECK(page.status().start_notice.empty());
    const Run& recovered = run_noted(page.plan(), "logged just before the tab closed");
    CHECK(recovered.pain_next_morning == 0);
    CHECK(page.plan().daily_checks.size() == 2);
    page.frame();
    CHECK(page.status().save == SaveState::Saved);
    CHECK(journals(browser) == 0);
    const Plan fixture_plan = plan_from_json(fixture("fixtures/plan-v1.json")).value();
    CHECK(page.plan().runs.size() == fixture_plan.runs.size() + 1);
}

TEST_CASE("generations stored before the journal existed open as before, with nothing to make again") {
    FakeBrowser browser;
    browser.storage().records()[3] = fixture("fixtures/generation-format1-plan.bin");
    Page page(browser);
    CHECK(page.status().start_notice.empty());
    CHECK(notes(page.plan()) == notes(plan_from_json(fixture("fixtures/plan-v1.json")).value()));
    CHECK(browser.storage().put_count() == 0); // nothing recovered, nothing written
    CHECK(journals(browser) == 0);
}

} // namespace stride::runtime::test
