// The physio's desk in real frames: the strength programme prescribed on the Plan screen (phone and
// desktop), seen on Today with this week's sessions and logged against, each exercise answered before Save;
// physio entries and checklist results edited from History, with undo.

#include "harness.hpp"

#include "core/words/text.hpp"

#include <doctest/doctest.h>

namespace stride::ui {
namespace {

using test::Screens;

Plan runner(std::vector<Exercise> programme = {}) {
    Plan plan = make_plan(7);
    plan.profile.affected_side = Side::right;
    plan.prescription.strength_programme = std::move(programme);
    return plan;
}

} // namespace

TEST_CASE("the physio adds exercises to the programme and sets sessions a week, on a phone and a desktop") {
    for (const float width : {390.0f, 1280.0f}) {
        CAPTURE(width);
        Screens s(width, width > 700 ? 800.0f : 844.0f, runner());
        s.frame();
        s.click("Tab: Plan");
        const int sessions_before = s.plan().settings.strength_sessions_per_week;
        REQUIRE(sessions_before != 3);
        CHECK(s.reveal_text("No exercises yet."));
        s.click("Add an exercise to the programme");
        REQUIRE(s.reveal("Save strength programme"));
        CHECK(s.reveal("Save strength programme")->disabled); // an exercise needs a name
        CHECK(s.reveal_text("Give each exercise a name to save the programme."));
        s.type_into("Exercise 1, name", "Prone hamstring curl");
        s.type_into("Exercise 1, sets", "4");
        s.type_into("Exercise 1, repetitions", "8");
        s.type_into("Exercise 1, weight in kg (0 = body weight)", "22.5");
        s.type_into("Exercise 1, how to do it (optional)", "3 seconds down");
        s.click("Add an exercise to the programme");
        s.type_into("Exercise 2, name", "Bridge");
        s.type_into("Sessions a week", "3");
        s.click("Save strength programme");
        const auto& programme = s.plan().prescription.strength_programme;
        REQUIRE(programme.size() == 2);
        CHECK(programme[0].name == "Prone hamstring curl");
        CHECK(programme[0].sets == 4);
        CHECK(programme[0].reps == 8);
        CHECK(programme[0].load_kg == doctest::Approx(22.5));
        CHECK(programme[0].note == "3 seconds down");
        CHECK(programme[1].name == "Bridge");
        CHECK(programme[1].sets == 3); // the new exercise's starting values, shown in its fields
        CHECK(s.plan().settings.strength_sessions_per_week == 3);
        CHECK(s.reveal_text("Saved: Today shows the programme."));
        CHECK_FALSE(s.plan().prescription.set); // the starting point is a separate choice
        // One tap saved the programme and the sessions a week: one Undo takes both back, one Redo both again.
        s.click("Undo");
        CHECK(s.plan().prescription.strength_programme.empty());
        CHECK(s.plan().settings.strength_sessions_per_week == sessions_before);
        s.click("Redo");
        CHECK(s.plan().prescription.strength_programme.size() == 2);
        CHECK(s.plan().settings.strength_sessions_per_week == 3);

        // A typed value out of range is refused at the field, and the programme is not saved.
        s.type_into("Exercise 2, sets", "60");
        CHECK(s.reveal("Save strength programme")->disabled);
        s.type_into("Exercise 2, sets", "2");
        s.click("Remove exercise 1 from the programme");
        s.click("Save strength programme");
        REQUIRE(s.plan().prescription.strength_programme.size() == 1);
        CHECK(s.plan().prescription.strength_programme[0].name == "Bridge");
        CHECK(s.plan().prescription.strength_programme[0].sets == 2);
        s.click("Undo");
        CHECK(s.plan().prescription.strength_programme.size() == 2);
    }
}

TEST_CASE("the runner sees the programme on Today and logs a session from it, confirming each exercise") {
    Screens s(390.0f, 844.0f,
              runner({{"Prone hamstring curl", 3, 10, 22.5, "3 seconds down"}, {"Bridge", 3, 15, 0, ""}}));
    s.frame();
    CHECK(s.reveal_text("This week: your programme asks for 2 strength sessions."));
    CHECK(s.reveal_text("Prone hamstring curl 3 x 10 at 22.5 kg"));
    CHECK(s.reveal_text("3 seconds down"));
    s.click("Log today's strength session");
    CHECK(s.state().screen == Screen::log);
    CHECK(s.state().log_kind == LogKind::strength);
    REQUIRE(s.reveal("Save strength session"));
    CHECK(s.reveal("Save strength session")->disabled); // nothing confirmed yet
    CHECK(s.reveal_text("Answer each exercise (Done, Changed or Not done) to save the session."));
    s.click("Exercise 1: Done");
    CHECK(s.reveal("Save strength session")->disabled);
    s.click("Exercise 2: Changed");
    s.type_into("Exercise 2, repetitions", "12");
    s.click("Save strength session");
    REQUIRE(s.plan().strength_sessions.size() == 1);
    const StrengthSession& session = s.plan().strength_sessions[0];
    REQUIRE(session.exercises.size() == 2);
    CHECK(session.exercises[0].name == "Prone hamstring curl");
    CHECK(session.exercises[0].reps == 10);
    CHECK(session.exercises[0].load_kg == doctest::Approx(22.5));
    CHECK(session.exercises[0].note.empty()); // the instruction is the physio's, not what was done
    CHECK(session.exercises[1].reps == 12);
    CHECK(session.pain_during == kNotRecorded);
    CHECK(session.date == s.runtime().view().status.today);
    s.click("Done: back to Today");
    CHECK(s.reveal_text("This week: 1 of 2 strength sessions done. One more keeps your tendon strong."));
    CHECK(s.reveal_text("Today's session is logged."));

    // An exercise not done is left out of the session.
    s.click("Log another strength session");
    s.click("Exercise 1: Not done");
    REQUIRE(s.state().drafts.strength.exercises.size() == 1);
    s.click("Exercise 1: Done"); // the bridge is now exercise 1
    s.click("Save strength session");
    REQUIRE(s.plan().strength_sessions.size() == 2);
    REQUIRE(s.plan().strength_sessions[1].exercises.size() == 1);
    CHECK(s.plan().strength_sessions[1].exercises[0].name == "Bridge");
}

TEST_CASE("a physio entry and a checklist result are edited from History, and undo brings the old back") {
    Plan plan = runner();
    PhysioEntry visit;
    visit.id = (EntryId{plan.ids.origin} << 32) | plan.ids.next++;
    visit.date = day("2025-02-27");
    visit.visa_h = 60;
    plan.physio_entries.push_back(visit);
    Screens s(390.0f, 844.0f, plan);
    s.frame();
    s.click("Tab: History");
    s.click("Edit");
    CHECK(s.state().screen == Screen::plan);
    CHECK(s.reveal_text("Editing the assessment of"));
    s.type_into("VISA-H score (optional)", "72");
    s.click("Save changes to the assessment");
    REQUIRE(s.plan().physio_entries.size() == 1);
    CHECK(s.plan().physio_entries[0].id == visit.id);
    CHECK(s.plan().physio_entries[0].visa_h == 72);
    CHECK(s.plan().physio_entries[0].date == visit.date);
    CHECK(s.reveal("Save physio's measures")); // the form is a new assessment again
    s.click("Undo");
    CHECK(s.plan().physio_entries[0].visa_h == 60);

    // A checklist result.
    Plan with_test = runner();
    ReadinessTest rest;
    rest.id = (EntryId{with_test.ids.origin} << 32) | with_test.ids.next++;
    rest.date = day("2025-02-27");
    rest.item = ReadinessItem::rest_pain;
    rest.pain = 2;
    with_test.readiness_tests.push_back(rest);
    Screens t(1280.0f, 800.0f, with_test);
    t.frame();
    t.click("Tab: History");
    t.click("Edit");
    CHECK(t.state().screen == Screen::readiness);
    CHECK(t.reveal_text("Editing the result of"));
    t.click("Pain at rest: 0");
    t.click("Save changes to the result");
    REQUIRE(t.plan().readiness_tests.size() == 1);
    CHECK(t.plan().readiness_tests[0].id == rest.id);
    CHECK(t.plan().readiness_tests[0].pain == 0);
    CHECK(t.reveal_text("Result changed."));
    t.click("Undo");
    CHECK(t.plan().readiness_tests[0].pain == 2);
}

} // namespace stride::ui
