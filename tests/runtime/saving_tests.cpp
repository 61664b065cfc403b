// Saving: the indicator says "Saved" only once the newest change has committed; a refused write is shown
// and loses nothing, and the page's flush writes it again; what was saved is there after a reload; the
// id origin stays with the installation. (tests/e2e/storage-app.test.mjs "saving", "damage and failures",
// "format versions", through the real IndexedDB.)
#include "page.hpp"

#include "core/plan_file/plan_file.hpp"
#include "storage/plan_sync.hpp"
#include "storage/storage_error.hpp"

namespace stride::runtime::test {
namespace {

using storage::SaveState;

const storage::StorageError kFull =
    storage::error_from_browser("QuotaExceededError", "The quota has been exceeded.");

} // namespace

TEST_CASE("a fresh installation writes nothing until the runner changes something") {
    FakeBrowser browser;
    Page page(browser);
    page.frame();
    page.frame();
    CHECK(page.status().save == SaveState::Saved);
    CHECK(page.status().start_notice.empty());
    CHECK(browser.storage().records().empty());
    CHECK(browser.notes().empty());
}

TEST_CASE("\"Saving\" until the commit, \"Saved\" only after it, and the run is stored when it says so") {
    FakeBrowser browser;
    Page page(browser);
    browser.storage().hold_completions(true);
    page.log_run("run 1");
    CHECK(page.status().save == SaveState::Saving);
    CHECK(page.status().save_words == "Saving\u2026");
    CHECK(notes(page.plan()) == list({"run 1"})); // the runner sees it at once
    CHECK(browser.storage().records().empty());   // nothing committed yet
    page.frame();
    CHECK(page.status().save_words == "Saving\u2026"); // however long the commit takes

    const int wakes = page.tab().wakes;
    REQUIRE(browser.storage().complete_next());
    CHECK(page.tab().wakes > wakes); // the answer asks for a frame, so an idle app shows "Saved"
    page.frame();
    CHECK(page.status().save == SaveState::Saved);
    CHECK(page.status().save_words == "Saved");
    REQUIRE(stored_plan(browser));
    CHECK(notes(*stored_plan(browser)) == list({"run 1"}));
}

TEST_CASE("changes made while a write is in flight are written next, together, and Saved waits for them") {
    FakeBrowser browser;
    Page page(browser);
    browser.storage().hold_completions(true);
    page.log_run("run 1");
    page.log_run("run 2");
    page.log_run("run 3");
    REQUIRE(browser.storage().complete_next()); // run 1's write
    page.frame();
    CHECK(page.status().save == SaveState::Saving); // runs 2 and 3 are not stored yet
    browser.storage().complete_all();
    page.frame();
    CHECK(page.status().save == SaveState::Saved);
    CHECK(browser.storage().put_count() == 2); // run 1, then runs 2 and 3 in one generation
    CHECK(notes(*stored_plan(browser)) == list({"run 1", "run 2", "run 3"}));
}

TEST_CASE(
    "a refused write (storage full) is shown, keeps what was saved, and is saved when the page flushes") {
    FakeBrowser browser;
    Page page(browser);
    page.log_run("saved before");
    REQUIRE(page.status().save == SaveState::Saved);

    browser.storage().fail_next_put(kFull);
    page.log_run("refused run");
    CHECK(page.status().save == SaveState::NotSaved);
    CHECK(page.status().save_words ==
          "Not saved: Your browser refused to save (storage full). Export a backup file now.");
    CHECK(notes(*stored_plan(browser)) == list({"saved before"}));      // what was saved is still stored
    CHECK(notes(page.plan()) == list({"refused run", "saved before"})); // the runner still sees both
    page.frame();
    CHECK(page.status().save == SaveState::NotSaved); // it stays until something commits

    page.tab().hide_page(); // visibilitychange to hidden / pagehide: the flush hook
    page.frame();
    CHECK(page.status().save_words == "Saved");
    CHECK(notes(*stored_plan(browser)) == list({"refused run", "saved before"}));
}

TEST_CASE("a store that stays full: nothing is lost, and the next change after space is freed saves all") {
    FakeBrowser browser;
    Page page(browser);
    page.log_run("kept");
    browser.storage().fail_every_put(kFull);
    page.log_run("full 1");
    page.log_run("full 2");
    page.tab().hide_page(); // the flush is refused too
    page.frame();
    CHECK(page.status().save == SaveState::NotSaved);
    CHECK(notes(*stored_plan(browser)) == list({"kept"}));

    browser.storage().fail_every_put(std::nullopt);
    page.log_run("after space was freed");
    CHECK(page.status().save == SaveState::Saved);
    CHECK(notes(*stored_plan(browser)) == list({"after space was freed", "full 1", "full 2", "kept"}));
}

TEST_CASE("every run is there after a reload, and the id origin stays with the installation") {
    FakeBrowser browser;
    std::uint32_t origin = 0;
    {
        Page page(browser);
        page.log_run("run 1");
        page.log_run("run 2", 12);
        page.log_run("run 3", 14);
        origin = page.plan().ids.origin;
    }
    Page again(browser); // a reload: a new page on the same profile
    CHECK(notes(again.plan()) == list({"run 1", "run 2", "run 3"}));
    CHECK(again.status().start_notice.empty());
    again.log_run("run 4");
    CHECK(stored_plan(browser)->ids.origin == origin);

    FakeBrowser other(2); // another installation picks its own origin at random
    Page elsewhere(other);
    elsewhere.log_run("other installation");
    CHECK(stored_plan(other)->ids.origin != origin);
}

TEST_CASE("a run logged just before the tab is closed is there when the app is opened again") {
    FakeBrowser browser;
    {
        Page page(browser);
        browser.storage().hold_completions(true);
        page.log_run("closed tab run");
    }                                 // closed at once, without waiting for "Saved"
    browser.storage().complete_all(); // the browser still commits what the page handed over
    Page again(browser);
    CHECK(notes(again.plan()) == list({"closed tab run"}));
}

TEST_CASE("persistence is asked for once something is saved, not at start-up, and its answer is shown") {
    FakeBrowser browser;
    Page page(browser);
    page.frame();
    CHECK(page.tab().persistence_requests() == 0); // some browsers ask the user: not before it matters
    page.log_run("worth keeping");
    CHECK(page.tab().persistence_requests() == 1);
    CHECK_FALSE(page.status().storage_persisted);
    page.tab().answer_persistence(true);
    page.frame();
    CHECK(page.status().storage_persisted);
    page.log_run("another");
    CHECK(page.tab().persistence_requests() == 1);

    FakeBrowser refused;
    Page asking(refused);
    asking.log_run("worth keeping");
    asking.tab().answer_persistence(false);
    asking.command(Command::request_persistence); // the about screen's "Ask the browser to keep the data"
    CHECK(asking.tab().persistence_requests() == 2);
}

TEST_CASE("a browser that refuses storage: the app starts, says so, and every save says not saved") {
    FakeBrowser browser;
    browser.make_storage_unavailable();
    Page page(browser);
    CHECK(page.status().start_notice ==
          "This browser is not letting Stride Back store data here (private browsing?). Export a backup file "
          "before you close the page.");
    page.log_run("not kept");
    CHECK(page.status().save == SaveState::NotSaved);
    CHECK(page.status().save_words.find("not letting Stride Back store data here") != std::string::npos);
    CHECK(notes(page.plan()) == list({"not kept"}));
    CHECK(browser.storage().records().empty());
}

TEST_CASE("saves after the first are deltas on the whole plan; a grown delta is rewritten whole later") {
    FakeBrowser browser;
    Page page(browser);
    page.log_run("first");
    page.log_run("second");
    std::vector<storage::Record> records = stored_records(browser);
    REQUIRE(records.size() == 2);
    CHECK(records[0].whole());
    CHECK(records[1].base == records[0].generation);

    // A big import: its delta is past the limit, so the whole plan is written again once nothing waits,
    // never in front of the import's own save (and, the first time in a session, a frame later).
    Plan big = page.plan();
    for (int i = 0; i < 600; ++i) {
        Run r = run(page.status().today - (i + 1), "imported run " + std::to_string(i), 20);
        r.id = (EntryId{9} << 32) | static_cast<EntryId>(1000 + i);
        big.runs.push_back(r);
    }
    page.act(ImportMerge{big});
    records = stored_records(browser);
    REQUIRE(records.size() == 3);
    CHECK(records[2].base == records[0].generation);
    CHECK(records[2].payload.size() >= storage::PlanSync::kRewriteWholeAfterBytes);
    page.frame();
    records = stored_records(browser);
    REQUIRE(records.size() == 4);
    CHECK(records[3].whole());
    CHECK(page.status().save == SaveState::Saved);

    page.log_run("after the rewrite");
    records = stored_records(browser);
    CHECK(records.back().base == records[3].generation); // small again: a delta on the new whole plan
    CHECK(records.back().payload.size() < 4096);
    Page again(browser);
    CHECK(again.plan().runs.size() == 603);
}

TEST_CASE("a plan stored by the previous release (format 1) opens; saves on it are deltas on it") {
    FakeBrowser browser;
    browser.clock().set_today(day("2024-05-06"));
    browser.storage().records()[3] = fixture("fixtures/generation-format1-plan.bin"); // generation 3
    const std::vector<std::string> before = notes(plan_from_json(fixture("fixtures/plan-v1.json")).value());
    {
        Page page(browser);
        CHECK(page.status().start_notice.empty());
        CHECK(notes(page.plan()) == before);
        CHECK(page.plan().ids.origin == 12345);
        for (int i = 1; i <= 4; ++i)
            page.log_run("delta run " + std::to_string(i), 10 + i);
    }
    const std::vector<storage::Record> records = stored_records(browser);
    REQUIRE(records.size() == 5);
    for (std::size_t i = 1; i < records.size(); ++i)
        CHECK(records[i].base == 3);
    Page again(browser);
    std::vector<std::string> expected = before;
    for (const char* added : {"delta run 1", "delta run 2", "delta run 3", "delta run 4"})
        expected.push_back(added);
    std::sort(expected.begin(), expected.end());
    CHECK(notes(again.plan()) == expected);
    CHECK(again.plan().ids.origin == 12345);
}

} // namespace stride::runtime::test
