#include "cli/text_output.hpp"

#include "core/rules/progression.hpp"
#include "core/rules/race_check.hpp"
#include "core/rules/readiness.hpp"
#include "core/rules/summaries.hpp"
#include "core/words/text.hpp"
#include "core/words/verdict_words.hpp"
#include "core/words/unicode.hpp"

#include <algorithm>
#include <sstream>

namespace stride::cli {
namespace {

std::string pain_or_dash(int value) {
    return value == kNotRecorded ? "-" : std::to_string(value);
}

void write_readiness(std::ostream& out, const Readiness& r) {
    for (const ChecklistResult& item : r.items) {
        out << "  [" << status_words(item) << "] " << item.label << (item.required ? "" : " (optional)");
        if (item.tested_on) out << ": " << item.detail << " on " << item.tested_on->iso();
        out << "\n";
    }
    out << (r.ready ? "Ready to start running.\n" : "Not ready yet. Next: " + r.next_step + "\n");
}

void write_suggestion(std::ostream& out, const Suggestion& s) {
    out << s.headline << "\n";
    out << "Why: " << s.rule.text << "\n  (source: " << s.rule.source << ")\n";
    for (const Advice& a : s.warnings)
        out << "Warning: " << a.rule.text << "\n  (source: " << a.rule.source << ")\n";
    for (const Advice& a : s.tips)
        out << "Tip: " << a.rule.text << "\n";
}

} // namespace

std::string readiness_text(const Plan& plan, Date today) {
    std::ostringstream out;
    out << "Readiness checklist on " << today.iso() << "\n";
    write_readiness(out, check_readiness(plan, today));
    return printable(out.str());
}

std::string suggestion_text(const Plan& plan, Date today) {
    std::ostringstream out;
    write_suggestion(out, suggest_next_run(plan, today));
    return printable(out.str());
}

std::string report_text(const Plan& plan, Date today) {
    std::ostringstream out;
    out << "Stride Back report" << (plan.profile.name.empty() ? "" : " for " + plan.profile.name) << ", "
        << day_text(today) << "\n";
    out << "Affected side: " << enum_name(plan.profile.affected_side) << "\n";
    out << "Guidance, not diagnosis: see your physio when in doubt.\n\n";

    out << "STATUS\n";
    const Suggestion s = suggest_next_run(plan, today);
    write_suggestion(out, s);
    const LevelState level = current_level(plan, today);
    out << "Current level: " << describe_run(level.minutes, level.run_walk) << "\n\n";

    out << "READINESS\n";
    write_readiness(out, check_readiness(plan, today));

    out << "\nRUNS (latest 10: date, minutes, pain before/during/after/next morning/48 h, zone)\n";
    const auto pain = pain_trend(plan, today);
    for (std::size_t i = pain.size() > 10 ? pain.size() - 10 : 0; i < pain.size(); ++i) {
        const PainPoint& p = pain[i];
        out << "  " << p.date.iso() << "  " << p.minutes << " min  " << p.before << "/" << p.during << "/"
            << p.after << "/" << pain_or_dash(p.next_morning) << "/" << pain_or_dash(p.at_48h) << "  "
            << enum_name(p.zone) << "\n";
    }
    if (pain.empty()) out << "  none yet\n";

    out << "\nWEEKLY MINUTES (latest 8 weeks, from Monday)\n";
    const auto weeks = weekly_minutes(plan, today);
    for (std::size_t i = weeks.size() > 8 ? weeks.size() - 8 : 0; i < weeks.size(); ++i) {
        const WeekTotal& w = weeks[i];
        out << "  " << w.week_start.iso() << "  " << w.minutes << " min in " << w.runs
            << (w.runs == 1 ? " run" : " runs");
        if (w.cap_minutes > 0) out << " (cap " << w.cap_minutes << ")";
        out << "\n";
    }
    if (weeks.empty()) out << "  none yet\n";

    out << "\nFLARE-UPS (red runs)\n";
    const auto flares = flare_ups(plan, today);
    for (const FlareUp& f : flares)
        out << "  " << f.date.iso() << (f.big ? " (big)" : "") << ": " << f.rule.text << "\n";
    if (flares.empty()) out << "  none\n";

    out << "\nSTRENGTH SYMMETRY\n";
    const auto symmetry = strength_symmetry(plan, today);
    for (const SymmetryPoint& p : symmetry)
        out << "  " << p.date.iso() << "  " << enum_name(p.test) << ": left " << decimal_text(p.left)
            << ", right " << decimal_text(p.right) << " (" << p.percent << "%)\n";
    if (symmetry.empty()) out << "  not tested\n";

    out << "\nVISA-H\n";
    const auto visa = visa_h_trend(plan, today);
    for (const ScorePoint& p : visa)
        out << "  " << p.date.iso() << "  " << p.score << "/100\n";
    if (visa.empty()) out << "  not recorded\n";

    if (plan.race.planned) {
        const RaceCheck race = check_race(plan, today);
        out << "\nRACE: " << plan.race.name << " on " << plan.race.date.iso() << ", "
            << decimal_text(plan.race.distance_km) << " km\n  " << race.message << "\n";
        for (const RaceWeek& w : race.weeks)
            out << "  week of " << w.week_start.iso() << ": long run " << w.long_run_minutes << " min (about "
                << decimal_text(w.long_run_km) << " km)\n";
    }

    out << "\nSETTINGS CHANGED FROM THE DEFAULTS\n";
    bool any = false;
    for (const SettingInfo& info : setting_table()) {
        const int value = plan.settings.*(info.field);
        if (value == default_setting(info.id)) continue;
        any = true;
        out << "  " << info.label << ": " << value << " " << info.unit << " (default "
            << default_setting(info.id) << ")\n";
    }
    if (!any) out << "  none\n";
    return printable(out.str());
}

} // namespace stride::cli
