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
                        std::to_string(week.run_minutes) + " min";
    if (week.planned_run_minutes > 0) words += " (planned " + std::to_string(week.planned_run_minutes) + ")";
    return words;
}

std::string strength_week_physio_words(const WeekAdherence& week) {
    const bool short_of = !week.partial && week.strength_sessions < week.strength_planned;
    return std::to_string(week.strength_sessions) + " of " + std::to_string(week.strength_planned) +
           (short_of ? ", fewer than planned" : "");
}

std::string runs_week_runner_words(const WeekAdherence& week) {
    if (week.runs == 0) return "";
    const std::string runs = "This week: " + count_words(static_cast<std::size_t>(week.runs), "run") + ", ";
    const int done = week.run_minutes, planned = week.planned_run_minutes;
    if (planned <= 0) return runs + count_words(static_cast<std::size_t>(done), "minute") + ".";
    // Said under every verdict, a red one too: about the minutes only, never praise for the week's pain.
    if (done == planned)
        return runs + std::to_string(done) + " of " + std::to_string(planned) +
               " planned minutes, as your levels asked.";
    if (done < planned)
        return runs + std::to_string(done) + " of " + std::to_string(planned) +
               " planned minutes. Shorter is fine when your tendon asks for it.";
    return runs + std::to_string(done) + " minutes (" + std::to_string(planned) +
           " planned). Keeping each run to its level gives your tendon time to catch up.";
}

} // namespace stride
