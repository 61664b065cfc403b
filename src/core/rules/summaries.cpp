#include "core/rules/summaries.hpp"

#include "core/rules/load_guard.hpp"

#include <algorithm>
#include <cmath>

namespace stride {
namespace {

// Series come out oldest first; entries of the same day keep their order.
template <class Point> void oldest_first(std::vector<Point>& points) {
    std::stable_sort(points.begin(), points.end(),
                     [](const Point& a, const Point& b) { return a.date < b.date; });
}

} // namespace

std::vector<WeekTotal> weekly_minutes(const Plan& plan, Date today) {
    std::vector<WeekTotal> weeks;
    std::optional<Date> first;
    for (const Run& r : plan.runs)
        if (r.date <= today && (!first || r.date < *first)) first = r.date;
    if (!first) return weeks;
    // The cap applies where it did: in a week with a run above the ladder top (docs/rules.md), and in this
    // week also when the next run is above it. A past week is judged by what was run in it, so a
    // prescription set later (which moves today's level) never rewrites its cap.
    const Date this_week = today.week_start();
    const bool next_run_above = above_ladder(plan.settings, replay_levels(plan, today).current.minutes);
    for (Date week = first->week_start(); week <= today; week = week + 7)
        weeks.push_back({week, 0, 0, 0, 0, 0, 0, 0});
    std::vector<bool> above(weeks.size(), false);
    above.back() = next_run_above && weeks.back().week_start == this_week;
    for (const Run& r : plan.runs) {
        if (r.date > today) continue;
        const auto index = static_cast<std::size_t>((r.date.week_start() - weeks.front().week_start) / 7);
        WeekTotal& w = weeks[index];
        w.minutes += r.minutes;
        if (above_ladder(plan.settings, r.minutes)) above[index] = true;
        ++w.runs;
        switch (classify_run(plan, r, false).zone) {
        case Zone::green:
            ++w.green;
            break;
        case Zone::amber:
            ++w.amber;
            break;
        case Zone::red:
            ++w.red;
            break;
        case Zone::waiting:
            ++w.waiting;
            break;
        }
    }
    for (std::size_t i = 0; i < weeks.size(); ++i)
        if (above[i]) weeks[i].cap_minutes = weekly_cap(plan, weeks[i].week_start);
    return weeks;
}

std::vector<PainPoint> pain_trend(const Plan& plan, Date today) {
    std::vector<PainPoint> points;
    for (const Run& r : plan.runs)
        if (r.date <= today)
            points.push_back({r.date, r.id, r.minutes, r.pain_before, r.pain_during, r.pain_after,
                              r.pain_next_morning, r.pain_48h, classify_run(plan, r, false).zone});
    oldest_first(points);
    return points;
}

std::vector<MorningPoint> morning_trend(const Plan& plan, Date today) {
    std::vector<MorningPoint> points;
    for (const DailyCheck& c : plan.daily_checks)
        if (c.date <= today) points.push_back({c.date, c.pain_at_rest, c.task_pain});
    oldest_first(points);
    return points;
}

std::vector<FlareUp> flare_ups(const Plan& plan, Date today) {
    // One pass over the runs: the zone is judged without words, and only red runs get their rule's words.
    std::vector<FlareUp> out;
    for (const Run& r : plan.runs) {
        if (r.date > today || classify_run(plan, r, false).zone != Zone::red) continue;
        const RunClassification c = classify_run(plan, r);
        out.push_back({r.date, r.id, c.big_flare, c.rule});
    }
    oldest_first(out);
    return out;
}

std::vector<LevelPoint> level_trend(const Plan& plan, Date today) {
    std::vector<LevelPoint> out;
    for (const LevelStep& step : replay_levels(plan, today).steps)
        out.push_back({step.date, step.level_after, step.run_walk_after, step.change});
    return out;
}

LevelState current_level(const Plan& plan, Date today) {
    return replay_levels(plan, today).current;
}

std::vector<SymmetryPoint> strength_symmetry(const Plan& plan, Date today) {
    std::vector<SymmetryPoint> out;
    for (const ReadinessTest& t : plan.readiness_tests) {
        if (t.date > today ||
            (t.item != ReadinessItem::hamstring_curl && t.item != ReadinessItem::single_leg_bridge))
            continue;
        const double stronger = std::max(t.left, t.right);
        if (stronger <= 0) continue;
        out.push_back({t.date, t.item, t.left, t.right,
                       static_cast<int>(std::floor(std::min(t.left, t.right) / stronger * 100 + 1e-9))});
    }
    oldest_first(out);
    return out;
}

std::vector<ScorePoint> visa_h_trend(const Plan& plan, Date today) {
    std::vector<ScorePoint> out;
    for (const PhysioEntry& e : plan.physio_entries)
        if (e.date <= today && e.visa_h != kNotRecorded) out.push_back({e.date, e.visa_h});
    oldest_first(out);
    return out;
}

std::vector<ProvocationPoint> provocation_trend(const Plan& plan, Date today) {
    std::vector<ProvocationPoint> out;
    for (const ReadinessTest& t : plan.readiness_tests)
        if (t.date <= today && t.item == ReadinessItem::drop_lunge && t.pain != kNotRecorded)
            out.push_back({t.date,
                           ProvocationTest::drop_lunge,
                           {Finding::not_done, t.pain},
                           drop_lunge_result(plan, t)});
    const auto lunges = static_cast<std::ptrdiff_t>(out.size());
    const ChecklistResult unused = drop_lunge_result(plan, ReadinessTest{});
    for (const PhysioEntry& e : plan.physio_entries) {
        if (e.date > today) continue;
        for (const auto& [test, result] :
             {std::pair{ProvocationTest::puranen_orava, e.puranen_orava},
              std::pair{ProvocationTest::bent_knee_stretch, e.bent_knee_stretch},
              std::pair{ProvocationTest::modified_bent_knee_stretch, e.modified_bent_knee_stretch}})
            if (result.finding != Finding::not_done || result.pain != kNotRecorded)
                out.push_back({e.date, test, result, unused});
    }
    // Both lists are kept in date order (model.hpp), so one linear merge; a day's drop lunge comes first.
    std::inplace_merge(out.begin(), out.begin() + lunges, out.end(),
                       [](const ProvocationPoint& a, const ProvocationPoint& b) { return a.date < b.date; });
    return out;
}

} // namespace stride
