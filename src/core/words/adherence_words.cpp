#include "core/words/adherence_words.hpp"

#include "core/words/text.hpp"

namespace stride {

std::string strength_count_words(const WeekAdherence& week) {
    return std::to_string(week.strength_sessions) + " of " +
           count_words(static_cast<std::size_t>(week.strength_planned), "strength session");
}

std::string strength_week_words(const WeekAdherence& week) {
    if (week.strength_planned <= 0) return "";
    const int done = week.strength_sessions, planned = week.strength_planned;
    if (done >= planned)
        return "This week: " + strength_count_words(week) +
               " done. Well done: keeping it up, even when running feels fine, keeps your tendon strong.";
    if (done == 0)
        return "This week: your programme asks for " +
               count_words(static_cast<std::size_t>(planned), "strength session") +
               (week.partial ? ". A session today is a good start." : ".");
    const int more = planned - done;
    return "This week: " + strength_count_words(week) + " done. " +
           (more == 1 ? std::string("One more") : std::to_string(more) + " more") +
           " keeps your tendon strong.";
}

std::string runs_week_words(const WeekAdherence& week) {
    if (week.runs == 0) return "no runs";
    std::string words = count_words(static_cast<std::size_t>(week.runs), "run") + ", " +
                        count_words(static_cast<std::size_t>(week.run_minutes), "minute");
    if (week.planned_run_minutes > 0) words += " (planned " + std::to_string(week.planned_run_minutes) + ")";
    return words;
}

} // namespace stride
