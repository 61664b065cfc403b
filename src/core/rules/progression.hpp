#pragma once
// The next-run suggestion (docs/rules.md section 4): what the next run should be, when, and why.

#include "core/model/model.hpp"
#include "core/rules/levels.hpp"
#include "core/rules/rule.hpp"

#include <optional>
#include <vector>

namespace stride {

enum class SuggestionKind {
    not_ready,         // the readiness checklist does not pass yet (before the first run)
    wait_for_response, // the last run's next-morning pain is not logged yet
    rest,              // not today (spacing, or today's morning check); the next run is in `run`
    progress,          // run today, one level up (or the first run)
    hold,              // run today, same level (or a shorter/run-walk version after ambers)
    step_back,         // the last run was red: rest, then a shorter run
    see_physio,        // repeated red runs or persistent pain at rest
};
STRIDE_ENUM_NAMES(SuggestionKind, 7, {SuggestionKind::not_ready, "not_ready"},
                  {SuggestionKind::wait_for_response, "wait_for_response"}, {SuggestionKind::rest, "rest"},
                  {SuggestionKind::progress, "progress"}, {SuggestionKind::hold, "hold"},
                  {SuggestionKind::step_back, "step_back"}, {SuggestionKind::see_physio, "see_physio"});

struct RunPrescription {
    int minutes = 0;
    RunWalk run_walk;
    bool hills_allowed = false; // flat and easy unless unlocked (unlocks.hpp)
    bool speed_allowed = false;
    Date earliest;           // first day the run may be done
    LocalTime earliest_time; // known when spacing from a timed session decides it
    LevelChange change = LevelChange::start;
};

struct Suggestion {
    SuggestionKind kind = SuggestionKind::not_ready;
    std::string headline; // one sentence for the Today screen
    Rule rule;            // the rule that decided the kind
    RunPrescription run;  // the next run (meaningful for every kind but not_ready and see_physio)
    std::vector<Advice> warnings;
    std::vector<Advice> tips;
    std::optional<EntryId> waiting_for; // the run whose next-morning pain is awaited
    bool rest_today = false;            // today is before run.earliest (or the kind says not to run)
    // The traffic light of the advice (red after a red run, amber after a bad morning or an amber run,
    // green to run on), so a card is never coloured apart from the verdict it reports; none while waiting.
    std::optional<Zone> zone;
};

Suggestion suggest_next_run(const Plan& plan, Date today);

// Warnings for a run the runner is about to do or log: longer than the level, a spike over the longest
// recent run, or over the weekly cap. For the logging screen, as the minutes are typed.
std::vector<Advice> check_planned_run(const Plan& plan, Date today, int minutes);

} // namespace stride
