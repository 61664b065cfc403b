#include "core/rules/progression.hpp"

#include "core/rules/advice.hpp"
#include "core/rules/load_guard.hpp"
#include "core/rules/readiness.hpp"
#include "core/rules/unlocks.hpp"
#include "core/words/text.hpp"

#include <algorithm>

namespace stride {
namespace {

// The earliest moment the next run may start, and the advice that explains a delay.
struct Earliest {
    Date date;
    LocalTime time;
    void push(Date d, LocalTime t) {
        if (d > date || (d == date && t.known() && (!time.known() || t.minutes() > time.minutes()))) {
            date = d;
            time = t;
        }
    }
};

// Adds `hours` to a session's moment; an unknown time of day keeps the result's time unknown.
std::pair<Date, LocalTime> after_hours(Date date, LocalTime time, int hours) {
    auto [d, t] = moment_after(date, time, std::int64_t{hours} * 60);
    return {d, time.known() ? t : LocalTime::unknown()};
}

std::string when(Date date, LocalTime time) {
    return day_text(date) + (time.known() ? " from " + time.text() : "");
}

const StrengthSession* latest_strength(const Plan& plan, Date today) {
    const StrengthSession* best = nullptr;
    for (const StrengthSession& s : plan.strength_sessions)
        if (s.date <= today &&
            (!best || minutes_since_epoch(s.date, s.time) >= minutes_since_epoch(best->date, best->time)))
            best = &s;
    return best;
}

// The first of the day's morning checks; checks are kept in date order (model.hpp), so this searches
// instead of scanning years of mornings.
std::vector<DailyCheck>::const_iterator first_check_on(const Plan& plan, Date day) {
    return std::lower_bound(plan.daily_checks.begin(), plan.daily_checks.end(), day,
                            [](const DailyCheck& c, Date d) { return c.date < d; });
}

// Today's morning check, if it says the tendon is not tolerating load today.

std::optional<Rule> bad_morning(const Plan& plan, Date today) {
    const Settings& s = plan.settings;
    for (auto it = first_check_on(plan, today); it != plan.daily_checks.end() && it->date == today; ++it) {
        const DailyCheck& c = *it;
        if (c.pain_at_rest > s.ready_rest_pain_max)
            return Rule{"This morning you had pain at rest (" + pain_text(c.pain_at_rest) +
                            "): rest from running today.",
                        source::goom};
        if (c.task_pain > s.daily_task_max_pain)
            return Rule{"This morning's task hurt " + pain_text(c.task_pain) + " (more than " +
                            pain_text(s.daily_task_max_pain) + "): the tendon is not tolerating load today.",
                        "DOMAIN.md section 2 (daily meaningful task)"};
    }
    return std::nullopt;
}

std::optional<Rule> physio_needed(const Plan& plan, Date today, const LevelHistory& history) {
    const Settings& s = plan.settings;
    // The latest reds within the window of each other, with no run since the last of them: this stays
    // until the physio sets a new prescription (which restarts the count) or a later run shows how the
    // tendon is doing.
    std::vector<const LevelStep*> reds;
    for (const LevelStep& step : history.steps)
        if (step.judged.zone == Zone::red) reds.push_back(&step);
    const auto n = static_cast<std::size_t>(s.reds_for_physio);
    if (reds.size() >= n && reds.back() == &history.steps.back() &&
        reds.back()->date - reds[reds.size() - n]->date < s.red_window_days)
        return Rule{
            std::to_string(n) + " red runs within " + std::to_string(s.red_window_days) +
                " days: you may need more work to settle pain and build strength first. Please see your "
                "physio before running again.",
            source::goom};
    // Pain at rest on consecutive mornings up to today (or yesterday, if today is not logged yet).
    int in_row = 0;
    for (Date d = today;; d = d - 1) {
        const auto check = first_check_on(plan, d);
        if (check == plan.daily_checks.end() || check->date != d) {
            if (d == today) continue;
            break;
        }
        if (check->pain_at_rest <= s.ready_rest_pain_max) break;
        ++in_row;
    }
    if (in_row >= s.rest_pain_days_for_physio)
        return Rule{"Pain at rest on " + std::to_string(in_row) +
                        " mornings in a row: this needs your physio's view before more running.",
                    "DOMAIN.md: see your physio for pain at rest"};
    return std::nullopt;
}

// Above the ladder the week's total stays within the cap over the last symptom-free week: the run is
// shortened to what is left, or waits for next week when too little is left for a useful run.
void fit_weekly_cap(const Plan& plan, Suggestion& out, Earliest& earliest) {
    const Settings& s = plan.settings;
    if (!above_ladder(s, out.run.minutes)) return;
    const Date week = earliest.date.week_start();
    const std::int64_t cap = weekly_cap(plan, week);
    if (cap == 0) return;
    const std::int64_t left = cap - week_minutes(plan, week, earliest.date);
    if (left >= out.run.minutes) return;
    const Rule why{"Above " + std::to_string(s.ladder_top_minutes) + " minutes your week stays within " +
                       std::to_string(s.weekly_increase_percent) +
                       "% of your last symptom-free week: " + std::to_string(cap) + " minutes this week.",
                   source::goom};
    if (left >= s.first_level_minutes) {
        out.run.minutes = static_cast<int>(left); // below the run's minutes here
        out.warnings.push_back(
            {AdviceKind::weekly_cap,
             {why.text + " Keep this run to " + std::to_string(left) + " minutes.", why.source}});
    } else {
        earliest.push(week + 7, LocalTime::unknown());
        out.warnings.push_back({AdviceKind::weekly_cap,
                                {why.text + " This week is full: the next run is next week.", why.source}});
    }
}

std::string run_words(const RunPrescription& run) {
    std::string text = describe_run(run.minutes, run.run_walk);
    if (run.hills_allowed || run.speed_allowed)
        return text + " easy (hills or speed work allowed over a short distance)";
    return text + " easy on the flat";
}

} // namespace

Suggestion suggest_next_run(const Plan& plan, Date today) {
    const Settings& s = plan.settings;
    Suggestion out;
    const LevelHistory history = replay_levels(plan, today);
    const Unlocks unlocks = check_unlocks(plan, today);
    const auto runs = counted_runs(plan, today);

    out.run.minutes = history.current.minutes;
    out.run.run_walk = history.current.run_walk;
    out.run.change = history.steps.empty() ? LevelChange::start : history.current.change;
    out.run.hills_allowed = unlocks.hills;
    out.run.speed_allowed = unlocks.speed_work;

    // -- when: spacing after the last run and after strength work --
    Earliest earliest{today, LocalTime::unknown()};
    const Run* last = runs.empty() ? nullptr : runs.back();
    const bool last_red = !history.steps.empty() && history.steps.back().run == (last ? last->id : 0) &&
                          history.steps.back().judged.zone == Zone::red;
    if (last && last_red) {
        const auto [d, t] = after_hours(last->date, last->time, s.rest_hours_after_red);
        earliest.push(d, t);
    } else if (last) {
        const int gap = above_ladder(s, out.run.minutes) ? 1 : 1 + s.rest_days_between_early_runs;
        if (last->date + gap > today)
            out.warnings.push_back(
                {AdviceKind::rest_day,
                 {"Early on, leave at least " + std::to_string(s.rest_days_between_early_runs) +
                      " rest day between runs.",
                  "DOMAIN.md section 4; Goom's guide: see how the tendon responds over 24-48 hours"}});
        earliest.push(last->date + gap, LocalTime::unknown());
    }
    if (const StrengthSession* session = latest_strength(plan, today)) {
        const auto [d, t] = after_hours(session->date, session->time, s.strength_gap_hours);
        if (d > today || (d == today && t.known()))
            out.warnings.push_back(
                {AdviceKind::strength_spacing,
                 {"You did strength work on " + day_text(session->date) +
                      (session->time.known() ? " at " + session->time.text() : "") + ": leave " +
                      std::to_string(s.strength_gap_hours) +
                      " hours before running, especially a longer run. Never do strength work "
                      "just before a run.",
                  source::magnusson}});
        earliest.push(d, t);
    }
    const std::optional<Rule> morning = bad_morning(plan, today);
    if (morning) earliest.push(today + 1, LocalTime::unknown());
    fit_weekly_cap(plan, out, earliest);
    out.run.earliest = earliest.date;
    out.run.earliest_time = earliest.time;

    // -- warnings and tips --
    if (!history.steps.empty()) {
        const LevelStep& step = history.steps.back();
        for (Advice& a : load_warnings(plan, step.date, step.run_minutes, step.level_before, step.run)) {
            a.rule.text = "Your last run: " + a.rule.text;
            out.warnings.push_back(std::move(a));
        }
    }
    for (Advice& a : load_warnings(plan, earliest.date, out.run.minutes, out.run.minutes))
        out.warnings.push_back(a);
    for (Advice& a : aggravator_warnings(plan, today, unlocks))
        out.warnings.push_back(a);
    out.tips = relevant_tips(plan, today, unlocks, out.warnings);
    out.rest_today = earliest.date > today;

    // -- the decision, most serious first --
    const Readiness readiness = check_readiness(plan, today);
    if (runs.empty() && !readiness.ready) {
        out.kind = SuggestionKind::not_ready;
        out.rule = readiness.rule;
        out.headline = "Not ready to run yet. " + readiness.next_step;
        out.rest_today = true;
        return out;
    }
    if (const auto physio = physio_needed(plan, today, history)) {
        out.kind = SuggestionKind::see_physio;
        out.rule = *physio;
        out.headline = "Please see your physio before running again.";
        out.rest_today = true;
        return out;
    }
    if (history.waiting_for) {
        out.kind = SuggestionKind::wait_for_response;
        out.waiting_for = history.waiting_for;
        out.rule = {"The tendon's response is often delayed 24-48 hours, so the next run waits for "
                    "next-morning pain.",
                    source::goom};
        out.headline = last->date >= today
                           ? "Rest today. Tomorrow morning, log how your hamstring feels after today's run."
                           : "How did your hamstring feel the morning after your run on " +
                                 day_text(last->date) + "? Log it to get your next run.";
        out.rest_today = true;
        return out;
    }
    if (last_red) {
        out.kind = SuggestionKind::step_back;
        out.rule = history.current.rule;
        out.headline = out.rest_today
                           ? "Your last run was red. Rest until " + when(earliest.date, earliest.time) +
                                 ", then run " + run_words(out.run) + "."
                           : "Run " + run_words(out.run) + ": one step back after your red run.";
        return out;
    }
    if (morning) {
        out.kind = SuggestionKind::rest;
        out.rule = *morning;
        out.headline = "Rest today. Next run: " + run_words(out.run) + ", from " +
                       when(earliest.date, earliest.time) + ".";
        return out;
    }
    if (out.rest_today) {
        out.kind = SuggestionKind::rest;
        const bool strength_decides =
            !out.warnings.empty() &&
            std::any_of(out.warnings.begin(), out.warnings.end(),
                        [](const Advice& a) { return a.kind == AdviceKind::strength_spacing; });
        out.rule = strength_decides
                       ? Rule{"Leave " + std::to_string(s.strength_gap_hours) +
                                  " hours between strength work and a run.",
                              source::magnusson}
                       : Rule{"Leave a rest day between runs early on, so you can see how the tendon "
                              "responds.",
                              "DOMAIN.md section 4"};
        out.headline = "Rest today. Next run: " + run_words(out.run) + ", from " +
                       when(earliest.date, earliest.time) + ".";
        return out;
    }
    out.rule = history.current.rule;
    if (out.run.change == LevelChange::start || out.run.change == LevelChange::up) {
        out.kind = SuggestionKind::progress;
        out.headline = out.run.change == LevelChange::start
                           ? "Start with " + run_words(out.run) + " (a treadmill is fine)."
                           : "Run " + run_words(out.run) + ": one level up.";
    } else {
        out.kind = SuggestionKind::hold;
        out.headline = "Run " + run_words(out.run) +
                       (out.run.change == LevelChange::down ? ": a shorter run." : " again.");
    }
    return out;
}

std::vector<Advice> check_planned_run(const Plan& plan, Date today, int minutes) {
    const LevelHistory history = replay_levels(plan, today);
    return load_warnings(plan, today, minutes, history.current.minutes);
}

} // namespace stride
