#include "builders.hpp"

#include "core/changes/actions.hpp"
#include "core/changes/plan_delta.hpp"
#include "core/plan_file/plan_file.hpp"

#include <doctest/doctest.h>

namespace stride::test {
namespace {

// A plan with `days` days of morning checks and a run every other day, built through apply().
Plan history(int days) {
    Plan plan = make_plan(77);
    const Date first = day("2024-01-01");
    for (int i = 0; i < days; ++i) {
        add(plan, morning(first + i, i % 3));
        if (i % 2 == 0) add(plan, run(first + i, 20, 0, 1, 0, 0));
    }
    return plan;
}

Plan applied(Plan plan, const Action& action) {
    auto result = stride::apply(plan, action);
    REQUIRE(result.ok());
    return std::move(result).value();
}

// What storage does: diff, store as JSON, read back on the base.
Plan stored_round_trip(const Plan& base, const Plan& now) {
    const auto delta = diff_plans(base, now);
    REQUIRE(delta.has_value());
    auto loaded = plan_from_delta(base, delta_to_json(*delta));
    REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? "" : loaded.error().message));
    return std::move(loaded).value();
}

} // namespace

TEST_CASE("plan delta: an unchanged plan gives an empty delta that reproduces it") {
    const Plan base = history(30);
    const auto delta = diff_plans(base, base);
    REQUIRE(delta.has_value());
    CHECK(delta->changed.runs.empty());
    CHECK(delta->changed.daily_checks.empty());
    CHECK(delta->removed.empty());
    CHECK(apply_delta(base, *delta) == base);
}

TEST_CASE("plan delta: added, edited and deleted entries only, and the result is the new plan") {
    const Plan base = history(365);
    Plan now = base;
    add(now, run(day("2024-03-05"), 25, 0, 2, 1, 0));
    Run edited = base.runs[3];
    edited.pain_during = 4;
    edited.note = "felt it on the hill";
    now = applied(now, EditEntry<Run>{edited});
    const EntryId gone = base.daily_checks[10].id;
    now = applied(now, DeleteEntry<DailyCheck>{gone});
    now.settings.weekly_increase_percent = 7;

    const auto delta = diff_plans(base, now);
    REQUIRE(delta.has_value());
    CHECK(delta->changed.runs.size() == 2); // the new run and the edited one, not the other 182
    CHECK(delta->changed.daily_checks.empty());
    CHECK(delta->removed == std::vector<EntryId>{gone});
    CHECK(apply_delta(base, *delta) == now);
    CHECK(stored_round_trip(base, now) == now);
    CHECK(delta_to_json(*delta).size() * 10 < plan_to_json(now).size());
}

TEST_CASE("plan delta: every kind and field survives the stored form") {
    const Plan base = make_plan(12345);
    const Plan now = full_plan();
    CHECK(stored_round_trip(base, now) == now);
    CHECK(stored_round_trip(now, base) == base); // everything removed
}

TEST_CASE("plan delta: an entry moved to another day lands in date order") {
    const Plan base = history(20);
    Run moved = base.runs.front();
    moved.date = day("2024-01-16");
    const Plan now = applied(base, EditEntry<Run>{moved});
    CHECK(stored_round_trip(base, now) == now);
}

TEST_CASE("plan delta: an order the delta cannot reproduce asks for the whole plan") {
    Plan base = make_plan(5);
    add(base, run(day("2024-02-01"), 20, 0, 1, 0, 0));
    add(base, run(day("2024-02-01"), 30, 0, 1, 0, 0)); // same moment: the list order decides
    Plan swapped = base;
    std::swap(swapped.runs[0], swapped.runs[1]);
    CHECK_FALSE(diff_plans(base, swapped).has_value());

    Plan twice = base;
    twice.runs[1].id = twice.runs[0].id;
    CHECK_FALSE(diff_plans(base, twice).has_value());
}

TEST_CASE("plan delta: a damaged or newer stored delta is refused with the reason") {
    const Plan base = history(10);
    CHECK_FALSE(plan_from_delta(base, "{\"delta_version\": 1, \"changed\": ").ok());
    const auto newer = plan_from_delta(base, "{\"delta_version\": 9}");
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().message.find("newer version") != std::string::npos);

    Plan now = base;
    add(now, run(day("2024-01-20"), 20, 0, 1, 0, 0));
    std::string json = delta_to_json(*diff_plans(base, now));
    const std::string field = "\"pain_during\": 1";
    const auto at = json.find(field);
    REQUIRE(at != std::string::npos);
    json.replace(at, field.size(), "\"pain_during\": 11");
    const auto refused = plan_from_delta(base, json);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field.find("pain_during") != std::string::npos);
}

} // namespace stride::test
