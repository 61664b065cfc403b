// The plan file: round trips of every type, the committed fixture of release 1, and malformed files
// that must be refused with a message naming the field.

#include "builders.hpp"

#include "core/plan_file/json_archive.hpp"
#include "core/plan_file/plan_file.hpp"
#include "core/plan_file/serialization.hpp"
#include "core/rules/run_classification.hpp"

#include <cereal/archives/binary.hpp>

#include <fstream>
#include <sstream>

using namespace stride;
using namespace stride::test;

namespace {

// The message a file gets refused with; fails the test if the file loads.
FieldError refusal(const std::string& text) {
    const auto result = plan_from_json(text);
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(result.error().message.empty());
    return result.error();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    return text.replace(at, from.size(), to);
}

// One edit of a valid file and the field the refusal must name.
struct Edit {
    const char* from;
    const char* to;
    const char* field;
    const char* says = "";
};

template <class T> T& sample(Plan& plan);
template <> Run& sample<Run>(Plan& p) {
    return p.runs.at(0);
}
template <> StrengthSession& sample<StrengthSession>(Plan& p) {
    return p.strength_sessions.at(0);
}
template <> DailyCheck& sample<DailyCheck>(Plan& p) {
    return p.daily_checks.at(0);
}
template <> Aggravator& sample<Aggravator>(Plan& p) {
    return p.aggravators.at(0);
}
template <> PhysioEntry& sample<PhysioEntry>(Plan& p) {
    return p.physio_entries.at(0);
}
template <> ReadinessTest& sample<ReadinessTest>(Plan& p) {
    return p.readiness_tests.at(0);
}
template <> Profile& sample<Profile>(Plan& p) {
    return p.profile;
}
template <> Goal& sample<Goal>(Plan& p) {
    return p.goal;
}
template <> Race& sample<Race>(Plan& p) {
    return p.race;
}
template <> Settings& sample<Settings>(Plan& p) {
    return p.settings;
}
template <> Prescription& sample<Prescription>(Plan& p) {
    return p.prescription;
}
template <> Exercise& sample<Exercise>(Plan& p) {
    return p.prescription.strength_programme.at(0);
}
template <> RunWalk& sample<RunWalk>(Plan& p) {
    return p.prescription.run_walk;
}
template <> ProvocationResult& sample<ProvocationResult>(Plan& p) {
    return p.physio_entries.at(0).puranen_orava;
}
template <> IdSource& sample<IdSource>(Plan& p) {
    return p.ids;
}
template <> Plan& sample<Plan>(Plan& p) {
    return p;
}

template <class InArchive, class OutArchive, class T> T round_trip(const T& value) {
    std::stringstream buffer;
    {
        OutArchive out(buffer);
        out(cereal::make_nvp("value", value));
    }
    T loaded{};
    {
        InArchive in(buffer);
        in(cereal::make_nvp("value", loaded));
    }
    return loaded;
}

} // namespace

TEST_CASE_TEMPLATE("every model type survives a round trip through the JSON and binary archives", T, Run,
                   StrengthSession, DailyCheck, Aggravator, PhysioEntry, ReadinessTest, Profile, Goal, Race,
                   Settings, Prescription, Exercise, RunWalk, ProvocationResult, IdSource, Plan) {
    Plan plan = full_plan();
    const T& original = sample<T>(plan);
    CHECK_FALSE(original == T{}); // the sample really differs from the defaults, so the test can fail
    CHECK(round_trip<cereal::JSONInputArchive, cereal::JSONOutputArchive>(original) == original);
    CHECK(round_trip<cereal::BinaryInputArchive, cereal::BinaryOutputArchive>(original) == original);
}

TEST_CASE("a plan round-trips through the plan file unchanged") {
    const Plan plan = full_plan();
    const std::string text = plan_to_json(plan);
    CHECK(text.find("\"schema_version\": 1") != std::string::npos);
    const auto loaded = plan_from_json(text);
    REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? "" : loaded.error().message));
    CHECK(loaded.value() == plan);
    CHECK(plan_to_json(loaded.value()) == text);
}

TEST_CASE("an empty plan round-trips") {
    const Plan plan = make_plan(0);
    const auto loaded = plan_from_json(plan_to_json(plan));
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == plan);
}

TEST_CASE("the plan file written by release 1 keeps loading") {
    const auto loaded = plan_from_json(read_fixture("plan-v1.json"));
    REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? "" : loaded.error().message));
    const Plan& plan = loaded.value();
    CHECK(plan.profile.name == "Sam \"Quotes\" <b>");
    CHECK(plan.profile.affected_side == Side::left);
    CHECK(plan.settings.green_max_pain == 1);
    CHECK(plan.settings.weekly_increase_percent == 8);
    CHECK(plan.settings.amber_max_pain == 5);
    REQUIRE(plan.runs.size() == 1);
    CHECK(plan.runs[0].date == day("2024-05-02"));
    CHECK(plan.runs[0].time == at(7, 45));
    CHECK(plan.runs[0].distance_km == doctest::Approx(2.4));
    CHECK(plan.runs[0].pain_48h == 0);
    CHECK(plan.runs[0].surface == Surface::treadmill);
    CHECK(plan.strength_sessions.at(0).exercises.at(1).load_kg == doctest::Approx(40.5));
    CHECK(plan.daily_checks.at(0).task_pain == 3);
    CHECK(plan.aggravators.at(0).sitting_minutes == 240);
    CHECK(plan.physio_entries.at(0).visa_h == 64);
    CHECK(plan.physio_entries.at(0).puranen_orava.finding == Finding::positive);
    CHECK(plan.readiness_tests.at(0).item == ReadinessItem::single_leg_bridge);
    CHECK(plan.race.distance_km == doctest::Approx(21.1));
    CHECK(plan.prescription.run_walk.run_minutes == 3);
    CHECK(plan.ids.origin == 12345);
    // Release 1 wrote exactly what this build writes for the same plan, less the fields added since.
    CHECK(plan == full_plan_release_1());
    CHECK(plan.profile.distance_unit == DistanceUnit::km);
    CHECK(plan.runs[0].next_morning_worse == Answer::not_asked);
}

TEST_CASE("runs written by release 1 keep their pains as written, and are saved again as class version 2") {
    // Release 1's Log form started pain before and right after at 0, so a runner who set only "pain during"
    // saved two zeros. The file cannot tell those from a real 0: they are kept as they were written (never
    // turned into "not recorded", which could hide a real 0 the runner chose), and judged by today's rules.
    const auto loaded = plan_from_json(read_fixture("plan-runs-v1.json"));
    REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? "" : loaded.error().message));
    const Plan& plan = loaded.value();
    REQUIRE(plan.runs.size() == 2);
    const Run& first = plan.runs[0];
    CHECK(first.pain_before == 0);
    CHECK(first.pain_during == 3);
    CHECK(first.pain_after == 0);
    CHECK(first.pain_next_morning == 1);
    CHECK(first.next_morning_worse == Answer::not_asked);
    CHECK(plan.runs[1].pain_before == 2);
    CHECK(plan.runs[1].pain_after == 3);
    CHECK(plan.runs[1].pain_next_morning == kNotRecorded);
    CHECK(plan.profile.name == "Robin");
    CHECK(plan.profile.distance_unit == DistanceUnit::km);
    // Judged by today's rules: the next morning's 1/10 is no higher than the runner's usual morning (the
    // check of that day, 1/10), so the run is amber (pain during 3), not red from the form's 0.
    CHECK(classify_run(plan, first).zone == Zone::amber);

    const std::string saved = plan_to_json(plan);
    const auto runs_at = saved.find("\"runs\"");
    CHECK(saved.find("\"cereal_class_version\": 2", runs_at) < saved.find("\"pain_before\"", runs_at));
    CHECK(saved.find("\"next_morning_worse\": \"not_asked\"") != std::string::npos);
    CHECK(saved.find("\"distance_unit\": \"km\"") != std::string::npos);
    const auto again = plan_from_json(saved);
    REQUIRE(again.ok());
    CHECK(again.value() == plan);
}

TEST_CASE("exercises written before their note (class version 1) load with no note and are saved as 2") {
    // plan-exercise-v1.json was written by the app before exercises had a note (runs and profile at 2).
    const auto loaded = plan_from_json(read_fixture("plan-exercise-v1.json"));
    REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? "" : loaded.error().message));
    const Plan& plan = loaded.value();
    REQUIRE(plan.prescription.strength_programme.size() == 2);
    CHECK(plan.prescription.strength_programme[0].name == "Prone hamstring curl");
    CHECK(plan.prescription.strength_programme[0].load_kg == 22.5);
    REQUIRE(plan.strength_sessions.at(0).exercises.size() == 2);
    for (const Exercise& e : plan.prescription.strength_programme)
        CHECK(e.note.empty());
    for (const Exercise& e : plan.strength_sessions[0].exercises)
        CHECK(e.note.empty());
    CHECK(plan == plan_from_json(read_fixture("plan-v1.json")).value());

    Plan changed = plan;
    changed.prescription.strength_programme[0].note = "3 seconds down";
    const std::string saved = plan_to_json(changed);
    const auto programme_at = saved.find("\"strength_programme\"");
    CHECK(saved.find("\"cereal_class_version\": 2", programme_at) < saved.find("\"name\"", programme_at));
    const auto again = plan_from_json(saved);
    REQUIRE(again.ok());
    CHECK(again.value() == changed);
    // A note is a line of instruction: a longer one is refused, naming the field.
    changed.prescription.strength_programme[0].note = std::string(201, 'a');
    const auto refused = plan_from_json(plan_to_json(changed));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == "plan.prescription.strength_programme[0].note");
}

TEST_CASE("pains not recorded are saved and loaded as -1") {
    Plan plan = make_plan(3);
    Run r = run(day("2025-03-03"), 20, kNotRecorded, 2, kNotRecorded, kNotRecorded);
    add(plan, r);
    const std::string text = plan_to_json(plan);
    CHECK(text.find("\"pain_before\": -1") != std::string::npos);
    CHECK(text.find("\"pain_after\": -1") != std::string::npos);
    const auto loaded = plan_from_json(text);
    REQUIRE(loaded.ok());
    CHECK(loaded.value().runs.at(0).pain_before == kNotRecorded);
    // The one pain a run needs cannot be left out.
    r.pain_during = kNotRecorded;
    const auto refused = stride::apply(plan, AddEntry<Run>{r});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == "pain_during");
}

TEST_CASE("the example in docs/plan-file.md loads, and is the fixture's plan") {
    std::ifstream in(std::string(STRIDE_DOCS_DIR) + "/plan-file.md", std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream doc;
    doc << in.rdbuf();
    const std::string text = doc.str();
    const auto start = text.find("```json\n");
    REQUIRE(start != std::string::npos);
    const auto end = text.find("```", start + 8);
    REQUIRE(end != std::string::npos);
    const auto example = plan_from_json(text.substr(start + 8, end - start - 8));
    REQUIRE_MESSAGE(example.ok(), (example.ok() ? "" : example.error().message));
    CHECK(example.value() == plan_from_json(read_fixture("plan-v1.json")).value());
}

TEST_CASE("truncated files are refused as cut short") {
    const std::string text = plan_to_json(full_plan());
    for (std::size_t length : {text.size() - 1, text.size() / 2, std::size_t{40}, std::size_t{1}}) {
        CAPTURE(length);
        const FieldError e = refusal(text.substr(0, length));
        CHECK(e.message.find("ends too early") != std::string::npos);
    }
}

TEST_CASE("empty, non-JSON and non-plan files are refused") {
    CHECK(refusal("").message.find("empty") != std::string::npos);
    CHECK(refusal("   \n").message.find("empty") != std::string::npos);
    CHECK(refusal("hello").message.find("not a valid plan file") != std::string::npos);
    CHECK(refusal("[1, 2]").message.find("does not start with '{'") != std::string::npos);
    CHECK(refusal("{\"plan\": {}}").field == "schema_version");
    CHECK(refusal("{\"schema_version\": \"1\", \"plan\": {}}").field == "schema_version");
    CHECK(refusal("{\"schema_version\": -1, \"plan\": {}}").field == "schema_version");
    CHECK(refusal("{\"schema_version\": 1}").field == "plan");
    CHECK(refusal("{\"schema_version\": 1}").message == "plan is missing.");
    // A member missing inside an object is named, including cereal's class version.
    CHECK(refusal("{\"schema_version\": 1, \"plan\": {\"profile\": 3}}").field ==
          "plan.cereal_class_version");
}

TEST_CASE("a file from a newer release is refused, at the top level and per type") {
    const std::string text = plan_to_json(full_plan());
    const FieldError top = refusal(replaced(text, "\"schema_version\": 1", "\"schema_version\": 2"));
    CHECK(top.field == "schema_version");
    CHECK(top.message.find("newer version") != std::string::npos);

    // The first run carries the class version of runs (cereal writes it once per type).
    std::string newer_run = text;
    const auto version_at = newer_run.find("\"cereal_class_version\": 2", newer_run.find("\"runs\""));
    newer_run.replace(version_at, 25, "\"cereal_class_version\": 9");
    const FieldError run = refusal(newer_run);
    CHECK(run.field == "plan.runs[0]");
    CHECK(run.message.find("newer version") != std::string::npos);
}

TEST_CASE("wrong types are refused naming the field") {
    const std::string text = plan_to_json(full_plan());
    const Edit cases[] = {
        {"\"pain_during\": 2", "\"pain_during\": \"2\"", "plan.runs[0].pain_during", "whole number"},
        {"\"pain_during\": 2", "\"pain_during\": 2.5", "plan.runs[0].pain_during", "whole number"},
        {"\"pain_during\": 2", "\"pain_during\": null", "plan.runs[0].pain_during", "whole number"},
        {"\"hills\": true", "\"hills\": \"yes\"", "plan.runs[0].hills", "true or false"},
        {"\"date\": \"2024-05-02\"", "\"date\": 20240502", "plan.runs[0].date", "expected text"},
        {"\"distance_km\": 2.4", "\"distance_km\": \"far\"", "plan.runs[0].distance_km", "expected a number"},
        {"\"surface\": \"treadmill\"", "\"surface\": \"moon\"", "plan.runs[0].surface",
         "one of the listed words"},
        {"\"time\": \"07:45\"", "\"time\": \"7.45am\"", "plan.runs[0].time", "HH:MM"},
        {"\"name\": \"Romanian deadlift\"", "\"name\": [1]", "plan.strength_sessions[0].exercises[1].name",
         "expected text"},
        {"\"green_max_pain\": 1", "\"green_max_pain\": true", "plan.settings.green_max_pain", "whole number"},
        {"\"pain_during\": 2", "\"pain_during_typo\": 2", "plan.runs[0].pain_during", "is missing"},
    };
    for (const Edit& c : cases) {
        CAPTURE(c.to);
        const FieldError e = refusal(replaced(text, c.from, c.to));
        CHECK(e.field == c.field);
        CHECK(e.message.find(c.field) == 0);
        CHECK(e.message.find(c.says) != std::string::npos);
    }
    const FieldError list = refusal(replaced(text, "\"runs\": [", "\"runs\": {\"a\": 1}, \"old_runs\": ["));
    CHECK(list.field == "plan.runs");
    CHECK(list.message.find("expected a list") != std::string::npos);
}

TEST_CASE("out-of-range values and impossible dates are refused naming the field") {
    const std::string text = plan_to_json(full_plan());
    const Edit cases[] = {
        {"\"pain_during\": 2", "\"pain_during\": 11", "plan.runs[0].pain_during"},
        {"\"pain_before\": 1", "\"pain_before\": -2", "plan.runs[0].pain_before"},
        {"\"pain_during\": 2", "\"pain_during\": -1", "plan.runs[0].pain_during"}, // the one pain a run needs
        {"\"minutes\": 15", "\"minutes\": -5", "plan.runs[0].minutes"},
        {"\"minutes\": 15", "\"minutes\": 0", "plan.runs[0].minutes"},
        {"\"date\": \"2024-05-02\"", "\"date\": \"2023-02-29\"", "plan.runs[0].date"},
        {"\"date\": \"2024-05-02\"", "\"date\": \"2024-13-01\"", "plan.runs[0].date"},
        {"\"time\": \"07:45\"", "\"time\": \"25:00\"", "plan.runs[0].time"},
        {"\"visa_h\": 64", "\"visa_h\": 101", "plan.physio_entries[0].visa_h"},
        {"\"green_max_pain\": 1", "\"green_max_pain\": 12", "plan.settings.green_max_pain"},
        {"\"sitting_minutes\": 240", "\"sitting_minutes\": 1441", "plan.aggravators[0].sitting_minutes"},
    };
    for (const Edit& c : cases) {
        CAPTURE(c.to);
        const FieldError e = refusal(replaced(text, c.from, c.to));
        CHECK(e.field == c.field);
        CHECK(e.message.find(c.field) == 0);
    }
}

TEST_CASE("huge numbers are refused, not wrapped or rounded") {
    const std::string text = plan_to_json(full_plan());
    CHECK(refusal(replaced(text, "\"minutes\": 15", "\"minutes\": 99999999999999999999")).field ==
          "plan.runs[0].minutes");
    CHECK(refusal(replaced(text, "\"minutes\": 15", "\"minutes\": 4294967311")).field ==
          "plan.runs[0].minutes");
    CHECK(refusal(replaced(text, "\"distance_km\": 2.4", "\"distance_km\": 1e308")).field ==
          "plan.runs[0].distance_km");
    CHECK(refusal(replaced(text, "\"distance_km\": 2.4", "\"distance_km\": 1e400")).field ==
          "plan.runs[0].distance_km");
    CHECK(refusal(replaced(text, "\"distance_km\": 2.4", "\"distance_km\": NaN")).field ==
          "plan.runs[0].distance_km");
    CHECK(refusal(replaced(text, "\"next\": 7", "\"next\": -7")).field == "plan.ids.next");
}

TEST_CASE("deep nesting is refused without overflowing the stack") {
    const std::size_t depth = 1'000'000;
    std::string text = "{\"schema_version\": 1, \"plan\": ";
    text.append(depth, '[');
    text.append(depth, ']');
    text += "}";
    CHECK(refusal(text).message.find("nests deeper") != std::string::npos);

    // Just inside the limit the file is still refused, by its content rather than its depth.
    std::string shallow = "{\"schema_version\": 1, \"plan\": ";
    shallow.append(kMaxJsonDepth - 1, '[');
    shallow.append(kMaxJsonDepth - 1, ']');
    shallow += "}";
    CHECK(refusal(shallow).field.rfind("plan", 0) == 0);
}

TEST_CASE("a 50 MB file is refused by size before parsing") {
    std::string text = "{\"schema_version\": 1, \"plan\": {\"note\": \"";
    text.append(50u * 1024u * 1024u, 'x');
    text += "\"}}";
    const FieldError e = refusal(text);
    CHECK(e.message.find("too large") != std::string::npos);
    CHECK(e.message.find("50 MB") != std::string::npos);
}

TEST_CASE("duplicate and missing entry ids are refused") {
    Plan plan = full_plan();
    plan.runs.push_back(plan.runs[0]);
    plan.runs[1].date = plan.runs[0].date + 1;
    CHECK(refusal(plan_to_json(plan)).field == "plan.runs[1].id");
    plan.runs.pop_back();
    plan.runs[0].id = 0;
    CHECK(refusal(plan_to_json(plan)).field == "plan.runs[0].id");
}

TEST_CASE("loaded entries are put in date order") {
    Plan plan = full_plan();
    Run later = plan.runs[0];
    later.id = 999;
    later.date = later.date + 10;
    plan.runs.insert(plan.runs.begin(), later);
    const auto loaded = plan_from_json(plan_to_json(plan));
    REQUIRE(loaded.ok());
    CHECK(loaded.value().runs.at(0).id != 999);
    CHECK(loaded.value().runs.at(1).id == 999);
}
