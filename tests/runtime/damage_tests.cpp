// A damaged or unreadable newest generation: the app opens the previous good one, tells the runner what
// is missing and since when, and carries on saving from there. (tests/e2e/storage-app.test.mjs "damage and
// failures" and "format versions".)
#include "page.hpp"

#include "core/plan_file/plan_file.hpp"
#include "storage/record.hpp"

namespace stride::runtime::test {
TEST_CASE("a damaged newest generation: the previous one opens, the runner is told, and saving goes on") {
    FakeBrowser browser;
    {
        Page page(browser);
        page.log_run("kept run");
        browser.clock().advance_ms(5 * 60 * 1000);
        page.log_run("damaged run");
    }
    const std::uint64_t newest = browser.storage().records().rbegin()->first;
    browser.storage().corrupt(newest, browser.storage().records()[newest].size() / 2);
    browser.clock().advance_ms(10 * 60 * 1000);

    Page page(browser);
    const std::string& notice = page.status().start_notice;
    CAPTURE(notice);
    CHECK(contains(notice, "could not be opened"));
    CHECK(contains(notice, "damaged"));
    CHECK(contains(notice, "opened the previous save from 15 minutes ago"));
    CHECK(notes(page.plan()) == list({"kept run"}));

    page.log_run("after recovery");
    CHECK(page.status().save == storage::SaveState::Saved);
    CHECK(page.status().start_notice == notice); // shown until dismissed
    page.command(Command::dismiss_notice);
    CHECK(page.status().start_notice.empty());

    Page again(browser);
    CHECK(notes(again.plan()) == list({"after recovery", "kept run"}));
    CHECK(again.status().start_notice.empty()); // the damaged one is older than the newest now
}

TEST_CASE("an intact generation the core cannot read falls back to the plan stored by the previous release") {
    FakeBrowser browser;
    browser.clock().set_today(day("2024-05-06"));
    browser.storage().records()[3] = fixture("fixtures/generation-format1-plan.bin");
    // Phase 1's container fixture (generation 42, intact, but its payload is no plan), a day later.
    browser.storage().records()[42] = fixture("storage/fixtures/generation-format1.bin");
    const storage::DecodeResult plan_record = storage::decode_record(browser.storage().records()[3]);
    REQUIRE(std::holds_alternative<storage::Record>(plan_record));
    browser.clock().set_now_ms(std::get<storage::Record>(plan_record).saved_at_ms +
                               platform::FakeClock::kDayMs);

    Page page(browser);
    const std::string& notice = page.status().start_notice;
    CAPTURE(notice);
    CHECK(contains(notice, "could not be opened"));
    CHECK(contains(notice, "unreadable"));
    CHECK(contains(notice, "previous save from 24 hours ago"));
    CHECK(page.plan().ids.origin == 12345);
    CHECK(notes(page.plan()) == notes(plan_from_json(fixture("fixtures/plan-v1.json")).value()));
}

TEST_CASE("nothing can be opened: the app starts empty, says so, and deletes nothing") {
    FakeBrowser browser;
    {
        Page page(browser);
        page.log_run("only run");
    }
    const auto stored = browser.storage().records();
    for (const auto& entry : stored)
        browser.storage().corrupt(entry.first, 0);
    const auto damaged = browser.storage().records();

    Page page(browser);
    const std::string& notice = page.status().start_notice;
    CAPTURE(notice);
    CHECK(contains(notice, "found saved data it could not open"));
    CHECK(contains(notice, "It is kept untouched. Import your latest backup file"));
    CHECK(page.plan().runs.empty());
    page.frame();
    CHECK(browser.storage().records() == damaged); // kept untouched: it may still help
}

} // namespace stride::runtime::test
