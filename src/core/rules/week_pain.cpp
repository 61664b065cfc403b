#include "core/rules/week_pain.hpp"

#include "core/rules/recent_weeks.hpp"

#include <algorithm>

namespace stride {

std::vector<WeekPain> weekly_pain(const Plan& plan, Date today, int weeks) {
    const RecentWeeks recent(today, weeks);
    std::vector<WeekPain> out(static_cast<std::size_t>(recent.count()));
    std::vector<int> rest_total(out.size(), 0);
    for (int i = 0; i < recent.count(); ++i)
        out[static_cast<std::size_t>(i)].week_start = recent.start(i);
    for (const Run& r : plan.runs)
        if (const auto i = recent.index_of(r.date))
            out[*i].worst_run_pain = std::max(out[*i].worst_run_pain, r.pain_during);
    for (const DailyCheck& c : plan.daily_checks)
        if (const auto i = recent.index_of(c.date)) {
            WeekPain& w = out[*i];
            ++w.mornings;
            rest_total[*i] += c.pain_at_rest;
            w.rest_highest = std::max(w.rest_highest, c.pain_at_rest);
            w.task_highest = std::max(w.task_highest, c.task_pain);
        }
    for (std::size_t i = 0; i < out.size(); ++i)
        if (out[i].mornings > 0) out[i].rest_average = static_cast<double>(rest_total[i]) / out[i].mornings;
    return out;
}

} // namespace stride
