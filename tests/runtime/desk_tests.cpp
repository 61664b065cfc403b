// The physio desk's runtime: a runner's plan sent back through the share sheet where the browser can share
// files (as the runner's own "Share the plan file"), its answers said on the desk, never noted as a backup
// of this device's plan; files go to the desk only while it is open.
#include "page.hpp"

#include "core/plan_file/plan_file.hpp"
#include "core/plan_file/plan_in_html.hpp"

namespace stride::runtime::test {
namespace {

using FileKind = FileEvent::Kind;
using K = DeskRequest::Kind;

Requests desk(K kind, std::size_t runner = 0, std::vector<Action> actions = {}) {
    Requests r;
    DeskRequest d;
    d.kind = kind;
    d.runner = runner;
    d.actions = std::move(actions);
    r.desk.push_back(std::move(d));
    return r;
}

} // namespace

TEST_CASE("the desk sends a runner's plan through the share sheet, and says what the sheet answered") {
    FakeBrowser browser;
    FakeBrowser::Tab& tab = browser.open_tab();
    tab.files.sharing = true;
    Runtime runtime(tab.ports());
    runtime.begin_frame();
    const Plan own = runtime.plan();

    // Closed, a file is the runner's import; open, it is the desk's.
    Plan kim = make_plan(77);
    kim.profile.name = "Kim";
    runtime.apply(desk(K::open));
    tab.files.open("kim.json", plan_to_json(kim));
    runtime.begin_frame();
    CHECK_FALSE(runtime.status().import_preview);
    REQUIRE(runtime.view().desk_status.rows.size() == 1);

    runtime.apply(desk(K::change_plan, 0, {ChangeSetting{SettingId::green_max_pain, 3}}));
    runtime.apply(desk(K::send_back));
    REQUIRE(tab.files.shares.size() == 1);
    CHECK(tab.files.shares[0].mime == "text/html");
    const auto inside = plan_from_file(tab.files.shares[0].bytes);
    REQUIRE(inside.ok());
    CHECK(inside.value().settings.green_max_pain == 3);
    CHECK(inside.value().profile.name == "Kim");
    tab.files.answer_share(FileKind::shared);
    runtime.begin_frame();
    CHECK(runtime.view().desk_status.notice == "Sent: " + tab.files.shares[0].name + ".");
    CHECK(runtime.status().sharing_notice.empty()); // said on the desk, not on the runner's screens
    CHECK(browser.notes().count(storage::StorageNote::last_backup) == 0); // not this device's backup

    runtime.apply(desk(K::send_back));
    tab.files.answer_share(FileKind::share_failed, "NotAllowedError");
    runtime.begin_frame();
    REQUIRE(tab.files.downloads.size() == 1); // the download still gets the file out
    CHECK(runtime.view().desk_status.notice.find("NotAllowedError") != std::string::npos);

    runtime.apply(desk(K::close));
    tab.files.open("kim.json", plan_to_json(kim));
    runtime.begin_frame();
    CHECK(runtime.status().import_preview); // closed again: the runner's import
    CHECK(runtime.plan() == own);           // nothing the desk did changed the runner's plan
}

TEST_CASE("a runner removed from the desk comes back in their place with Undo, until anything else is done") {
    FakeBrowser browser;
    FakeBrowser::Tab& tab = browser.open_tab();
    Runtime runtime(tab.ports());
    runtime.begin_frame();
    runtime.apply(desk(K::open));
    for (const auto& [name, origin] : {std::pair{"Ann", 71}, {"Ben", 72}, {"Cat", 73}}) {
        Plan plan = make_plan(origin);
        plan.profile.name = name;
        tab.files.open(std::string(name) + ".json", plan_to_json(plan));
    }
    runtime.begin_frame();
    const auto names = [&] {
        std::vector<std::string> out;
        for (const DeskRunner& r : runtime.view().desk.runners)
            out.push_back(r.plan.profile.name);
        return out;
    };
    const std::vector<std::string> all = names();
    REQUIRE(all.size() == 3);

    runtime.apply(desk(K::remove_runner, 1));
    runtime.begin_frame();
    const std::string gone = all[1];
    CHECK(runtime.view().desk_status.notice == gone + " removed from the desk.");
    CHECK(runtime.view().desk_status.can_undo_remove);
    CHECK(names().size() == 2);
    runtime.apply(desk(K::undo_remove));
    runtime.begin_frame();
    CHECK(names() == all); // back in the same place
    CHECK(runtime.view().desk_status.notice == gone + " is back on the desk.");
    CHECK_FALSE(runtime.view().desk_status.can_undo_remove);
    // Stored as well: the desk read again from its storage holds all three.
    Runtime again(tab.ports());
    again.begin_frame();
    again.apply(desk(K::open));
    again.begin_frame();
    CHECK(again.view().desk.runners.size() == 3);

    // Anything done in between ends the chance: Undo then changes nothing.
    runtime.apply(desk(K::remove_runner, 0));
    runtime.apply(desk(K::dismiss));
    runtime.apply(desk(K::undo_remove));
    runtime.begin_frame();
    CHECK(names().size() == 2);
    CHECK_FALSE(runtime.view().desk_status.can_undo_remove);
}

} // namespace stride::runtime::test
