#include "builders.hpp"

#include "core/changes/actions.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace stride::test {

namespace {
Plan added(const Plan& plan, const Action& action) {
    auto result = stride::apply(plan, action);
    REQUIRE_MESSAGE(result.ok(), (result.ok() ? "" : result.error().message));
    return std::move(result).value();
}

ReadinessTest readiness(Date date, ReadinessItem item) {
    ReadinessTest t;
    t.date = date;
    t.item = item;
    return t;
}
} // namespace

Plan ready_plan(Date date) {
    Plan plan = make_plan(7);
    auto rest = readiness(date, ReadinessItem::rest_pain);
    rest.pain = 0;
    auto lunge = readiness(date, ReadinessItem::drop_lunge);
    lunge.pain = 0;
    auto curl = readiness(date, ReadinessItem::hamstring_curl);
    curl.left = 30;
    curl.right = 28;
    auto jog = readiness(date - 3, ReadinessItem::test_jog);
    jog.minutes = 5;
    jog.pain = 1;
    jog.pain_24h = 0;
    jog.pain_48h = 0;
    for (const auto& t : {rest, lunge, curl, jog})
        plan = added(plan, AddEntry<ReadinessTest>{t});
    return plan;
}

Plan full_plan() {
    Plan plan = make_plan(12345);
    plan.profile = {"Sam \"Quotes\" <b>", Side::left, DistanceUnit::miles};
    plan.goal = {70, 11.3};
    plan.race = {true, "Brighton Half", day("2025-04-06"), 21.1};
    plan.settings.green_max_pain = 1;
    plan.settings.weekly_increase_percent = 8;
    plan.prescription.set = true;
    plan.prescription.from = day("2024-05-01");
    plan.prescription.level_minutes = 15;
    plan.prescription.run_walk = {3, 1};
    plan.prescription.strength_programme = {{"Prone hamstring curl", 3, 10, 22.5, "3 seconds down"},
                                            {"Bridge", 3, 15, 0, ""}};
    plan.prescription.note = "Flat only";

    Run r = run(day("2024-05-02"), 15, 1, 2, 1, 1, 0);
    r.time = at(7, 45);
    r.distance_km = 2.4;
    r.run_walk = {3, 1};
    r.surface = Surface::treadmill;
    r.hills = true;
    r.speed_work = true;
    r.effort = 4;
    r.note = "unicode: café ✓, newline\nand tab\t";
    r.next_morning_worse = Answer::no;
    plan = added(plan, AddEntry<Run>{r});

    StrengthSession s;
    s.date = day("2024-05-03");
    s.time = at(18, 30);
    s.exercises = {{"Single-leg bridge", 3, 12, 0, "felt easy"}, {"Romanian deadlift", 3, 8, 40.5, ""}};
    s.pain_during = 2;
    s.note = "felt strong";
    plan = added(plan, AddEntry<StrengthSession>{s});

    DailyCheck d;
    d.date = day("2024-05-04");
    d.pain_at_rest = 1;
    d.task_pain = 3;
    d.task = "three single-leg bridges";
    d.note = "stiff";
    plan = added(plan, AddEntry<DailyCheck>{d});

    Aggravator a;
    a.date = day("2024-05-04");
    a.sitting_minutes = 240;
    a.driving_minutes = 90;
    a.stretched_hamstring = true;
    a.note = "long drive";
    plan = added(plan, AddEntry<Aggravator>{a});

    PhysioEntry p;
    p.date = day("2024-05-05");
    p.visa_h = 64;
    p.puranen_orava = {Finding::positive, 3};
    p.bent_knee_stretch = {Finding::negative, 0};
    p.modified_bent_knee_stretch = {Finding::not_done, kNotRecorded};
    p.note = "progressing";
    plan = added(plan, AddEntry<PhysioEntry>{p});

    ReadinessTest t;
    t.date = day("2024-04-20");
    t.item = ReadinessItem::single_leg_bridge;
    t.pain = 1;
    t.left = 22;
    t.right = 26;
    t.minutes = 0;
    t.pain_24h = 1;
    t.pain_48h = 0;
    t.agreed = true;
    t.note = "bridge test";
    plan = added(plan, AddEntry<ReadinessTest>{t});
    return plan;
}

Plan full_plan_release_1() {
    Plan plan = full_plan();
    plan.profile.distance_unit = DistanceUnit::km;           // Profile 2
    plan.runs.at(0).next_morning_worse = Answer::not_asked;  // Run 2
    for (Exercise& e : plan.prescription.strength_programme) // Exercise 2
        e.note.clear();
    for (Exercise& e : plan.strength_sessions.at(0).exercises)
        e.note.clear();
    return plan;
}

Plan long_history(Date last_day, int weeks) {
    Plan plan = ready_plan(last_day - 7 * weeks - 1);
    const auto next_id = [&plan] { return (EntryId{plan.ids.origin} << 32) | plan.ids.next++; };
    std::uint32_t seed = 12345;
    const auto roll = [&seed](std::uint32_t n) { // a fixed sequence (LCG), so every run builds the same plan
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % n;
    };
    int minutes = 5;
    for (Date d = last_day - 7 * weeks + 1; d <= last_day; d = d + 1) {
        DailyCheck check = morning(d, roll(40) == 0 ? 3 : 0, static_cast<int>(roll(2)));
        check.id = next_id();
        plan.daily_checks.push_back(check);
        const int weekday = d.weekday();
        if (weekday == 0 || weekday == 2 || weekday == 4 || weekday == 6) {
            const std::uint32_t luck = roll(100);
            const int during = luck < 6 ? 4 : 1;         // amber
            const int next_morning = luck >= 97 ? 4 : 0; // red
            Run r = run(d, minutes, 0, during, 1, next_morning);
            r.id = next_id();
            r.hills = roll(10) == 0;
            plan.runs.push_back(r);
            minutes =
                luck >= 97 ? std::max(5, minutes - 10) : std::min(60, minutes + (luck % 3 == 0 ? 5 : 0));
        } else if (weekday != 5) {
            StrengthSession session = strength_session(d, at(7));
            session.id = next_id();
            plan.strength_sessions.push_back(session);
        }
    }
    return plan;
}

std::string read_fixture(const char* name) {
    std::ifstream in(std::string(STRIDE_FIXTURES_DIR) + "/" + name, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), name);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace stride::test
