#include "core/rules/advice.hpp"

#include "core/rules/run_classification.hpp"

#include <algorithm>

namespace stride {
namespace {

bool has(const std::vector<Advice>& list, AdviceKind kind) {
    return std::any_of(list.begin(), list.end(), [&](const Advice& a) { return a.kind == kind; });
}

const Run* last_run(const Plan& plan, Date today) {
    const auto runs = counted_runs(plan, today);
    return runs.empty() ? nullptr : runs.back();
}

std::string hours_text(int minutes) {
    return minutes % 60 == 0 ? std::to_string(minutes / 60) + " hours" : std::to_string(minutes) + " minutes";
}

} // namespace

std::vector<Advice> aggravator_warnings(const Plan& plan, Date today, const Unlocks& unlocks) {
    const Settings& s = plan.settings;
    std::vector<Advice> out;
    int sitting = 0;
    bool stretched = false;
    for (const Aggravator& a : plan.aggravators) {
        if (a.date > today) continue;
        if (a.date >= today - 1) sitting = std::max(sitting, a.sitting_minutes + a.driving_minutes);
        if (a.date >= today - 6) stretched = stretched || a.stretched_hamstring;
    }
    if (sitting >= s.sitting_warning_minutes)
        out.push_back(
            {AdviceKind::sitting,
             {"You sat or drove for " + hours_text(sitting) +
                  " in a day recently. Sitting compresses the tendon and can flare it for days: break it "
                  "up and stand often.",
              source::goom}});
    if (stretched)
        out.push_back(
            {AdviceKind::stretching,
             {"You stretched the hamstring this week. Don't: stretching compresses the irritated tendon.",
              source::goom}});
    if (const Run* last = last_run(plan, today)) {
        if (last->hills && !unlocks.hills)
            out.push_back(
                {AdviceKind::hills_locked,
                 {"Your last run had hills. Keep to the flat for now, or walk the hills.", source::goom}});
        if (last->speed_work && !unlocks.speed_work)
            out.push_back({AdviceKind::speed_locked,
                           {"Your last run had speed work. Keep it easy for now: speed loads the tendon.",
                            source::goom}});
    }
    const auto runs = counted_runs(plan, today);
    int unanswered = 0;
    for (std::size_t i = 0; i + 1 < runs.size(); ++i)
        if (runs[i]->pain_next_morning == kNotRecorded && runs[i]->date >= today - 14 &&
            classify_run(plan, *runs[i], false).zone == Zone::waiting)
            ++unanswered;
    if (unanswered > 0)
        out.push_back(
            {AdviceKind::unanswered_runs,
             {std::to_string(unanswered) + (unanswered == 1 ? " recent run has" : " recent runs have") +
                  " no next-morning pain, so the app could not judge " + (unanswered == 1 ? "it" : "them") +
                  ". Add it if you remember.",
              source::goom}});
    return out;
}

std::vector<Advice> relevant_tips(const Plan& plan, Date today, const Unlocks& unlocks,
                                  const std::vector<Advice>& warnings) {
    const Settings& s = plan.settings;
    std::vector<Advice> out;
    const Run* last = last_run(plan, today);
    const bool painful = last && classify_run(plan, *last, false).zone != Zone::green &&
                         classify_run(plan, *last, false).zone != Zone::waiting;
    if (painful && last->time.known() && last->time.minutes() < 12 * 60)
        out.push_back(
            {AdviceKind::afternoon_runs,
             {"Symptoms are often worse in the morning: an afternoon run may be easier.", source::goom}});
    int sessions = 0;
    for (const StrengthSession& session : plan.strength_sessions)
        if (session.date <= today && session.date > today - 7) ++sessions;
    if (last && sessions < s.strength_sessions_per_week)
        out.push_back(
            {AdviceKind::keep_strength,
             {"Keep doing your strength work 2-3 times a week, even when running feels fine: the tendon's "
              "load capacity falls if it stops (" +
                  std::to_string(sessions) + " in the last 7 days).",
              source::goom}});
    if (painful && !has(warnings, AdviceKind::sitting))
        out.push_back({AdviceKind::avoid_sitting,
                       {"Long sitting and driving also load the tendon: break them up.", source::goom}});
    if (painful && !has(warnings, AdviceKind::stretching))
        out.push_back({AdviceKind::no_stretching,
                       {"Don't stretch the hamstring while the tendon settles.", source::goom}});
    if (last && last->hills && !unlocks.hills)
        out.push_back({AdviceKind::walk_hills,
                       {"If your route has hills, run the flat parts and walk up the hills.", source::goom}});
    return out;
}

} // namespace stride
