// Scenarios from the seed articles, lived day by day as a runner would: every morning they answer
// yesterday's next-morning question, ask for today's suggestion, and run it when it says so.

#include "builders.hpp"

#include "core/rules/levels.hpp"
#include "core/rules/load_guard.hpp"
#include "core/rules/progression.hpp"
#include "core/rules/race_check.hpp"
#include "core/rules/summaries.hpp"

#include <functional>

using namespace stride;
using namespace stride::test;

namespace {

struct Response {
    int during, after, next_morning;
};

// A runner who follows the app. `tendon(day, minutes, run_walk)` says how a run feels; strength work is
// done on Mondays and Thursdays at 08:00, as the seed advises, away from runs.
struct Runner {
    Plan plan;
    std::function<Response(Date, int, const RunWalk&)> tendon;
    std::vector<std::pair<Date, Suggestion>> log;

    void live(Date from, Date to) {
        for (Date today = from; today <= to; today = today + 1) {
            answer_yesterday(today);
            if (today.weekday() == 0 || today.weekday() == 3) add(plan, strength_session(today, at(8)));
            const Suggestion s = suggest_next_run(plan, today);
            log.emplace_back(today, s);
            const bool runs_today = (s.kind == SuggestionKind::progress || s.kind == SuggestionKind::hold ||
                                     s.kind == SuggestionKind::step_back) &&
                                    !s.rest_today;
            if (!runs_today) continue;
            Run r = run(today, s.run.minutes, 0, 0, 0, kNotRecorded);
            r.run_walk = s.run.run_walk;
            const Response feel = tendon(today, s.run.minutes, s.run.run_walk);
            r.pain_during = feel.during;
            r.pain_after = feel.after;
            pending_ = feel.next_morning;
            add(plan, r);
        }
    }

    int level_on(Date d) const {
        for (auto it = log.rbegin(); it != log.rend(); ++it)
            if (it->first <= d) return it->second.run.minutes;
        return 0;
    }

  private:
    void answer_yesterday(Date today) {
        if (plan.runs.empty() || plan.runs.back().date != today - 1) return;
        Run r = plan.runs.back();
        r.pain_next_morning = pending_;
        auto result = stride::apply(plan, EditEntry<Run>{r});
        REQUIRE(result.ok());
        plan = std::move(result).value();
    }
    int pending_ = 0;
};

int effective_minutes(int minutes, const RunWalk& rw) {
    return rw.continuous() ? minutes : minutes * rw.run_minutes / (rw.run_minutes + rw.walk_minutes);
}

} // namespace

TEST_CASE("Goom's comeback: 5 minutes, stuck at 20 for two weeks, then about ten weeks to 7 miles") {
    const Date start = day("2024-03-04"); // a Monday
    const Date unstuck = start + 35;      // "from mid April on"
    Runner runner;
    runner.plan = ready_plan(start);
    // The tendon tolerates 20 minutes until mid April ("anything more aggravated symptoms"), then
    // adapts a little faster than the plan asks: 12% a week from 30 minutes.
    runner.tendon = [&](Date d, int minutes, const RunWalk& rw) -> Response {
        double capacity = 20;
        if (d >= unstuck) {
            capacity = 30;
            for (int w = 0; w < (d - unstuck) / 7; ++w)
                capacity *= 1.12;
        }
        if (effective_minutes(minutes, rw) <= capacity) return {1, 0, 0};
        return {3, 2, 0}; // amber: symptoms during, settled by the morning
    };
    runner.live(start, start + 7 * 20);

    const auto& log = runner.log;
    // Day one is a strength day (08:00), so the first run waits 24 hours; it is 5 minutes.
    CHECK(log.front().second.kind == SuggestionKind::rest);
    CHECK(log.front().second.run.minutes == 5);
    CHECK(log.front().second.run.change == LevelChange::start);
    CHECK(log[1].second.kind == SuggestionKind::progress);
    CHECK(log[1].second.headline.find("Start with 5 minutes") == 0);

    // The level never jumps more than one step, and never up twice in a week above the ladder.
    const Settings& s = runner.plan.settings;
    const auto steps = replay_levels(runner.plan, start + 200).steps;
    std::optional<Date> last_up_above;
    for (const LevelStep& step : steps) {
        CHECK(step.level_after <= next_level(s, step.level_before));
        CHECK_FALSE(step.longer_than_level);
        CHECK(step.judged.zone != Zone::red);
        if (step.change == LevelChange::up && step.level_before >= s.ladder_top_minutes &&
            step.level_after > step.level_before) {
            if (last_up_above) CHECK(step.date - *last_up_above >= 7);
            last_up_above = step.date;
        }
    }

    // Stuck: while the tendon only tolerates 20 minutes the app holds, switching to run/walk.
    bool run_walk_offered = false;
    for (const auto& [d, sug] : log) {
        if (d >= start + 21 && d < unstuck) CHECK(sug.run.minutes <= 25);
        run_walk_offered = run_walk_offered || !sug.run.run_walk.continuous();
        CHECK(sug.kind != SuggestionKind::see_physio);
        CHECK(sug.kind != SuggestionKind::step_back);
    }
    CHECK(run_walk_offered);

    // About ten weeks after getting unstuck, the runs are 7 miles (about 63 minutes at 9 minutes a mile).
    Date reached;
    for (const auto& [d, sug] : log)
        if (sug.run.minutes >= 63) {
            reached = d;
            break;
        }
    REQUIRE(reached > unstuck);
    const int weeks = (reached - unstuck) / 7;
    CHECK(weeks >= 8);
    CHECK(weeks <= 12);

    // Above the ladder no week goes over its cap.
    for (const WeekTotal& w : weekly_minutes(runner.plan, start + 7 * 20))
        if (w.cap_minutes > 0 && runner.level_on(w.week_start) > s.ladder_top_minutes)
            CHECK(w.minutes <= w.cap_minutes);

    // Strength work never sits within 24 hours before a run.
    for (const Run& r : runner.plan.runs)
        for (const StrengthSession& ss : runner.plan.strength_sessions) {
            const auto gap = minutes_since_epoch(r.date, r.time) - minutes_since_epoch(ss.date, ss.time);
            CHECK_FALSE((gap > 0 && gap < 24 * 60));
        }
}

TEST_CASE("the arbitrary 6 km: 2-3/10 during, flared for days, then right back to very short runs") {
    const Date start = day("2024-03-04");
    Plan plan = ready_plan(start);
    add(plan, run(start, 5, 0, 1, 0, 0));
    add(plan, run(start + 2, 5, 0, 1, 0, 0));
    add(plan, run(start + 4, 10, 0, 1, 0, 0));
    // The runner picks 6 km out of thin air: 36 minutes, 2-3/10 during, worse next morning.
    Run six_k = run(start + 6, 36, 0, 3, 3, 4);
    six_k.distance_km = 6;
    add(plan, six_k);
    for (int d = 7; d <= 12; ++d)
        add(plan, morning(start + d, 3)); // flared for six days

    Suggestion s = suggest_next_run(plan, start + 7);
    CHECK(s.kind == SuggestionKind::step_back);
    CHECK(s.run.minutes == 5); // a big flare: two levels down from 10
    CHECK(s.run.earliest >= start + 8);
    CHECK(s.rest_today);
    bool warned = false;
    for (const Advice& a : s.warnings)
        warned = warned || a.kind == AdviceKind::longer_than_level;
    CHECK(warned);
    CHECK(flare_ups(plan, start + 7).size() == 1);
    CHECK(flare_ups(plan, start + 7)[0].big);

    // Pain at rest on three mornings: see the physio.
    CHECK(suggest_next_run(plan, start + 9).kind == SuggestionKind::see_physio);

    // Once the mornings are pain free again: back to very short runs.
    for (int d = 13; d <= 14; ++d)
        add(plan, morning(start + d, 0));
    s = suggest_next_run(plan, start + 14);
    CHECK(s.kind == SuggestionKind::step_back);
    CHECK(s.run.minutes == 5);
    CHECK_FALSE(s.rest_today);

    // Doing it again within 14 days: see the physio.
    add(plan, run(start + 14, 30, 0, 3, 3, 4));
    CHECK(suggest_next_run(plan, start + 15).kind == SuggestionKind::see_physio);
}

TEST_CASE("a marathon too close: up to 8-9 miles, Boston in five weeks") {
    const Date today = day("2024-03-18");
    Plan plan = ready_plan(today - 120);
    plan.prescription = {true, today - 60, 80, {}, {}, ""};
    for (int i = 20; i >= 1; --i) {
        Run r = run(today - 3 * i, i % 3 == 0 ? 85 : 45, 1, 2, 1, 1);
        r.distance_km = r.minutes / 9.5;
        add(plan, r);
    }
    plan.race = {true, "Boston Marathon", today + 35, 42.2};
    RaceCheck c = check_race(plan, today);
    CHECK(c.planned);
    CHECK_FALSE(c.fits);
    CHECK(c.pace_from_runs);
    CHECK(c.start_minutes == 85); // the longest green run of the last 30 days
    CHECK(c.weeks_available == 4);
    CHECK(c.weeks.size() == 4);
    CHECK(c.message.find("Not enough time") == 0);
    CHECK(c.message.find("there will always be more races") != std::string::npos);
    CHECK(c.rule.source.find("your questions answered") != std::string::npos);
    for (std::size_t i = 1; i < c.weeks.size(); ++i)
        CHECK(c.weeks[i].long_run_minutes * 100 <= c.weeks[i - 1].long_run_minutes * 110);

    // A race next year fits, week by week within about 10%.
    plan.race.date = today + 7 * 30;
    c = check_race(plan, today);
    CHECK(c.fits);
    CHECK(c.weeks.back().long_run_minutes == c.target_minutes);
    CHECK(c.message.find("There is time") == 0);
    CHECK(c.weeks.front().week_start == day("2024-03-25"));

    // A red run is never hidden: the plan restarts from the stepped-back level and says so.
    add(plan, run(today, 85, 1, 6, 4, 3));
    c = check_race(plan, today + 1);
    CHECK(c.message.find("Your last run was red") != std::string::npos);
    CHECK(c.start_minutes < 85);

    plan.race.planned = false;
    CHECK_FALSE(check_race(plan, today).planned);
}
