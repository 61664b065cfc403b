#pragma once
// The saved document: profile, goal, race, settings, prescription and history. Plain values only;
// everything derived (readiness, next run, charts) is computed from a Plan by the rule functions.
//
// [SECTION] ids           stable entry identities that survive export, edit and import-merge
// [SECTION] entries       one struct per kind of log entry
// [SECTION] plan          profile, goal, race, prescription and the Plan itself
// [SECTION] descriptions  field lists used by serialization, validation and equality (fields.hpp)
//
// Numbers that may be "not recorded" use -1 (pains, effort, VISA-H); distances use 0 for "not given".
// Nothing the runner did not give is stored as if they had: a run's pains start as "not recorded".

#include "core/model/date.hpp"
#include "core/model/enums.hpp"
#include "core/model/fields.hpp"
#include "core/model/settings.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace stride {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] ids
// ---------------------------------------------------------------------------------------------------------

// An entry id is origin * 2^32 + sequence. The origin is a random number the app picks once per
// installation (make_plan), so a runner and a physio adding entries to copies of the same plan do not
// collide when the copies are merged again. Ids stay below 2^53 so any JSON reader keeps them exact.
using EntryId = std::uint64_t;
inline constexpr std::uint32_t kMaxOrigin = (1u << 21) - 1;
inline constexpr EntryId kMaxEntryId = (EntryId{1} << 53) - 1;

struct IdSource {
    std::uint32_t origin = 0;
    std::uint32_t next = 1; // sequence number of the next new entry
};

// The id the next new entry gets.
inline EntryId next_entry_id(const IdSource& ids) {
    return (EntryId{ids.origin} << 32) | ids.next;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] entries
// ---------------------------------------------------------------------------------------------------------

inline constexpr int kNotRecorded = -1;

// Run part and walk part in minutes; run_minutes == 0 means running continuously.
struct RunWalk {
    int run_minutes = 0;
    int walk_minutes = 0;
    bool continuous() const { return run_minutes == 0; }
};

struct Run {
    EntryId id = 0;
    Date date;
    LocalTime time;         // start time, for spacing rules and the morning tip
    int minutes = 0;        // duration, walk breaks included
    double distance_km = 0; // 0 = not given
    RunWalk run_walk;
    int pain_before = kNotRecorded;       // optional (class version 2; release 1 required 0-10)
    int pain_during = kNotRecorded;       // the maximum during the run, 0-10: the one pain a run needs
    int pain_after = kNotRecorded;        // right after, optional (class version 2, as pain_before)
    int pain_next_morning = kNotRecorded; // asked the next day: the tendon often reacts 24-48 h later
    int pain_48h = kNotRecorded;          // optional
    // With neither a before-pain nor recent morning checks to compare the next morning with, the app
    // asks the runner instead: is this morning worse than usual? (class version 2)
    Answer next_morning_worse = Answer::not_asked;
    Surface surface = Surface::not_set;
    bool hills = false;
    bool speed_work = false;
    int effort = kNotRecorded; // rate of perceived exertion 0-10
    std::string note;
};

struct Exercise {
    std::string name;
    int sets = 0;
    int reps = 0;
    double load_kg = 0;
    // How to do it, e.g. "3 seconds down, knee bent 30 degrees": the physio's word in a programme; left
    // empty in logged sessions (class version 2).
    std::string note;
};

struct StrengthSession {
    EntryId id = 0;
    Date date;
    LocalTime time;
    std::vector<Exercise> exercises;
    int pain_during = kNotRecorded;
    std::string note;
};

// The morning check of DOMAIN.md section 2.
struct DailyCheck {
    EntryId id = 0;
    Date date;
    int pain_at_rest = 0;
    int task_pain = kNotRecorded; // the "meaningful task", e.g. three single-leg bridges, 0-10
    std::string task;             // what the task was, so it is the same each day
    std::string note;
};

// Things that load the tendon outside running.
struct Aggravator {
    EntryId id = 0;
    Date date;
    int sitting_minutes = 0;
    int driving_minutes = 0;
    bool stretched_hamstring = false;
    std::string note;
};

struct ProvocationResult {
    Finding finding = Finding::not_done;
    int pain = kNotRecorded; // 0-10 when the physio scored pain
};

// Entered by the physio (DOMAIN.md section 6).
struct PhysioEntry {
    EntryId id = 0;
    Date date;
    int visa_h = kNotRecorded; // 0-100, 100 = no symptoms (Cacchio 2014)
    ProvocationResult puranen_orava;
    ProvocationResult bent_knee_stretch;
    ProvocationResult modified_bent_knee_stretch;
    std::string note;
};

// One result of one checklist item. Which fields matter depends on the item:
//   rest_pain, drop_lunge: pain | hamstring_curl: left/right kg (10-rep max) | single_leg_bridge: left/right
//   reps | test_jog: minutes, pain (during), pain_24h, pain_48h | physio_agreement: agreed.
struct ReadinessTest {
    EntryId id = 0;
    Date date;
    ReadinessItem item = ReadinessItem::rest_pain;
    int pain = kNotRecorded;
    double left = 0;
    double right = 0;
    int minutes = 0;
    int pain_24h = kNotRecorded;
    int pain_48h = kNotRecorded;
    bool agreed = false;
    std::string note;
};

// ---------------------------------------------------------------------------------------------------------
// [SECTION] plan
// ---------------------------------------------------------------------------------------------------------

struct Profile {
    std::string name; // the runner's chosen name, used in file names and the report
    Side affected_side = Side::not_set;
    DistanceUnit distance_unit = DistanceUnit::km; // how distances are shown (class version 2)
};

// The target that unlocks hills and speed work (DOMAIN.md 4): a single run of this length.
// target_km, when above 0, is used for runs that have a distance; otherwise target_minutes.
struct Goal {
    int target_minutes = 30;
    double target_km = 0;
};

struct Race {
    bool planned = false;
    std::string name;
    Date date;
    double distance_km = 0;
};

// What the physio (or the runner) set as the starting point. When `set`, the level engine starts at
// `level_minutes` with `run_walk` on `from`, and runs before `from` no longer move the level.
struct Prescription {
    bool set = false;
    Date from;
    int level_minutes = 0;
    RunWalk run_walk;
    std::vector<Exercise> strength_programme;
    std::string note;
};

// Entry lists are kept in date order (then time of day): apply() and plan_from_json() maintain it and the
// rules rely on it. Change a plan through apply(), or call sort_entries() (merge.hpp) after editing lists.
struct Plan {
    Profile profile;
    Goal goal;
    Race race;
    Settings settings;
    Prescription prescription;
    std::vector<Run> runs;
    std::vector<StrengthSession> strength_sessions;
    std::vector<DailyCheck> daily_checks;
    std::vector<Aggravator> aggravators;
    std::vector<PhysioEntry> physio_entries;
    std::vector<ReadinessTest> readiness_tests;
    IdSource ids;
};

// A fresh plan whose new entries get ids under `origin` (a random number in 0..kMaxOrigin chosen once
// per installation by the platform layer).
Plan make_plan(std::uint32_t origin);

// Per entry kind: its list in the plan, its name in plain words and its key in the plan file, so that
// actions, validation and merging are written once for all kinds.
template <class Entry> struct EntryTraits;
#define STRIDE_ENTRY_KIND(E, member, words)                                                                  \
    template <> struct EntryTraits<E> {                                                                      \
        static constexpr auto list = &Plan::member;                                                          \
        static constexpr const char* kind = words;                                                           \
        static constexpr const char* key = #member;                                                          \
    }
STRIDE_ENTRY_KIND(Run, runs, "run");
STRIDE_ENTRY_KIND(StrengthSession, strength_sessions, "strength session");
STRIDE_ENTRY_KIND(DailyCheck, daily_checks, "daily check");
STRIDE_ENTRY_KIND(Aggravator, aggravators, "sitting, driving or stretching entry");
STRIDE_ENTRY_KIND(PhysioEntry, physio_entries, "physio entry");
STRIDE_ENTRY_KIND(ReadinessTest, readiness_tests, "readiness test");
#undef STRIDE_ENTRY_KIND

template <class Entry> std::vector<Entry>& entries(Plan& plan) {
    return plan.*EntryTraits<Entry>::list;
}
template <class Entry> const std::vector<Entry>& entries(const Plan& plan) {
    return plan.*EntryTraits<Entry>::list;
}

// Calls fn(Entry{}) once per entry kind (the argument only carries the type).
template <class Fn> void for_each_entry_kind(Fn&& fn) {
    fn(Run{});
    fn(StrengthSession{});
    fn(DailyCheck{});
    fn(Aggravator{});
    fn(PhysioEntry{});
    fn(ReadinessTest{});
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] descriptions (name, value, allowed range, version introduced)
// ---------------------------------------------------------------------------------------------------------

inline constexpr double kMaxNote = 2000; // characters
inline constexpr double kMaxName = 100;
inline constexpr double kMaxMinutes = 600; // a 10-hour run is the longest we accept
inline constexpr double kMaxKm = 500;
inline constexpr double kMaxDayMinutes = 24 * 60;
inline constexpr double kMaxListEntries = 50;   // exercises in one session or programme
inline constexpr double kMaxExerciseNote = 200; // characters: a line of instruction, not a letter

STRIDE_DESCRIBE(IdSource) {
    return std::make_tuple(field("origin", s.origin, 0, kMaxOrigin), field("next", s.next));
}
STRIDE_DESCRIBE(RunWalk) {
    return std::make_tuple(field("run_minutes", s.run_minutes, 0, 60),
                           field("walk_minutes", s.walk_minutes, 0, 60));
}
STRIDE_DESCRIBE(Run) {
    return std::make_tuple(
        field("id", s.id, 0, kMaxEntryId), field("date", s.date), field("time", s.time),
        field("minutes", s.minutes, 1, kMaxMinutes), field("distance_km", s.distance_km, 0, kMaxKm),
        field("run_walk", s.run_walk), field("pain_before", s.pain_before, -1, 10),
        field("pain_during", s.pain_during, 0, 10), field("pain_after", s.pain_after, -1, 10),
        field("pain_next_morning", s.pain_next_morning, -1, 10), field("pain_48h", s.pain_48h, -1, 10),
        field("surface", s.surface), field("hills", s.hills), field("speed_work", s.speed_work),
        field("effort", s.effort, -1, 10), field("note", s.note, 0, kMaxNote),
        field("next_morning_worse", s.next_morning_worse, -kNoLimit, kNoLimit, 2));
}
STRIDE_DESCRIBE(Exercise) {
    return std::make_tuple(field("name", s.name, 0, kMaxName), field("sets", s.sets, 0, 50),
                           field("reps", s.reps, 0, 500), field("load_kg", s.load_kg, 0, 1000),
                           field("note", s.note, 0, kMaxExerciseNote, 2));
}
STRIDE_DESCRIBE(StrengthSession) {
    return std::make_tuple(field("id", s.id, 0, kMaxEntryId), field("date", s.date), field("time", s.time),
                           field("exercises", s.exercises, 0, kMaxListEntries),
                           field("pain_during", s.pain_during, -1, 10), field("note", s.note, 0, kMaxNote));
}
STRIDE_DESCRIBE(DailyCheck) {
    return std::make_tuple(field("id", s.id, 0, kMaxEntryId), field("date", s.date),
                           field("pain_at_rest", s.pain_at_rest, 0, 10),
                           field("task_pain", s.task_pain, -1, 10), field("task", s.task, 0, kMaxName),
                           field("note", s.note, 0, kMaxNote));
}
STRIDE_DESCRIBE(Aggravator) {
    return std::make_tuple(field("id", s.id, 0, kMaxEntryId), field("date", s.date),
                           field("sitting_minutes", s.sitting_minutes, 0, kMaxDayMinutes),
                           field("driving_minutes", s.driving_minutes, 0, kMaxDayMinutes),
                           field("stretched_hamstring", s.stretched_hamstring),
                           field("note", s.note, 0, kMaxNote));
}
STRIDE_DESCRIBE(ProvocationResult) {
    return std::make_tuple(field("finding", s.finding), field("pain", s.pain, -1, 10));
}
STRIDE_DESCRIBE(PhysioEntry) {
    return std::make_tuple(field("id", s.id, 0, kMaxEntryId), field("date", s.date),
                           field("visa_h", s.visa_h, -1, 100), field("puranen_orava", s.puranen_orava),
                           field("bent_knee_stretch", s.bent_knee_stretch),
                           field("modified_bent_knee_stretch", s.modified_bent_knee_stretch),
                           field("note", s.note, 0, kMaxNote));
}
STRIDE_DESCRIBE(ReadinessTest) {
    return std::make_tuple(field("id", s.id, 0, kMaxEntryId), field("date", s.date), field("item", s.item),
                           field("pain", s.pain, -1, 10), field("left", s.left, 0, 1000),
                           field("right", s.right, 0, 1000), field("minutes", s.minutes, 0, kMaxMinutes),
                           field("pain_24h", s.pain_24h, -1, 10), field("pain_48h", s.pain_48h, -1, 10),
                           field("agreed", s.agreed), field("note", s.note, 0, kMaxNote));
}
STRIDE_DESCRIBE(Profile) {
    return std::make_tuple(field("name", s.name, 0, kMaxName), field("affected_side", s.affected_side),
                           field("distance_unit", s.distance_unit, -kNoLimit, kNoLimit, 2));
}
STRIDE_DESCRIBE(Goal) {
    return std::make_tuple(field("target_minutes", s.target_minutes, 5, kMaxMinutes),
                           field("target_km", s.target_km, 0, kMaxKm));
}
STRIDE_DESCRIBE(Race) {
    return std::make_tuple(field("planned", s.planned), field("name", s.name, 0, kMaxName),
                           field("date", s.date), field("distance_km", s.distance_km, 0, kMaxKm));
}
STRIDE_DESCRIBE(Prescription) {
    return std::make_tuple(
        field("set", s.set), field("from", s.from), field("level_minutes", s.level_minutes, 0, kMaxMinutes),
        field("run_walk", s.run_walk), field("strength_programme", s.strength_programme, 0, kMaxListEntries),
        field("note", s.note, 0, kMaxNote));
}
// Settings are described by setting_table() instead (each has its own range and source).
STRIDE_DESCRIBE(Plan) {
    return std::make_tuple(field("profile", s.profile), field("goal", s.goal), field("race", s.race),
                           field("settings", s.settings), field("prescription", s.prescription),
                           field("runs", s.runs), field("strength_sessions", s.strength_sessions),
                           field("daily_checks", s.daily_checks), field("aggravators", s.aggravators),
                           field("physio_entries", s.physio_entries),
                           field("readiness_tests", s.readiness_tests), field("ids", s.ids));
}

bool operator==(const Settings& a, const Settings& b);
inline bool operator!=(const Settings& a, const Settings& b) {
    return !(a == b);
}

} // namespace stride
