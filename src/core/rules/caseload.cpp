#include "core/rules/caseload.hpp"

#include "core/rules/adherence.hpp"
#include "core/rules/progression.hpp"
#include "core/rules/questions.hpp"
#include "core/rules/summaries.hpp"
#include "core/words/sources.hpp"
#include "core/words/text.hpp"

#include <algorithm>
#include <tuple>

namespace stride {
namespace {

using I = AlertSettingId;
using S = AlertSettings;

const std::array<AlertSettingInfo, kAlertSettingCount> kTable{{
    {I::red_run_days, "red_run_days", "Flag a red run within the last", "days", 1, 60, &S::red_run_days,
     source::goom},
    {I::pain_rise_points, "pain_rise_points", "Flag pain rising week on week by at least", "/10", 1, 10,
     &S::pain_rise_points, source::silbernagel},
    {I::rest_pain_above, "rest_pain_above", "Flag pain at rest in the latest morning check above", "/10", 0,
     9, &S::rest_pain_above, source::goom_kongsgaard},
    {I::quiet_days, "quiet_days", "Flag no entries for", "days", 1, 13, &S::quiet_days,
     source::caseload_peers},
    {I::long_quiet_days, "long_quiet_days", "Flag no entries for a long time, for", "days", 7, 90,
     &S::long_quiet_days, source::caseload_peers},
    {I::unanswered_at_least, "unanswered_at_least", "Flag open next-morning questions from", "questions", 1,
     14, &S::unanswered_at_least, source::silbernagel},
    {I::strength_percent_under, "strength_percent_under",
     "Flag last week's strength sessions under this share of the programme", "%", 0, 100,
     &S::strength_percent_under, source::goom_jospt},
}};

// Days counted back from today, today included: a day is within the last `days` days when it is after
// today - days.
bool within(Date date, Date today, int days) {
    return date > today - days && date <= today;
}

// The newest day the runner wrote anything (the physio's own entries do not count).
std::optional<Date> last_entry(const Plan& plan, Date today) {
    std::optional<Date> last;
    const auto consider = [&](const auto& list) {
        for (auto it = list.rbegin(); it != list.rend(); ++it)
            if (it->date <= today) {
                if (!last || it->date > *last) last = it->date;
                break;
            }
    };
    consider(plan.runs);
    consider(plan.strength_sessions);
    consider(plan.daily_checks);
    consider(plan.aggravators);
    consider(plan.readiness_tests);
    return last;
}

// Mean of the values recorded in each of the two weeks: [today-13, today-7] and [today-6, today].
struct TwoWeeks {
    int earlier_sum = 0, earlier_count = 0, recent_sum = 0, recent_count = 0;
    void add(Date date, Date today, int value) {
        if (value == kNotRecorded) return;
        if (within(date, today, 7)) {
            recent_sum += value;
            ++recent_count;
        } else if (within(date, today, 14)) {
            earlier_sum += value;
            ++earlier_count;
        }
    }
    // The rise of the mean, in tenths of a point, when both weeks have a value.
    std::optional<int> rise_tenths() const {
        if (earlier_count == 0 || recent_count == 0) return std::nullopt;
        return recent_sum * 10 / recent_count - earlier_sum * 10 / earlier_count;
    }
};

std::string tenths_text(int tenths) {
    return decimal_text(tenths / 10.0);
}

void rising(std::vector<Alert>& out, const TwoWeeks& weeks, const char* what, const S& s) {
    const auto rise = weeks.rise_tenths();
    if (!rise || *rise < s.pain_rise_points * 10) return;
    const int recent = weeks.recent_sum * 10 / weeks.recent_count;
    out.push_back({AlertKind::rising_pain,
                   std::string("Pain ") + what + " rising: " + tenths_text(recent) +
                       "/10 on average this week, " + tenths_text(recent - *rise) + "/10 the week before.",
                   source::silbernagel});
}

} // namespace

const std::array<AlertSettingInfo, kAlertSettingCount>& alert_setting_table() {
    return kTable;
}

const AlertSettingInfo& alert_setting_info(AlertSettingId id) {
    return kTable[static_cast<std::size_t>(id)];
}

std::optional<AlertSettingId> alert_setting_by_key(std::string_view key) {
    for (const AlertSettingInfo& info : kTable)
        if (key == info.key) return info.id;
    return std::nullopt;
}

int alert_setting_value(const AlertSettings& settings, AlertSettingId id) {
    return settings.*alert_setting_info(id).field;
}

int default_alert_setting(AlertSettingId id) {
    return alert_setting_value(AlertSettings{}, id);
}

int bounded_alert_setting(AlertSettingId id, int value) {
    const AlertSettingInfo& info = alert_setting_info(id);
    return std::clamp(value, info.min_value, info.max_value);
}

std::vector<Alert> caseload_alerts(const Plan& plan, Date today, const AlertSettings& s) {
    std::vector<Alert> out;
    // The runner's own verdict, by the rule the Today screen uses.
    const Suggestion suggestion = suggest_next_run(plan, today);
    if (suggestion.kind == SuggestionKind::see_physio)
        out.push_back({AlertKind::see_physio,
                       "The app advises the runner to see you: " + suggestion.rule.text,
                       suggestion.rule.source});
    // The newest red run (flare_ups: the runs the classification judged red), oldest first.
    const std::vector<FlareUp> reds = flare_ups(plan, today);
    int recent_reds = 0;
    for (const FlareUp& red : reds)
        recent_reds += within(red.date, today, s.red_run_days) ? 1 : 0;
    if (recent_reds > 0)
        out.push_back({AlertKind::red_run,
                       count_words(static_cast<std::size_t>(recent_reds), "red run") + " in the last " +
                           std::to_string(s.red_run_days) + " days, the latest on " +
                           day_text(reds.back().date) + (reds.back().big ? " (a big flare-up)." : "."),
                       source::silbernagel});
    // The latest morning check of the last week.
    if (!plan.daily_checks.empty()) {
        auto latest = std::find_if(plan.daily_checks.rbegin(), plan.daily_checks.rend(),
                                   [&](const DailyCheck& c) { return c.date <= today; });
        if (latest != plan.daily_checks.rend() && within(latest->date, today, 7) &&
            latest->pain_at_rest > s.rest_pain_above)
            out.push_back({AlertKind::rest_pain,
                           "Pain at rest " + pain_text(latest->pain_at_rest) + " on the morning of " +
                               day_text(latest->date) + ".",
                           source::goom_kongsgaard});
    }
    // Pain during runs and pain at rest, this week against the week before.
    TwoWeeks during, rest;
    for (auto it = plan.runs.rbegin(); it != plan.runs.rend() && it->date > today - 14; ++it)
        during.add(it->date, today, it->pain_during);
    for (auto it = plan.daily_checks.rbegin(); it != plan.daily_checks.rend() && it->date > today - 14; ++it)
        rest.add(it->date, today, it->pain_at_rest);
    rising(out, during, "during runs", s);
    rising(out, rest, "at rest", s);
    // Logging.
    const std::optional<Date> last = last_entry(plan, today);
    const int quiet = last ? today - *last : -1;
    if (!last)
        out.push_back({AlertKind::long_quiet, "No entries yet.", source::caseload_peers});
    else if (quiet >= s.long_quiet_days)
        out.push_back(
            {AlertKind::long_quiet,
             "No entries for " + std::to_string(quiet) + " days (the last on " + day_text(*last) + ").",
             source::caseload_peers});
    // Open questions: the ones the runner's Today screen asks.
    const std::size_t open = pending_questions(plan, today).size();
    if (open >= static_cast<std::size_t>(s.unanswered_at_least))
        out.push_back({AlertKind::unanswered, count_words(open, "next-morning question") + " not answered.",
                       source::silbernagel});
    if (last && quiet >= s.quiet_days && quiet < s.long_quiet_days)
        out.push_back(
            {AlertKind::quiet,
             "No entries for " + std::to_string(quiet) + " days (the last on " + day_text(*last) + ").",
             source::caseload_peers});
    // Strength work in the last whole week, against the programme.
    const std::vector<WeekAdherence> weeks = weekly_adherence(plan, today, 2);
    if (!weeks.empty() && weeks.front().programme && weeks.front().strength_planned > 0) {
        const WeekAdherence& w = weeks.front();
        if (w.strength_sessions * 100 < s.strength_percent_under * w.strength_planned)
            out.push_back({AlertKind::low_strength,
                           "Strength: " + std::to_string(w.strength_sessions) + " of " +
                               count_words(static_cast<std::size_t>(w.strength_planned), "session") +
                               " in the week of " + day_text(w.week_start) + ".",
                           source::goom_jospt});
    }
    std::stable_sort(out.begin(), out.end(), [](const Alert& a, const Alert& b) { return a.kind < b.kind; });
    return out;
}

void order_caseload(std::vector<CaseloadRow>& rows) {
    const auto key = [](const CaseloadRow& r) {
        const int most = r.alerts.empty() ? 1000 : static_cast<int>(r.alerts.front().kind);
        return std::make_tuple(most, -static_cast<int>(r.alerts.size()), r.name);
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const CaseloadRow& a, const CaseloadRow& b) { return key(a) < key(b); });
}

} // namespace stride
