// Actions made again on another copy of the plan (core/changes/replay.hpp) and their JSON form
// (core/changes/action_json.hpp): what the storage journal relies on to give back a change exactly once.
#include "builders.hpp"

#include "core/changes/action_json.hpp"
#include "core/changes/replay.hpp"
#include "core/plan_file/json_archive.hpp" // first among cereal's includes
#include "core/plan_file/serialization.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>

namespace stride::test {
namespace {

Plan made(Plan plan, const std::vector<Action>& actions) {
    for (const Action& action : actions) {
        auto next = stride::apply(plan, action);
        REQUIRE_MESSAGE(next.ok(), (next.ok() ? "" : next.error().message));
        plan = std::move(next).value();
    }
    return plan;
}

std::vector<std::string> notes(const Plan& plan) {
    std::vector<std::string> all;
    for (const Run& r : plan.runs)
        all.push_back(r.note);
    return all;
}

Run noted(const char* date, const std::string& note) {
    Run r = run(day(date), 20, 0, 1, 0, kNotRecorded);
    r.note = note;
    return r;
}

std::string to_json(const std::vector<Action>& actions) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive archive(out);
        archive(cereal::make_nvp("actions", ActionList{actions}));
    }
    return out.str();
}

std::vector<Action> from_json(const std::string& json) {
    std::istringstream in(json);
    cereal::JSONInputArchive archive(in);
    ActionList list;
    archive(cereal::make_nvp("actions", list));
    return list.actions;
}

} // namespace

TEST_CASE("with_next_id: an added entry gets the id apply() gives it; others are unchanged") {
    Plan plan = make_plan(9);
    const Action named = with_next_id(plan, AddEntry<Run>{noted("2025-03-01", "a")});
    const EntryId id = std::get<AddEntry<Run>>(named).entry.id;
    CHECK(id == next_entry_id(plan.ids));
    const Plan after = made(plan, {AddEntry<Run>{noted("2025-03-01", "a")}});
    CHECK(after.runs.front().id == id);
    CHECK(std::get<DeleteEntry<Run>>(with_next_id(plan, DeleteEntry<Run>{7})).id == 7);
    CHECK(std::get<AddEntry<Run>>(with_id_cleared(named)).entry.id == 0);
}

TEST_CASE("replay on the same plan gives the same plan, ids included") {
    Plan start = make_plan(3);
    std::vector<Action> actions;
    Plan now = start;
    for (const char* note : {"one", "two"}) { // as the runtime does: applied as sent, journaled as made
        const Action sent = AddEntry<Run>{noted("2025-03-01", note)};
        actions.push_back(with_next_id(now, sent));
        now = made(now, {sent});
    }
    Run edited = now.runs.front();
    edited.pain_next_morning = 0;
    actions.push_back(EditEntry<Run>{edited});
    now = made(now, {actions.back()});

    const Replayed again = replay_actions(start, actions);
    CHECK(again.failed.empty());
    CHECK(again.plan.runs == now.runs);
    CHECK(again.plan.ids.next == now.ids.next);
    CHECK(again.applied.size() == 3);
}

TEST_CASE("replay on a plan another tab changed: a taken id is replaced, and later actions follow it") {
    Plan start = make_plan(3);
    const Action mine = with_next_id(start, AddEntry<Run>{noted("2025-03-01", "mine")});
    const EntryId my_id = std::get<AddEntry<Run>>(mine).entry.id;
    Run mine_edited = std::get<AddEntry<Run>>(mine).entry;
    mine_edited.pain_next_morning = 2;
    // The other tab added its own run first, with the same next id.
    const Plan theirs = made(start, {AddEntry<Run>{noted("2025-03-01", "theirs")}});
    REQUIRE(theirs.runs.front().id == my_id);

    const Replayed again = replay_actions(theirs, {mine, EditEntry<Run>{mine_edited}});
    CHECK(again.failed.empty());
    REQUIRE(again.plan.runs.size() == 2);
    std::vector<std::string> both = notes(again.plan);
    std::sort(both.begin(), both.end());
    CHECK(both == std::vector<std::string>{"mine", "theirs"});
    for (const Run& r : again.plan.runs) {
        if (r.note == "theirs") CHECK(r.pain_next_morning == kNotRecorded); // the edit followed mine
        if (r.note == "mine") CHECK(r.pain_next_morning == 2);
    }
    CHECK(std::get<AddEntry<Run>>(again.applied.front()).entry.id != my_id);
    // New entries after it get ids no entry has.
    const Plan later = made(again.plan, {AddEntry<Run>{noted("2025-03-02", "later")}});
    std::set<EntryId> ids;
    for (const Run& r : later.runs)
        ids.insert(r.id);
    CHECK(ids.size() == 3);
}

TEST_CASE("replay: a kept id moves the plan's next id past it") {
    Plan start = make_plan(3);
    Run r = noted("2025-03-01", "kept");
    r.id = (EntryId{3} << 32) | 40; // given by a copy of the plan that had numbered further
    const Replayed again = replay_actions(start, {AddEntry<Run>{r}});
    CHECK(again.plan.runs.front().id == r.id);
    CHECK(again.plan.ids.next == 41);
}

TEST_CASE("replay never brings back an entry deleted since, and a delete already done is no failure") {
    Plan plan = make_plan(3);
    const EntryId id = add(plan, noted("2025-03-01", "deleted in the other tab"));
    Run edited = plan.runs.front();
    edited.pain_next_morning = 1;
    const Plan theirs = made(plan, {DeleteEntry<Run>{id}});

    const Replayed edit = replay_actions(theirs, {EditEntry<Run>{edited}});
    CHECK(edit.plan.runs.empty());
    REQUIRE(edit.failed.size() == 1);
    CHECK(edit.failed.front() == "edit run: it was deleted in the meantime");
    CHECK(edit.applied.empty());

    const Replayed remove = replay_actions(theirs, {DeleteEntry<Run>{id}});
    CHECK(remove.failed.empty());
    CHECK(remove.plan.runs.empty());
}

TEST_CASE("replay: changes of several settings are checked together") {
    Plan before = make_plan(3);
    Plan after = before;
    // Each alone would put green above amber, or amber below green: only together they are valid.
    after.settings.green_max_pain = before.settings.amber_max_pain + 1;
    after.settings.amber_max_pain = before.settings.amber_max_pain + 2;
    const std::vector<Action> actions = diff_actions(before, after);
    const Replayed again = replay_actions(before, actions);
    CHECK(again.failed.empty());
    CHECK(again.plan.settings == after.settings);

    const Replayed refused = replay_actions(before, {ChangeSetting{SettingId::green_max_pain, 10}});
    CHECK(refused.failed.size() == 1);
    CHECK(refused.plan.settings == before.settings);
}

TEST_CASE("diff_actions: made on `before` they give `after`, for every kind and part") {
    const Plan before = full_plan();
    Plan after = before;
    after.runs.front().note = "edited";
    after.strength_sessions.clear();
    Run added = noted("2025-06-01", "added");
    added.id = next_entry_id(after.ids);
    after.runs.push_back(added);
    ++after.ids.next;
    after.settings.weekly_increase_percent = 9;
    after.profile.name = "Another name";
    after.goal.target_minutes = 45;
    after.race.planned = false;
    after.prescription.note = "Hills from May";

    const std::vector<Action> actions = diff_actions(before, after);
    const Replayed again = replay_actions(before, actions);
    CHECK(again.failed.empty());
    CHECK(again.plan.runs == after.runs);
    CHECK(again.plan.strength_sessions.empty());
    CHECK(again.plan.settings == after.settings);
    CHECK(again.plan.profile == after.profile);
    CHECK(again.plan.goal == after.goal);
    CHECK(again.plan.race == after.race);
    CHECK(again.plan.prescription == after.prescription);
    CHECK(again.plan.ids.next == after.ids.next);
    CHECK(diff_actions(after, after).empty());
}

TEST_CASE("action JSON: every kind of action survives a round trip") {
    const Plan plan = full_plan();
    std::vector<Action> actions;
    for_each_entry_kind([&](auto kind) {
        using Entry = decltype(kind);
        const Entry& entry = entries<Entry>(plan).front();
        actions.push_back(AddEntry<Entry>{entry});
        actions.push_back(EditEntry<Entry>{entry});
        actions.push_back(DeleteEntry<Entry>{entry.id});
    });
    actions.push_back(ChangeSetting{SettingId::amber_max_pain, 6});
    actions.push_back(ResetSetting{SettingId::green_max_pain});
    actions.push_back(ResetAllSettings{});
    actions.push_back(SetProfile{plan.profile});
    actions.push_back(SetGoal{plan.goal});
    actions.push_back(SetRace{plan.race});
    actions.push_back(SetPrescription{plan.prescription});

    const std::string json = to_json(actions);
    CHECK(json.find("\"do\": \"add\"") != std::string::npos);
    CHECK(json.find("\"list\": \"strength_sessions\"") != std::string::npos);
    CHECK(json.find("\"setting\": \"amber_max_pain\"") != std::string::npos);
    const std::vector<Action> back = from_json(json);
    REQUIRE(back.size() == actions.size());
    // Made on the same plan, the read-back actions do exactly what the originals do.
    for (std::size_t i = 0; i < actions.size(); ++i) {
        CHECK(describe_action(back[i]) == describe_action(actions[i]));
        const auto a = stride::apply(plan, actions[i]), b = stride::apply(plan, back[i]);
        REQUIRE(a.ok() == b.ok());
        if (a.ok()) CHECK(to_json(diff_actions(plan, a.value())) == to_json(diff_actions(plan, b.value())));
    }
}

TEST_CASE("action JSON: an import is never written whole; unknown words are refused naming the field") {
    CHECK_THROWS_AS(to_json({ImportMerge{full_plan()}}), std::logic_error);
    CHECK_THROWS_WITH_AS(from_json(R"({"actions": [{"do": "juggle"}]})"), doctest::Contains("juggle"),
                         SerializationError);
    CHECK_THROWS_WITH_AS(from_json(R"({"actions": [{"do": "delete", "list": "naps", "id": 1}]})"),
                         doctest::Contains("naps"), SerializationError);
    CHECK_THROWS_WITH_AS(from_json(R"({"actions": [{"do": "change_setting", "setting": "x", "value": 1}]})"),
                         doctest::Contains("setting"), SerializationError);
    try {
        from_json(R"({"actions": [{"do": "reset_all_settings"}, {"do": "add", "list": "runs"}]})");
        FAIL("a missing entry must be refused");
    } catch (const SerializationError& e) {
        CHECK(e.path() == "[1].entry");
    }
}

} // namespace stride::test
