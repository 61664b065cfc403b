#pragma once
// The sources the advice rests on, in the words a runner or physio reads (rules, settings, the "How the
// advice works" page, the report, the command-line tool). One place, so no screen ever shows a developer's
// file name instead.

namespace stride {

// Sources named by the rules, as a reader can look them up: author, year where the source gives one,
// title (full list in docs/rules.md, "References"). Never a file name: this is what the runner reads.
namespace source {
inline constexpr const char* goom =
    "Goom T, Return to running after proximal hamstring tendinopathy (RunningPhysio, undated)";
inline constexpr const char* qa =
    "Sharpe B, Overcoming proximal hamstring tendinopathy: your questions answered (podcast, undated)";
inline constexpr const char* silbernagel =
    "Silbernagel KG et al. 2007, Continued sports activity, using a pain-monitoring model, during "
    "rehabilitation in patients with Achilles tendinopathy, Am J Sports Med";
inline constexpr const char* goom_kongsgaard =
    "Goom T, Return to running after proximal hamstring tendinopathy (below 3/10, as Kongsgaard M et al. "
    "2010, Am J Sports Med)";
inline constexpr const char* goom_jospt =
    "Goom T, Malliaras P, Reiman M, Purdam C 2016, Proximal hamstring tendinopathy: clinical aspects of "
    "assessment and management, J Orthop Sports Phys Ther";
inline constexpr const char* magnusson =
    "Magnusson SP, Langberg H, Kjaer M 2010, The pathogenesis of tendinopathy: balancing the response to "
    "loading, Nat Rev Rheumatol; as Goom's return-to-running guide applies it";
inline constexpr const char* runsafe =
    "Frandsen JSB, Nielsen RO et al. 2025, Garmin-RUNSAFE Running Health Study: single-session spikes in "
    "running distance, Br J Sports Med";
inline constexpr const char* freckleton =
    "Freckleton G, Cook J, Pizzari T 2014, The predictive validity of a single leg bridge test for hamstring "
    "injuries in Australian Rules Football players, Br J Sports Med";
inline constexpr const char* app =
    "Stride Back's own choice, where the sources give no number (it can be changed in the settings)";
// The caseload's logging alerts: the idea comes from peers (not evidence), the numbers are the app's.
inline constexpr const char* caseload_peers =
    "Stride Back's own choice, after the alert rules of Medbridge Pathways and the adherence list of "
    "Physitrack (where the idea comes from, not evidence; it can be changed on the physio desk)";
} // namespace source

} // namespace stride
