#pragma once
// Adherence in words: what the runner reads about this week's strength work (encouraging, never
// shaming: what was done first, then what would help), and the report's lines for the physio.

#include "core/rules/adherence.hpp"

#include <string>

namespace stride {

// This week's strength work for the runner, e.g. "This week: 1 of 2 strength sessions done. One more
// keeps your tendon strong." Empty when the plan asks for no sessions.
std::string strength_week_words(const WeekAdherence& week);

// A week's runs for the runner or the physio: "3 runs, 45 minutes (planned 40)", "no runs".
std::string runs_week_words(const WeekAdherence& week);

// A week's strength sessions against the plan: "1 of 2 strength sessions".
std::string strength_count_words(const WeekAdherence& week);

} // namespace stride
