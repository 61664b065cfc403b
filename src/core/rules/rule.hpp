#pragma once
// Every result of a rule carries the rule that decided it, in plain words a runner understands, and the
// source it comes from, so runner and physio can check it (docs/rules.md).

#include "core/model/enums.hpp"
#include "core/words/sources.hpp"

#include <string>

namespace stride {

struct Rule {
    std::string text;   // e.g. "Your last 2 runs at 10 minutes were green, so you go up one level."
    std::string source; // e.g. source::goom: author, title, where to find it
};

// A warning or tip shown beside a suggestion or a logged entry: which one (for tests and the CLI's JSON) and
// its rule. Here rather than with the suggestion, so every rule can give advice without the decider.
enum class AdviceKind {
    // warnings
    strength_spacing,
    rest_day,
    longer_than_level,
    spike,
    weekly_cap,
    sitting,
    stretching,
    hills_locked,
    speed_locked,
    unanswered_runs,
    // tips
    afternoon_runs,
    keep_strength,
    avoid_sitting,
    no_stretching,
    walk_hills,
};
STRIDE_ENUM_NAMES(AdviceKind, 15, {AdviceKind::strength_spacing, "strength_spacing"},
                  {AdviceKind::rest_day, "rest_day"}, {AdviceKind::longer_than_level, "longer_than_level"},
                  {AdviceKind::spike, "spike"}, {AdviceKind::weekly_cap, "weekly_cap"},
                  {AdviceKind::sitting, "sitting"}, {AdviceKind::stretching, "stretching"},
                  {AdviceKind::hills_locked, "hills_locked"}, {AdviceKind::speed_locked, "speed_locked"},
                  {AdviceKind::unanswered_runs, "unanswered_runs"},
                  {AdviceKind::afternoon_runs, "afternoon_runs"},
                  {AdviceKind::keep_strength, "keep_strength"}, {AdviceKind::avoid_sitting, "avoid_sitting"},
                  {AdviceKind::no_stretching, "no_stretching"}, {AdviceKind::walk_hills, "walk_hills"});

struct Advice {
    AdviceKind kind;
    Rule rule; // rule.text is what the runner reads
};

} // namespace stride
