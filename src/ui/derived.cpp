#include "ui/derived.hpp"

namespace stride::ui {

Derived& derived(UiState& state, const Plan& plan, const AppStatus& status) {
    const std::shared_ptr<Derived>& kept = state.derived;
    if (kept && kept->plan == &plan && kept->revision == status.plan_revision && kept->today == status.today)
        return *kept;
    auto fresh = std::make_shared<Derived>();
    fresh->plan = &plan;
    fresh->revision = status.plan_revision;
    fresh->today = status.today;
    fresh->suggestion = suggest_next_run(plan, status.today);
    fresh->readiness = check_readiness(plan, status.today);
    fresh->questions = pending_questions(plan, status.today);
    state.derived = std::move(fresh);
    return *state.derived;
}

const HistorySeries& history_series(Derived& d) {
    if (!d.series) {
        const Plan& plan = *d.plan;
        d.series = HistorySeries{pain_trend(plan, d.today),        weekly_minutes(plan, d.today),
                                 level_trend(plan, d.today),       morning_trend(plan, d.today),
                                 strength_symmetry(plan, d.today), visa_h_trend(plan, d.today),
                                 flare_ups(plan, d.today)};
    }
    return *d.series;
}

} // namespace stride::ui
