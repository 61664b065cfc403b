#pragma once
// Every result of a rule carries the rule that decided it, in plain words a runner understands, and the
// source it comes from, so runner and physio can check it (DOMAIN.md).

#include "core/model/enums.hpp"

#include <string>

namespace stride {

struct Rule {
    std::string text;   // e.g. "Your last 2 runs at 10 minutes were green, so you go up one level."
    std::string source; // e.g. "Goom, return to running after PHT (seed article)"
};

// Sources named by the rules (full references in docs/rules.md).
namespace source {
inline constexpr const char* goom =
    "Goom, Return to running after proximal hamstring tendinopathy (seed article)";
inline constexpr const char* qa =
    "Overcoming proximal hamstring tendinopathy: your questions answered (seed Q&A)";
inline constexpr const char* silbernagel =
    "Silbernagel et al. 2007 pain-monitoring model, as used in Goom's guide";
inline constexpr const char* goom_kongsgaard =
    "Goom's guide: below 3/10 is a realistic guide (as Kongsgaard 2010)";
inline constexpr const char* magnusson =
    "Goom's guide: leave 24 hours between strength work and running (Magnusson 2010)";
inline constexpr const char* runsafe =
    "Garmin-RUNSAFE cohort (Frandsen, Nielsen et al. 2025): single-run spikes";
inline constexpr const char* freckleton = "Freckleton et al. 2014: single-leg bridge test";
inline constexpr const char* app = "Stride Back's reading of the sources (docs/rules.md)";
} // namespace source

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
