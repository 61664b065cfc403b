// Actions, the pure apply() function, import-merge and undo/redo.

#include "builders.hpp"

#include "core/changes/actions.hpp"
#include "core/changes/merge.hpp"
#include "core/changes/timeline.hpp"

#include <algorithm>

using namespace stride;
using namespace stride::test;

namespace {
Plan applied(const Plan& plan, const Action& action) {
    auto result = stride::apply(plan, action);
    REQUIRE_MESSAGE(result.ok(), (result.ok() ? "" : result.error().message));
    return std::move(result).value();
}
FieldError refused(const Plan& plan, const Action& action) {
    auto result = stride::apply(plan, action);
    REQUIRE_FALSE(result.ok());
    return result.error();
}
} // namespace

TEST_CASE_TEMPLATE("every entry kind can be added, edited and deleted", Entry, Run, StrengthSession,
                   DailyCheck, Aggravator, PhysioEntry, ReadinessTest) {
    const Plan full = full_plan();
    Entry entry = entries<Entry>(full).at(0);
    entry.id = 0;
    const Plan empty = make_plan(3);

    const Plan one = applied(empty, AddEntry<Entry>{entry});
    REQUIRE(entries<Entry>(one).size() == 1);
    const EntryId id = entries<Entry>(one)[0].id;
    CHECK(id == ((EntryId{3} << 32) | 1));
    CHECK(one.ids.next == 2);
    CHECK(entries<Entry>(empty).empty()); // the input plan is untouched

    Entry changed = entries<Entry>(one)[0];
    changed.note = "edited";
    const Plan edited = applied(one, EditEntry<Entry>{changed});
    CHECK(entries<Entry>(edited)[0].note == "edited");
    CHECK(entries<Entry>(edited)[0].id == id);

    const Plan deleted = applied(edited, DeleteEntry<Entry>{id});
    CHECK(entries<Entry>(deleted).empty());
    CHECK(refused(deleted, DeleteEntry<Entry>{id}).field == "id");
    CHECK(refused(deleted, EditEntry<Entry>{changed}).message.find("no ") != std::string::npos);

    // A caller-chosen id is kept, and a clash is refused.
    Entry chosen = entry;
    chosen.id = 77;
    const Plan with_chosen = applied(empty, AddEntry<Entry>{chosen});
    CHECK(entries<Entry>(with_chosen)[0].id == 77);
    CHECK(refused(with_chosen, AddEntry<Entry>{chosen}).field == "id");
    CHECK(with_chosen.ids.next == 1); // another installation's id takes nothing from this one's sequence

    // The id the plan would give next, taken in advance (the screens do, to find the saved entry): the
    // sequence moves past it, so the next entry of any kind gets a new one.
    Entry in_advance = entry;
    in_advance.id = (EntryId{3} << 32) | empty.ids.next;
    const Plan taken = applied(empty, AddEntry<Entry>{in_advance});
    CHECK(taken.ids.next == empty.ids.next + 1);
    DailyCheck other = morning(day("2025-03-03"), 0);
    const Plan after = applied(taken, AddEntry<DailyCheck>{other});
    CHECK(after.daily_checks.back().id != in_advance.id);
}

TEST_CASE("an invalid entry is refused naming the field, and the plan is unchanged") {
    const Plan plan = make_plan(1);
    Run r = run(day("2024-06-01"), 10, 0, 11, 0, kNotRecorded);
    const FieldError e = refused(plan, AddEntry<Run>{r});
    CHECK(e.field == "pain_during");
    CHECK(e.message == "pain_during must be between 0 and 10 (it was 11)");
    r.pain_during = 2;
    r.minutes = -5;
    CHECK(refused(plan, AddEntry<Run>{r}).field == "minutes");
    r.minutes = 10;
    r.pain_next_morning = -2;
    CHECK(refused(plan, AddEntry<Run>{r}).field == "pain_next_morning");
    r.pain_next_morning = kNotRecorded;
    r.note = std::string(3000, 'x');
    CHECK(refused(plan, AddEntry<Run>{r}).field == "note");
    StrengthSession s;
    s.exercises = {{"curl", 3, 10, -1, ""}};
    CHECK(refused(plan, AddEntry<StrengthSession>{s}).field == "exercises[0].load_kg");
}

TEST_CASE("entries are kept in date order whatever order they are added in") {
    Plan plan = make_plan(1);
    plan = applied(plan, AddEntry<Run>{run(day("2024-06-05"), 10, 0, 0, 0, 0)});
    plan = applied(plan, AddEntry<Run>{run(day("2024-06-01"), 5, 0, 0, 0, 0)});
    plan = applied(plan, AddEntry<Run>{run(day("2024-06-03"), 5, 0, 0, 0, 0)});
    REQUIRE(plan.runs.size() == 3);
    CHECK(plan.runs[0].date == day("2024-06-01"));
    CHECK(plan.runs[1].date == day("2024-06-03"));
    CHECK(plan.runs[2].date == day("2024-06-05"));
}

TEST_CASE("settings change within their range, reset to default, and refuse nonsense") {
    const Plan plan = make_plan(1);
    const Plan changed = applied(plan, ChangeSetting{SettingId::green_max_pain, 1});
    CHECK(changed.settings.green_max_pain == 1);
    CHECK(refused(plan, ChangeSetting{SettingId::green_max_pain, 11}).field == "green_max_pain");
    // Green above amber would make amber runs impossible.
    CHECK(refused(plan, ChangeSetting{SettingId::green_max_pain, 6}).field == "amber_max_pain");
    CHECK(refused(plan, ChangeSetting{static_cast<SettingId>(999), 1}).field == "settings");
    const Plan reset = applied(changed, ResetSetting{SettingId::green_max_pain});
    CHECK(reset.settings.green_max_pain == 2);
    Plan many = applied(changed, ChangeSetting{SettingId::spike_percent, 20});
    many = applied(many, ResetAllSettings{});
    CHECK(many.settings == Settings{});
}

TEST_CASE("the settings table matches the settings struct") {
    std::size_t index = 0;
    for (const SettingInfo& info : setting_table()) {
        CHECK(static_cast<std::size_t>(info.id) == index++);
        CHECK(setting_by_key(info.key) == info.id);
        const int value = default_setting(info.id);
        CHECK(value >= info.min_value);
        CHECK(value <= info.max_value);
        CHECK(std::string(info.source).size() > 5);
    }
    CHECK_FALSE(setting_by_key("no_such_setting").has_value());
}

TEST_CASE("profile, goal, race and prescription are set by actions and validated") {
    Plan plan = make_plan(1);
    plan = applied(plan, SetProfile{{"Alex", Side::right}});
    CHECK(plan.profile.affected_side == Side::right);
    plan = applied(plan, SetGoal{{60, 10}});
    CHECK(plan.goal.target_km == 10);
    CHECK(refused(plan, SetGoal{{2, 0}}).field == "target_minutes");
    plan = applied(plan, SetRace{{true, "Marathon", day("2025-04-21"), 42.2}});
    CHECK(plan.race.planned);
    CHECK(refused(plan, SetRace{{true, "x", day("2025-04-21"), -1}}).field == "distance_km");
    Prescription p;
    p.set = true;
    p.from = day("2024-06-01");
    p.level_minutes = 15;
    plan = applied(plan, SetPrescription{p});
    CHECK(plan.prescription.level_minutes == 15);
    p.level_minutes = 5000;
    CHECK(refused(plan, SetPrescription{p}).field == "level_minutes");
}

TEST_CASE("import preview lists what will change and the merge keeps both sides by id") {
    Plan runner = ready_plan(day("2024-06-01"));
    runner = applied(runner, AddEntry<Run>{run(day("2024-06-02"), 5, 0, 1, 0, 0)});
    Plan physio = runner; // the physio opened the exported file
    physio.ids.origin = 99;
    physio = applied(physio, ChangeSetting{SettingId::green_max_pain, 1});
    PhysioEntry visit;
    visit.date = day("2024-06-04");
    visit.visa_h = 70;
    physio = applied(physio, AddEntry<PhysioEntry>{visit});
    Run corrected = physio.runs[0];
    corrected.note = "physio: this was on a treadmill";
    physio = applied(physio, EditEntry<Run>{corrected});

    // Meanwhile the runner logged another run.
    runner = applied(runner, AddEntry<Run>{run(day("2024-06-04"), 5, 0, 0, 0, kNotRecorded)});

    const ImportPreview preview = preview_import(runner, physio);
    REQUIRE(preview.settings.size() == 1);
    CHECK(preview.settings[0].id == SettingId::green_max_pain);
    CHECK(preview.settings[0].from == 2);
    CHECK(preview.settings[0].to == 1);
    CHECK(preview.changes_anything());
    const auto& runs = preview.entries.at(0);
    CHECK(runs.key == "runs");
    CHECK(runs.changed.size() == 1);
    CHECK(runs.added.empty());
    CHECK(runs.kept == 1);
    CHECK(preview.entries.at(4).added.size() == 1);
    const auto lines = preview.lines();
    CHECK(std::find(lines.begin(), lines.end(), "1 physio entry added") != lines.end());
    CHECK(std::find(lines.begin(), lines.end(), "1 run changed") != lines.end());

    const Plan merged = applied(runner, ImportMerge{physio});
    CHECK(merged.settings.green_max_pain == 1);
    CHECK(merged.runs.size() == 2);
    CHECK(merged.runs[0].note == "physio: this was on a treadmill");
    CHECK(merged.physio_entries.size() == 1);
    CHECK(merged.ids.origin == runner.ids.origin);
    // New entries after the merge still get fresh ids.
    const Plan after = applied(merged, AddEntry<DailyCheck>{DailyCheck{}});
    CHECK(after.daily_checks.at(0).id == ((EntryId{7} << 32) | merged.ids.next));

    CHECK_FALSE(preview_import(merged, merged).changes_anything());
    CHECK(preview_import(merged, merged).lines().at(0).find("Nothing") == 0);
}

TEST_CASE("the import preview says each change in plain words with the right plurals") {
    const Plan runner = ready_plan(day("2024-06-01"));
    Plan physio = runner;
    physio.ids.origin = 99;
    physio = applied(physio, ChangeSetting{SettingId::green_max_pain, 3});
    for (const char* when : {"2024-06-03", "2024-06-04"}) {
        PhysioEntry visit;
        visit.date = day(when);
        physio = applied(physio, AddEntry<PhysioEntry>{visit});
    }
    Prescription p = physio.prescription;
    p.strength_programme = {{"Bridge", 3, 15, 0, ""}, {"Prone hamstring curl", 3, 10, 20, "slow"}};
    physio = applied(physio, SetPrescription{p});
    const auto lines = preview_import(runner, physio).lines();
    const auto has = [&](const std::string& line) {
        return std::find(lines.begin(), lines.end(), line) != lines.end();
    };
    CHECK(has("2 physio entries added"));
    CHECK(has("Strength programme changed: now 2 exercises"));
    CHECK_FALSE(has("Starting point (starting level, run/walk or note) changed"));
    CHECK(has(std::string(setting_info(SettingId::green_max_pain).label) + ": 2 -> 3 /10"));
    p.level_minutes = 15;
    p.set = true;
    physio = applied(physio, SetPrescription{p});
    CHECK(preview_import(runner, physio).starting_point_changed);
}

TEST_CASE("an invalid incoming plan is refused by import") {
    Plan incoming = make_plan(2);
    incoming.runs.push_back(run(day("2024-06-01"), 5, 0, 0, 0, 0)); // id 0: not a valid entry
    CHECK(refused(make_plan(1), ImportMerge{incoming}).field == "runs[0].id");
}

TEST_CASE("the timeline undoes and redoes changes and drops redo after a new change") {
    Timeline timeline(make_plan(1), 3);
    CHECK_FALSE(timeline.can_undo());
    CHECK_FALSE(timeline.undo());
    REQUIRE_FALSE(timeline.dispatch(AddEntry<Run>{run(day("2024-06-01"), 5, 0, 0, 0, 0)}));
    REQUIRE_FALSE(timeline.dispatch(ChangeSetting{SettingId::green_max_pain, 1}));
    CHECK(timeline.undo_label() == "change Highest pain during a run that is still green");
    CHECK(timeline.undo());
    CHECK(timeline.present().settings.green_max_pain == 2);
    CHECK(timeline.redo_label().find("change") == 0);
    CHECK(timeline.redo());
    CHECK(timeline.present().settings.green_max_pain == 1);
    CHECK(timeline.undo());
    REQUIRE_FALSE(timeline.dispatch(AddEntry<DailyCheck>{DailyCheck{}}));
    CHECK_FALSE(timeline.can_redo());

    // A refused action changes nothing and adds no undo step.
    const auto error = timeline.dispatch(ChangeSetting{SettingId::amber_max_pain, 50});
    REQUIRE(error);
    CHECK(error->field == "amber_max_pain");
    CHECK(timeline.undo_label() == "add daily check");

    // The history is bounded.
    for (int i = 0; i < 5; ++i)
        REQUIRE_FALSE(timeline.dispatch(ChangeSetting{SettingId::spike_percent, 11 + i}));
    int undos = 0;
    while (timeline.undo())
        ++undos;
    CHECK(undos == 3);
}

TEST_CASE("the actions of one tap are undone and redone in one step") {
    Timeline timeline(make_plan(1));
    REQUIRE_FALSE(timeline.dispatch(AddEntry<DailyCheck>{DailyCheck{}}));
    const Plan before = timeline.present();
    REQUIRE_FALSE(timeline.dispatch(ChangeSetting{SettingId::strength_sessions_per_week, 2}));
    REQUIRE_FALSE(timeline.dispatch(ChangeSetting{SettingId::green_max_pain, 1}));
    const Plan after = timeline.present();
    const std::size_t bytes = timeline.snapshot_bytes();
    timeline.join_last(2);
    CHECK(timeline.undo_steps() == 2);
    CHECK(timeline.snapshot_bytes() < bytes); // the plan between the two is no longer kept
    CHECK(timeline.undo_label().find(" and ") != std::string::npos);
    REQUIRE(timeline.undo());
    CHECK(timeline.present() == before);
    REQUIRE(timeline.redo());
    CHECK(timeline.present() == after);
    timeline.join_last(1); // one step, or more than there are: nothing to join
    timeline.join_last(9);
    CHECK(timeline.undo_steps() == 1); // the two undo steps left became one
    REQUIRE(timeline.undo());
    CHECK(timeline.present() == make_plan(1));
}

TEST_CASE("the undo history keeps within its byte budget on a long plan and still undoes the newest steps") {
    const Plan plan = long_history(day("2025-06-29"), 52 * 3);
    const std::size_t one = plan_bytes(Plan(plan)); // a copy, as the timeline keeps: no spare capacity
    CHECK(one > 3 * 52 * 7 * sizeof(DailyCheck));   // every entry list counts
    const std::size_t budget = one * 5 + one / 2;
    Timeline timeline(plan, 50, budget);
    for (int i = 0; i < 30; ++i) {
        REQUIRE_FALSE(timeline.dispatch(ChangeSetting{SettingId::spike_percent, 11 + i}));
        CHECK(timeline.snapshot_bytes() <= budget);
    }
    CHECK(timeline.undo_steps() == 5);
    for (int i = 0; i < 5; ++i) {
        REQUIRE(timeline.undo());
        CHECK(timeline.present().settings.spike_percent == 11 + 28 - i);
    }
    CHECK_FALSE(timeline.undo());
    REQUIRE(timeline.redo());
    CHECK(timeline.present().settings.spike_percent == 11 + 25);
    CHECK(timeline.snapshot_bytes() <= budget);
    // A new change after undoing drops the redo steps and their bytes.
    REQUIRE_FALSE(timeline.dispatch(AddEntry<DailyCheck>{morning(day("2025-06-30"), 0)}));
    CHECK_FALSE(timeline.can_redo());
    CHECK(timeline.undo_steps() == 2);
    CHECK(timeline.snapshot_bytes() <= budget);
}

TEST_CASE("the newest undo step is kept even when one plan is over the byte budget") {
    Timeline timeline(long_history(day("2025-06-29"), 10), 50, 1);
    const std::uint64_t revision = timeline.revision();
    for (int i = 0; i < 3; ++i)
        REQUIRE_FALSE(timeline.dispatch(ChangeSetting{SettingId::spike_percent, 11 + i}));
    CHECK(timeline.revision() == revision + 3);
    CHECK(timeline.undo_steps() == 1);
    REQUIRE(timeline.undo());
    CHECK(timeline.present().settings.spike_percent == 12);
    CHECK_FALSE(timeline.undo());
    CHECK(timeline.revision() == revision + 4);
    timeline.reset(make_plan(2));
    CHECK(timeline.revision() == revision + 5);
    CHECK(timeline.snapshot_bytes() == 0);
}
