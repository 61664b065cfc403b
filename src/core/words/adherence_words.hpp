#pragma once
// Adherence in words: what the runner reads about this week's strength work (encouraging, never
// shaming: what was done first, then what would help), and the report's lines for the physio.

#include "core/rules/adherence.hpp"

#include <string>

namespace stride {

// This week's strength work for the runner, e.g. "This week: 1 of 2 strength sessions done. One more
// keeps your tendon strong." Empty when the plan asks for no sessions.
std::string strength_week_words(const WeekAdherence& week);

// A week's runs for the physio's table of weeks: "3 runs, 45 min (planned 40)", "no runs".
std::string runs_week_words(const WeekAdherence& week);

// A week's strength sessions against the plan: "1 of 2 strength sessions".
std::string strength_count_words(const WeekAdherence& week);

// The same for the physio's table of weeks (its column says "strength sessions"), a finished week short
// of the plan said plainly: "1 of 3, fewer than planned", "2 of 2".
std::string strength_week_physio_words(const WeekAdherence& week);

// This week's runs for the runner, minutes done against the minutes their levels asked for, e.g. "This
// week: 2 runs, 25 of 30 planned minutes. Shorter is fine when your tendon asks for it." Empty with no
// runs yet (a rest week needs no comment).
std::string runs_week_runner_words(const WeekAdherence& week);

} // namespace stride
