// Backup reminders: counted from the first stored change until a plan file has left the device (exported
// or shared), then from that backup; the two dates are kept beside the generations, not in the plan.
#include "page.hpp"

namespace stride::runtime::test {
namespace {

using storage::StorageNote;

constexpr const char* kNever = "You have not exported a backup file yet.";

bool starts_with(const std::string& text, const std::string& words) {
    return text.rfind(words, 0) == 0;
}

} // namespace

TEST_CASE("no reminder while nothing is stored; then one a week after the first save, until a backup") {
    FakeBrowser browser;
    Page page(browser);
    browser.clock().advance_days(30);
    page.frame();
    CHECK_FALSE(page.status().backup_due); // nothing to lose yet

    page.log_run("first");
    REQUIRE(browser.notes().count(StorageNote::first_save) == 1);
    CHECK(browser.notes()[StorageNote::first_save] == page.status().today); // noted at the first commit
    browser.clock().advance_days(6);
    page.frame();
    CHECK_FALSE(page.status().backup_due);

    browser.clock().advance_days(1);
    page.frame();
    CHECK(page.status().backup_due);
    CHECK(starts_with(page.status().backup_words, kNever));
    CHECK(page.status().backup_words.find("Export a backup file now and keep it somewhere safe.") !=
          std::string::npos);

    page.command(Command::export_plan); // the notice's "Export a backup"
    CHECK(browser.notes()[StorageNote::last_backup] == page.status().today);
    CHECK_FALSE(page.status().backup_due);
    CHECK(page.status().backup_words.empty());

    browser.clock().advance_days(9);
    page.frame();
    CHECK(page.status().backup_due);
    CHECK(starts_with(page.status().backup_words, "Your last backup file is 9 days old."));
}

TEST_CASE("the dates outlive a reload; stored data from before the first-save note counts from today") {
    FakeBrowser browser;
    {
        Page page(browser);
        page.log_run("stored");
        page.command(Command::export_plan);
    }
    browser.clock().advance_days(8);
    {
        Page page(browser); // a reload: the last backup is still 8 days old
        CHECK(page.status().backup_due);
        CHECK(starts_with(page.status().backup_words, "Your last backup file is 8 days old."));
    }

    browser.notes().clear(); // written by a release before the notes, or cleared on its own
    Page page(browser);
    CHECK(browser.notes()[StorageNote::first_save] == page.status().today);
    CHECK_FALSE(page.status().backup_due);
    browser.clock().advance_days(7);
    page.frame();
    CHECK(starts_with(page.status().backup_words, kNever));
}

TEST_CASE("a Safari tab: the warning that Safari deletes unused data shows once; the reminder comes sooner") {
    FakeBrowser safari;
    FakeBrowser::Tab& tab = safari.open_tab();
    tab.page.safari_tab = true;
    {
        Runtime runtime(tab.ports());
        runtime.begin_frame();
        const std::string& warning = runtime.status().storage_warning;
        CHECK(warning.find("Safari deletes this site's data") == 0);
        CHECK(warning.find("Add to Home Screen") != std::string::npos);
        CHECK(warning.find("keep separate data") != std::string::npos);
        runtime.apply({{}, {Command::dismiss_storage_warning}, {}});
        runtime.begin_frame();
        CHECK(runtime.status().storage_warning.empty());
        CHECK(safari.notes().count(StorageNote::storage_warning_read) == 1);
    }
    safari.close_tab(tab);
    FakeBrowser::Tab& again = safari.open_tab(); // opened again: read once is enough
    again.page.safari_tab = true;
    {
        Runtime runtime(again.ports());
        runtime.begin_frame();
        CHECK(runtime.status().storage_warning.empty());
    }
    safari.close_tab(again);

    FakeBrowser other; // Chromium, Firefox, or the Home Screen app: no warning
    Page page(other);
    CHECK(page.status().storage_warning.empty());
}

TEST_CASE("a Safari tab reminds to back up after 3 days, where another browser waits a week") {
    FakeBrowser safari;
    FakeBrowser::Tab& tab = safari.open_tab();
    tab.page.safari_tab = true;
    {
        Runtime runtime(tab.ports());
        Requests requests;
        requests.actions.push_back(AddEntry<Run>{run(runtime.status().today, "first")});
        runtime.begin_frame();
        runtime.apply(std::move(requests));
        runtime.begin_frame();
        REQUIRE(safari.notes().count(StorageNote::first_save) == 1);
        safari.clock().advance_days(2);
        runtime.begin_frame();
        CHECK_FALSE(runtime.status().backup_due);
        safari.clock().advance_days(1);
        runtime.begin_frame();
        CHECK(runtime.status().backup_due);
        CHECK(runtime.status().backup_words.find("Safari deletes your history") != std::string::npos);
    }
    safari.close_tab(tab);
}

} // namespace stride::runtime::test
