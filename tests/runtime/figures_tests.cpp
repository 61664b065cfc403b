// What the screens read that is derived from the plan: computed once per plan revision and day, at once
// after a change (or undo) or a new day, and the history's entries newest first, every kind.
#include "page.hpp"

namespace stride::runtime::test {

TEST_CASE("figures are kept while the plan and the day stay, and made again when either changes") {
    FakeBrowser browser;
    Page page(browser);
    std::shared_ptr<const Figures> kept = page.runtime().figures();
    page.frame();
    page.frame();
    CHECK(page.runtime().figures().get() == kept.get());

    page.log_run("a run");
    CHECK(page.runtime().figures().get() != kept.get());
    CHECK(page.runtime().figures()->revision() != kept->revision());
    kept = page.runtime().figures();
    page.command(Command::undo);
    CHECK(page.runtime().figures().get() != kept.get());
    CHECK(page.runtime().figures()->entries().empty());

    kept = page.runtime().figures();
    browser.clock().advance_days(1);
    page.frame();
    CHECK(page.runtime().figures().get() != kept.get());
    CHECK(page.runtime().figures()->today() == page.status().today);
}

TEST_CASE("the history lists every entry of every kind, newest first") {
    FakeBrowser browser;
    Page page(browser);
    const Date today = page.status().today;
    page.act(AddEntry<Run>{run(today - 3, "oldest")});
    DailyCheck check;
    check.date = today - 1;
    page.act(AddEntry<DailyCheck>{check});
    page.act(AddEntry<Run>{run(today - 2, "middle")});

    const std::vector<ListedEntry>& listed = page.runtime().figures()->entries();
    REQUIRE(listed.size() == 3);
    CHECK(listed[0].date == today - 1);
    CHECK(std::holds_alternative<const DailyCheck*>(listed[0].entry));
    CHECK(std::get<const Run*>(listed[1].entry)->note == "middle");
    CHECK(std::get<const Run*>(listed[2].entry)->note == "oldest");
    const HistorySeries& series = page.runtime().figures()->series();
    CHECK(series.pain.size() == 2);
    CHECK(&page.runtime().figures()->series() == &series); // computed once
}

} // namespace stride::runtime::test
