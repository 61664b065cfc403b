#include "core/rules/load_guard.hpp"

#include "core/rules/levels.hpp"
#include "core/rules/run_classification.hpp"

#include <algorithm>
#include <vector>

namespace stride {
namespace {

struct RunRange {
    std::vector<Run>::const_iterator first, last;
    auto begin() const { return first; }
    auto end() const { return last; }
};

// The runs dated from `from` up to but not including `until`. Runs are kept in date order (model.hpp), so
// this is a binary search: the weekly cap looks at eight weeks for every week of the history chart, and
// scanning every run each time made years of history slow to draw.
RunRange runs_between(const Plan& plan, Date from, Date until) {
    const auto before = [](const Run& r, Date d) { return r.date < d; };
    const auto first = std::lower_bound(plan.runs.begin(), plan.runs.end(), from, before);
    return {first, std::lower_bound(first, plan.runs.end(), until, before)};
}

} // namespace

int longest_recent_run(const Plan& plan, Date day, int window_days, EntryId exclude) {
    int longest = 0;
    for (const Run& r : runs_between(plan, day - window_days, day + 1))
        if (r.id != exclude) longest = std::max(longest, r.minutes);
    return longest;
}

std::int64_t week_minutes(const Plan& plan, Date week_start, Date until) {
    std::int64_t total = 0;
    for (const Run& r : runs_between(plan, week_start, std::min(week_start + 7, until + 1)))
        total += r.minutes;
    return total;
}

std::int64_t symptom_free_baseline(const Plan& plan, Date week_start) {
    for (int back = 1; back <= 8; ++back) {
        const Date start = week_start - 7 * back;
        std::int64_t minutes = 0;
        bool all_green = true;
        for (const Run& r : runs_between(plan, start, start + 7)) {
            minutes += r.minutes;
            all_green = all_green && classify_run(plan, r, false).zone == Zone::green;
        }
        if (minutes > 0 && all_green) return minutes;
    }
    return 0;
}

std::int64_t weekly_cap(const Plan& plan, Date week_start) {
    return symptom_free_baseline(plan, week_start) * (100 + plan.settings.weekly_increase_percent) / 100;
}

std::vector<Advice> load_warnings(const Plan& plan, Date day, int minutes, int level, EntryId exclude) {
    const Settings& s = plan.settings;
    std::vector<Advice> out;
    if (minutes > level)
        out.push_back(
            {AdviceKind::longer_than_level,
             {std::to_string(minutes) + " minutes is longer than your level of " + std::to_string(level) +
                  " minutes. Stick to the level: picking a distance out of thin air is how the seed "
                  "article's author flared his tendon for six days.",
              source::goom}});
    if (!above_ladder(s, level)) return out;

    const int longest = longest_recent_run(plan, day - 1, s.spike_window_days - 1, exclude);
    if (minutes * 100 > longest * (100 + s.spike_percent))
        out.push_back(
            {AdviceKind::spike,
             {longest == 0
                  ? "You have not run in the last " + std::to_string(s.spike_window_days) +
                        " days: start again lower than " + std::to_string(minutes) + " minutes."
                  : std::to_string(minutes) + " minutes is more than " + std::to_string(s.spike_percent) +
                        "% longer than your longest run of the last " + std::to_string(s.spike_window_days) +
                        " days (" + std::to_string(longest) +
                        " minutes). Single-run spikes carry the injury risk.",
              source::runsafe}});

    const Date week = day.week_start();
    const std::int64_t cap = weekly_cap(plan, week);
    const std::int64_t total = week_minutes(plan, week, day) + (exclude ? 0 : minutes);
    if (cap > 0 && total > cap)
        out.push_back(
            {AdviceKind::weekly_cap,
             {"This takes this week to " + std::to_string(total) + " minutes, more than " +
                  std::to_string(s.weekly_increase_percent) + "% above your last symptom-free week (" +
                  std::to_string(symptom_free_baseline(plan, week)) + " minutes). Keep this week to " +
                  std::to_string(cap) + " minutes.",
              source::goom}});
    return out;
}

} // namespace stride
