#pragma once
// The answers the next run waits for, as questions for Today's morning card: the pain the morning after a
// run, the plain "worse than your usual morning?" when there is nothing to compare it with, and the test
// jog's 24- and 48-hour pains. Each knows the edit that records its answer.

#include "core/changes/actions.hpp"
#include "core/model/model.hpp"

#include <string>
#include <vector>

namespace stride {

struct PendingQuestion {
    enum class Kind {
        run_next_morning, // pain the morning after a run (0-10)
        run_comparison,   // no baseline: was that morning worse than usual? (yes / no)
        jog_24h,
        jog_48h,
    };
    Kind kind = Kind::run_next_morning;
    std::string question;
    Run run;                       // run_next_morning, run_comparison: the run asked about
    ReadinessTest jog;             // jog_24h, jog_48h: the test jog asked about
    Action answer(int pain) const; // the edit that records the answer (comparison: 1 yes, 0 no)
};

// Runs of the last this many days are asked about; an older unanswered run is pointed out by a warning of
// the suggestion instead, and years of runs are never walked.
inline constexpr int kRecentQuestionDays = 14;

// The questions open today, newest first (runs, then the latest test jog).
std::vector<PendingQuestion> pending_questions(const Plan& plan, Date today);

} // namespace stride
