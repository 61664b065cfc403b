#include "core/rules/adherence.hpp"

#include "core/rules/levels.hpp"
#include "core/rules/recent_weeks.hpp"

#include <map>

namespace stride {

std::vector<WeekAdherence> weekly_adherence(const Plan& plan, Date today, int weeks) {
    const RecentWeeks recent(today, weeks);
    std::vector<WeekAdherence> out(static_cast<std::size_t>(recent.count()));
    for (int i = 0; i < recent.count(); ++i) {
        WeekAdherence& w = out[static_cast<std::size_t>(i)];
        w.week_start = recent.start(i);
        w.strength_planned = plan.settings.strength_sessions_per_week;
        w.programme = !plan.prescription.strength_programme.empty();
        w.partial = recent.holds_today(i);
    }
    if (out.empty()) return out;
    // The level each counted run was run at: what the plan asked of it. The latest run, while it waits for
    // its next-morning answer, has no step yet: it was run at the level still in force.
    std::map<EntryId, int> level_of;
    const LevelHistory levels = replay_levels(plan, today);
    for (const LevelStep& step : levels.steps)
        level_of[step.run] = step.level_before;
    if (levels.waiting_for) level_of[*levels.waiting_for] = levels.current.minutes;
    for (const Run& r : plan.runs)
        if (const auto i = recent.index_of(r.date)) {
            WeekAdherence& w = out[*i];
            ++w.runs;
            w.run_minutes += r.minutes;
            const auto level = level_of.find(r.id);
            w.planned_run_minutes += level == level_of.end() ? 0 : level->second;
        }
    for (const StrengthSession& s : plan.strength_sessions)
        if (const auto i = recent.index_of(s.date)) ++out[*i].strength_sessions;
    return out;
}

} // namespace stride
