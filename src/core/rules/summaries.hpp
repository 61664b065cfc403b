#pragma once
// Series for the charts and the physio report: weekly minutes, pain trend, morning checks, flare-ups,
// level progression, strength symmetry, VISA-H and provocation tests. All oldest first, nothing after
// `today`.

#include "core/model/model.hpp"
#include "core/rules/levels.hpp"
#include "core/rules/readiness.hpp"
#include "core/rules/run_classification.hpp"

#include <cstdint>
#include <vector>

namespace stride {

struct WeekTotal {
    Date week_start;          // Monday
    std::int64_t minutes = 0; // 64-bit as in load_guard.hpp
    int runs = 0;
    int green = 0, amber = 0, red = 0, waiting = 0;
    // The weekly cap (10% above the last symptom-free week), 0 where none applied: no symptom-free week
    // before it, or no run that week above the ladder top (and, this week, no next run above it).
    std::int64_t cap_minutes = 0;
};
// Every week from the first run's week to today's week, empty weeks included.
std::vector<WeekTotal> weekly_minutes(const Plan& plan, Date today);

struct PainPoint {
    Date date;
    EntryId run = 0;
    int minutes = 0;
    int before = 0, during = 0, after = 0;
    int next_morning = kNotRecorded, at_48h = kNotRecorded;
    Zone zone = Zone::waiting;
};
std::vector<PainPoint> pain_trend(const Plan& plan, Date today);

struct MorningPoint {
    Date date;
    int pain_at_rest = 0;
    int task_pain = kNotRecorded;
};
std::vector<MorningPoint> morning_trend(const Plan& plan, Date today);

struct FlareUp {
    Date date;
    EntryId run = 0;
    bool big = false;
    Rule rule;
};
// Red runs.
std::vector<FlareUp> flare_ups(const Plan& plan, Date today);

struct LevelPoint {
    Date date;
    int minutes = 0; // the level after this run
    RunWalk run_walk;
    LevelChange change = LevelChange::same;
};
std::vector<LevelPoint> level_trend(const Plan& plan, Date today);
// The level the next run is prescribed at, with the rule that set it.
LevelState current_level(const Plan& plan, Date today);

struct SymmetryPoint {
    Date date;
    ReadinessItem test = ReadinessItem::hamstring_curl; // or single_leg_bridge
    double left = 0, right = 0;
    int percent = 0; // weaker as % of stronger
};
std::vector<SymmetryPoint> strength_symmetry(const Plan& plan, Date today);

struct ScorePoint {
    Date date;
    int score = 0;
};
std::vector<ScorePoint> visa_h_trend(const Plan& plan, Date today);

// The tests that load the tendon to see whether it hurts: the drop lunge the runner records (a readiness
// test, judged as the checklist judges it) and the physio's Puranen-Orava and bent-knee stretches (Cacchio
// 2012), each done test a point.
enum class ProvocationTest { drop_lunge, puranen_orava, bent_knee_stretch, modified_bent_knee_stretch };
struct ProvocationPoint {
    Date date;
    ProvocationTest test = ProvocationTest::drop_lunge;
    ProvocationResult result;   // the physio's finding and pain; a drop lunge has its pain only
    ChecklistResult drop_lunge; // a drop lunge's verdict (drop_lunge_result); unused for the physio's tests
};
std::vector<ProvocationPoint> provocation_trend(const Plan& plan, Date today);

} // namespace stride
