#pragma once
// Every result of a rule carries the rule that decided it, in plain words a runner understands, and the
// source it comes from, so runner and physio can check it (DOMAIN.md).

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

} // namespace stride
