// Sharing with a physio: the plan file out (download, share sheet) and back in (preview, then confirm or
// cancel), files refused in plain words with nothing changed, and the report and CSV exports.
// (tests/e2e/sharing.test.mjs, with the real file picker, drops, downloads and Chromium's PDF printer.)
#include "page.hpp"

#include "core/plan_file/plan_file.hpp"
#include "core/plan_file/plan_in_html.hpp"

#include <algorithm>

namespace stride::runtime::test {
namespace {

using FileKind = FileEvent::Kind;

Plan fixture_plan() {
    return plan_from_json(fixture("fixtures/plan-v1.json")).value();
}

// A browser on the fixture's day with the fixture imported, as the browser tests start.
struct Imported {
    Imported() {
        browser.clock().set_today(day("2024-05-06"));
        page.tab().files.open("from-physio.json", plan_to_json(fixture_plan()));
        page.frame();
        REQUIRE(page.status().import_preview);
        page.command(Command::confirm_import);
        REQUIRE(notes(page.plan()) == notes(fixture_plan()));
    }
    FakeBrowser browser;
    Page page{browser};
};

// The plan file without the installation's id origin (each installation has its own).
std::string without_ids(Plan plan) {
    plan.ids = {};
    return plan_to_json(plan);
}

bool lists(const ImportPreview& preview, const std::string& words) {
    const std::vector<std::string> lines = preview.lines();
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& line) { return contains(line, words); });
}

} // namespace

TEST_CASE("export, then import into a fresh browser profile: the same plan") {
    Imported first;
    first.page.command(Command::export_plan);
    REQUIRE(first.page.tab().files.downloads.size() == 1);
    const platform::FakeFiles::File exported = first.page.tab().files.downloads[0];
    CHECK(exported.name == "sam-quotes-b-stride-back-plan-2024-05-06.json"); // name and date in the name
    CHECK(exported.mime == "application/json");
    CHECK(exported.bytes == plan_to_json(first.page.plan()));
    CHECK(first.page.status().sharing_notice ==
          "Plan file saved to your downloads as sam-quotes-b-stride-back-plan-2024-05-06.json.");

    FakeBrowser other;
    Page second(other);
    second.tab().files.open(exported.name, exported.bytes); // dropped on the page
    second.frame();
    REQUIRE(second.status().import_preview);
    second.command(Command::confirm_import);
    CHECK_FALSE(second.status().import_preview);
    CHECK(without_ids(second.plan()) == without_ids(first.page.plan()));
}

TEST_CASE("the report, holding the plan, imports into a fresh browser profile as the same plan") {
    Imported first;
    first.page.command(Command::export_report);
    REQUIRE(first.page.tab().files.downloads.size() == 1);
    const platform::FakeFiles::File report = first.page.tab().files.downloads[0];

    FakeBrowser other;
    Page second(other);
    second.tab().files.open(report.name, report.bytes);
    second.frame();
    CHECK(second.status().import_error.empty());
    REQUIRE(second.status().import_preview);
    second.command(Command::confirm_import);
    CHECK(without_ids(second.plan()) == without_ids(first.page.plan()));

    second.tab().files.open("old-report.html", "<!doctype html><html><body><h1>Report</h1></body></html>");
    second.frame();
    CHECK(second.status().import_error ==
          "\xE2\x80\x9Cold-report.html\xE2\x80\x9D: This web page holds no Stride Back plan. Open the plan "
          "file, or a report shared from the app (it holds the plan). Nothing was changed.");
}

TEST_CASE("a physio-edited file: the preview lists the changes, nothing changes until it is confirmed") {
    Imported imported;
    Page& page = imported.page;
    page.command(Command::pick_import_file);
    CHECK(page.tab().files.picks == 1);
    const SuggestionKind before = page.runtime().figures()->suggestion().kind;

    Plan physio = page.plan();
    physio.settings.green_max_pain = 0; // stricter zones: the last run's 2/10 during the run becomes red
    physio.settings.amber_max_pain = 1;
    PhysioEntry visit = physio.physio_entries.at(0);
    visit.id = 9007199254740000;
    visit.date = day("2024-05-06");
    visit.visa_h = 70;
    physio.physio_entries.push_back(visit);
    page.tab().files.open("physio.json", plan_to_json(physio));
    page.frame();
    REQUIRE(page.status().import_preview);
    const ImportPreview& preview = *page.status().import_preview;
    CHECK(lists(preview, "1 -> 0")); // both zone limits
    CHECK(lists(preview, "5 -> 1"));
    CHECK(lists(preview, "1 physio entry added"));
    CHECK(page.plan().settings.green_max_pain == 1); // a preview changes nothing

    page.command(Command::confirm_import);
    page.frame(); // the import is applied with the requests of the frame after the tap
    CHECK_FALSE(page.status().import_preview);
    CHECK(page.plan().settings.green_max_pain == 0);
    CHECK(page.plan().physio_entries.size() == 2);
    CHECK(page.runtime().figures()->suggestion().kind != before);
    CHECK(page.runtime().figures()->suggestion().kind == SuggestionKind::step_back);
    CHECK(stored_plan(imported.browser)->settings.green_max_pain == 0); // saved like any change
    CHECK(page.status().undo_label == "import plan file");
    page.command(Command::undo); // and undone like any change
    CHECK(page.plan().settings.green_max_pain == 1);
}

TEST_CASE("cancelling the preview changes nothing") {
    Imported imported;
    Page& page = imported.page;
    const std::string before = plan_to_json(page.plan());
    const std::size_t stored = imported.browser.storage().records().size();
    Plan changed = page.plan();
    changed.settings.green_max_pain = 3;
    page.tab().files.open("changed.json", plan_to_json(changed));
    page.frame();
    REQUIRE(page.status().import_preview);
    page.command(Command::cancel_import);
    CHECK_FALSE(page.status().import_preview);
    page.command(Command::confirm_import); // nothing waits any more
    CHECK(plan_to_json(page.plan()) == before);
    CHECK(imported.browser.storage().records().size() == stored);
}

TEST_CASE("bad files are refused in plain words, with no preview, and nothing changes") {
    const std::string good = fixture("fixtures/plan-v1.json");
    std::string newer = good;
    newer.replace(newer.find("\"schema_version\": 1"), 19, "\"schema_version\": 99");
    const struct {
        const char* what;
        std::string text;
        const char* words;
    } cases[] = {
        {"malformed", R"({"schema_version": 1, "plan": {"profile": )", "cut short"},
        {"wrong version", newer, "newer"},
        {"not a plan", R"({"hello": "world"})", "schema_version"},
    };
    for (const auto& bad : cases) {
        CAPTURE(bad.what);
        Imported imported;
        Page& page = imported.page;
        const std::string before = plan_to_json(page.plan());
        page.tab().files.open(std::string(bad.what) + ".json", bad.text);
        page.frame();
        const std::string& message = page.status().import_error;
        CAPTURE(message);
        CHECK(contains(message, "\xE2\x80\x9C" + std::string(bad.what) + ".json\xE2\x80\x9D: "));
        CHECK(contains(message, bad.words));
        CHECK(contains(message, "Nothing was changed."));
        CHECK_FALSE(page.status().import_preview);
        page.command(Command::confirm_import);
        CHECK(plan_to_json(page.plan()) == before);
        page.command(Command::dismiss_notice);
        CHECK(page.status().import_error.empty());
    }
}

TEST_CASE("a file the page refused unread (too big, several files) shows the page's words") {
    Imported imported;
    Page& page = imported.page;
    const std::string before = plan_to_json(page.plan());
    page.tab().files.refuse("huge.json",
                            "This file is 33 MB, far bigger than any plan file. Nothing was changed.");
    page.frame();
    CHECK(page.status().import_error ==
          "This file is 33 MB, far bigger than any plan file. Nothing was changed.");
    CHECK_FALSE(page.status().import_preview);
    page.command(Command::pick_import_file); // picking again clears it
    CHECK(page.status().import_error.empty());
    CHECK(plan_to_json(page.plan()) == before);
}

TEST_CASE("a newer file replaces a preview still waiting") {
    Imported imported;
    Page& page = imported.page;
    Plan one = page.plan(), two = page.plan();
    one.settings.green_max_pain = 2;
    two.settings.green_max_pain = 3;
    page.tab().files.open("one.json", plan_to_json(one));
    page.tab().files.open("two.json", plan_to_json(two));
    page.frame();
    page.command(Command::confirm_import);
    CHECK(page.plan().settings.green_max_pain == 3);
}

TEST_CASE(
    "the share sheet: offered when the browser can share an HTML file; the report holding the plan goes "
    "out, shared or downloaded") {
    FakeBrowser desktop;
    Page page(desktop);
    CHECK_FALSE(page.status().can_share_files);

    FakeBrowser sharing; // a phone: the app asks once, when it starts
    FakeBrowser::Tab& tab = sharing.open_tab();
    tab.files.sharing = true;
    {
        Runtime runtime(tab.ports());
        runtime.begin_frame();
        CHECK(runtime.status().can_share_files);
        runtime.apply({{}, {Command::share_plan}, {}});
        REQUIRE(tab.files.shares.size() == 1);
        // Android Chrome shares text/html but not application/json (w3c/web-share#142).
        CHECK(tab.files.shares[0].mime == "text/html");
        CHECK(tab.files.shares[0].name.size() > 5);
        CHECK(tab.files.shares[0].name.substr(tab.files.shares[0].name.size() - 5) == ".html");
        const auto inside = plan_from_file(tab.files.shares[0].bytes);
        REQUIRE(inside.ok());
        CHECK(plan_to_json(inside.value()) == plan_to_json(runtime.plan()));

        tab.files.answer_share(FileKind::shared);
        runtime.begin_frame();
        CHECK(runtime.status().sharing_notice ==
              "Report with your plan shared as " + tab.files.shares[0].name + ".");
        CHECK(sharing.notes().count(storage::StorageNote::last_backup) == 1); // a backup left the device

        runtime.apply({{}, {Command::share_plan}, {}});
        tab.files.answer_share(FileKind::share_failed, "NotAllowedError");
        runtime.begin_frame();
        REQUIRE(tab.files.downloads.size() == 1); // the download still gets the file out
        CHECK(tab.files.downloads[0].name == tab.files.shares[1].name);
        CHECK(tab.files.downloads[0].bytes == tab.files.shares[1].bytes);
        CHECK(runtime.status().sharing_notice ==
              "Sharing did not work (NotAllowedError), so the report with your plan was saved to your "
              "downloads as " +
                  tab.files.shares[1].name + ".");
    }
    sharing.close_tab(tab);
}

TEST_CASE("a cancelled share is no backup") {
    FakeBrowser browser;
    FakeBrowser::Tab& tab = browser.open_tab();
    tab.files.sharing = true;
    {
        Runtime runtime(tab.ports());
        runtime.apply({{}, {Command::share_plan}, {}});
        tab.files.answer_share(FileKind::share_cancelled);
        runtime.begin_frame();
        CHECK(runtime.status().sharing_notice.empty());
        CHECK(tab.files.downloads.empty());
    }
    CHECK(browser.notes().count(storage::StorageNote::last_backup) == 0);
    browser.close_tab(tab);
}

TEST_CASE("the report (holding the plan) and the CSV download with their names; the report is a backup") {
    Imported imported;
    Page& page = imported.page;
    page.command(Command::export_csv);
    CHECK(imported.browser.notes().count(storage::StorageNote::last_backup) == 0); // the CSV cannot restore
    page.command(Command::export_report);
    const auto& downloads = page.tab().files.downloads;
    REQUIRE(downloads.size() == 2);
    CHECK(downloads[1].name == "sam-quotes-b-stride-back-report-2024-05-06.html");
    CHECK(downloads[1].mime == "text/html");
    CHECK(contains(downloads[1].bytes, "<html"));
    const auto inside = plan_from_file(downloads[1].bytes);
    REQUIRE(inside.ok());
    CHECK(plan_to_json(inside.value()) == plan_to_json(page.plan()));
    CHECK(page.status().sharing_notice ==
          "Report for your physio (it holds the plan) saved to your downloads "
          "as sam-quotes-b-stride-back-report-2024-05-06.html.");
    CHECK(imported.browser.notes().count(storage::StorageNote::last_backup) == 1);
    CHECK(downloads[0].name == "sam-quotes-b-stride-back-log-2024-05-06.csv");
    CHECK(downloads[0].mime == "text/csv");
}

TEST_CASE(
    "a hostile file (markup and script in the name and a note) is imported as text and exported escaped") {
    Imported imported;
    Page& page = imported.page;
    const std::string hostile = R"(<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">)";
    Plan plan = page.plan();
    plan.profile.name = hostile;
    plan.runs.at(0).note = hostile;
    plan.runs.at(0).pain_during = 8; // red: its note goes into the report's flare-ups
    page.tab().files.open("hostile.json", plan_to_json(plan));
    page.frame();
    page.command(Command::confirm_import);
    CHECK(page.plan().profile.name == hostile);
    page.command(Command::export_report);
    const std::string& report = page.tab().files.downloads.back().bytes;
    CHECK_FALSE(contains(report, "<script>"));
    CHECK_FALSE(contains(report, "<img"));
    CHECK(contains(report, "&lt;script&gt;"));
}

TEST_CASE(
    "a reminder is shared where the browser can share a calendar file, else downloaded; never a backup") {
    Run yesterday;
    yesterday.id = 5;
    yesterday.date = day("2025-03-03");
    yesterday.minutes = 20;
    FakeBrowser browser;
    FakeBrowser::Tab& tab = browser.open_tab();
    tab.files.sharing_calendar = true;
    {
        Runtime runtime(tab.ports());
        runtime.begin_frame();
        CHECK(runtime.status().can_share_reminders);
        CHECK(runtime.status().app_url == tab.page.url);
        Requests remind;
        remind.reminder =
            next_morning_reminder(yesterday, *LocalTime::from_hm(7, 30), runtime.status().app_url);
        runtime.apply(remind);
        REQUIRE(tab.files.shares.size() == 1);
        CHECK(tab.files.shares[0].mime == "text/calendar");
        CHECK(contains(tab.files.shares[0].bytes, "DTSTART:20250304T073000"));
        CHECK(contains(tab.files.shares[0].bytes, "DTSTAMP:20250303T090000Z")); // the fake clock's 09:00 UTC
        tab.files.answer_share(FileKind::share_failed, "NotAllowedError");
        runtime.begin_frame();
        REQUIRE(tab.files.downloads.size() == 1); // the download still gets it out
        CHECK(tab.files.downloads[0].mime == "text/calendar");
        CHECK(contains(runtime.status().sharing_notice, "so the reminder was saved to your downloads"));
    }
    CHECK(browser.notes().count(storage::StorageNote::last_backup) == 0); // a reminder is no backup
    browser.close_tab(tab);

    FakeBrowser desktop;
    Page page(desktop);
    CHECK_FALSE(page.status().can_share_reminders);
    Requests remind;
    remind.reminder = next_morning_reminder(yesterday, *LocalTime::from_hm(8, 0), page.status().app_url);
    page.frame(remind);
    REQUIRE(page.tab().files.downloads.size() == 1);
    CHECK(page.tab().files.downloads[0].name == "stride-back-reminder-2025-03-04.ics");
    CHECK(contains(page.status().sharing_notice, "open it to add it to your calendar"));
}

TEST_CASE("the badge shows how many answers the next run waits for, and a reminder's link is told once") {
    FakeBrowser browser;
    Page page(browser);
    CHECK(page.tab().page.badges == std::vector<int>{0});
    page.log_run("evening run");
    browser.clock().set_today(day("2025-03-04"));
    page.frame();
    CHECK(page.tab().page.badges.back() == 1); // this morning's question waits
    page.tab().page.answer_link = true;
    page.frame();
    CHECK(page.status().opened_on_answer);
    page.frame();
    CHECK_FALSE(page.status().opened_on_answer);
    Run answered = page.plan().runs.at(0);
    answered.pain_next_morning = 0;
    page.act(EditEntry<Run>{answered});
    CHECK(page.tab().page.badges.back() == 0);
    CHECK(page.tab().page.badges.size() == 3); // sent only when the count changed
}

} // namespace stride::runtime::test
