#pragma once
// The physio's caseload (docs/rules.md section 9): which of the runners whose plan files the physio holds
// needs attention, and why, in plain words. Each alert reuses the rule the runner's own advice uses (the
// run's zone, the see-your-physio verdict, the open next-morning questions, weekly adherence); only the
// thresholds are the physio's: they belong to the physio's desk on their device, never to a runner's plan
// file. The idea of alert rules over a caseload comes from the peers Medbridge Pathways (pain and logging
// alerts) and Physitrack (low-adherence list); each threshold's default cites the source it rests on.

#include "core/model/model.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stride {

// The physio's alert thresholds. Whole numbers, like the plan's settings.
struct AlertSettings {
    int red_run_days = 14;       // a red run within this many days, today included (Goom: two in two weeks)
    int pain_rise_points = 2;    // a week's mean pain this much above the week before (Silbernagel 2007)
    int rest_pain_above = 2;     // the latest morning's pain at rest above this (Goom; Kongsgaard 2010)
    int quiet_days = 3;          // no entry for this many days (app choice, after Medbridge's 49 h)
    int long_quiet_days = 14;    // ... and for this many (app choice, after Medbridge's 14 days)
    int unanswered_at_least = 2; // open next-morning questions (Silbernagel 2007: the next morning decides)
    int strength_percent_under = 50; // last week's strength sessions under this % of the programme
};

enum class AlertSettingId {
    red_run_days,
    pain_rise_points,
    rest_pain_above,
    quiet_days,
    long_quiet_days,
    unanswered_at_least,
    strength_percent_under,
};
inline constexpr std::size_t kAlertSettingCount =
    static_cast<std::size_t>(AlertSettingId::strength_percent_under) + 1;

struct AlertSettingInfo {
    AlertSettingId id;
    const char* key;   // name in the desk's storage
    const char* label; // plain words for the desk's settings
    const char* unit;
    int min_value;
    int max_value;
    int AlertSettings::*field;
    const char* source; // author, year, title (core/words/sources.hpp)
};

const std::array<AlertSettingInfo, kAlertSettingCount>& alert_setting_table();
const AlertSettingInfo& alert_setting_info(AlertSettingId id);
std::optional<AlertSettingId> alert_setting_by_key(std::string_view key);
int alert_setting_value(const AlertSettings& settings, AlertSettingId id);
int default_alert_setting(AlertSettingId id);
// The value kept within the setting's bounds.
int bounded_alert_setting(AlertSettingId id, int value);

// Why a runner is flagged, most urgent first: the order of the caseload.
enum class AlertKind {
    see_physio,   // the runner's advice says: see your physio
    red_run,      // a red run lately
    rest_pain,    // the latest morning's pain at rest is above the threshold
    rising_pain,  // pain rising over the last two weeks
    long_quiet,   // no entries for long_quiet_days (or none at all)
    unanswered,   // next-morning questions left open
    quiet,        // no entries for quiet_days
    low_strength, // strength sessions under the programme last week
};

struct Alert {
    AlertKind kind = AlertKind::quiet;
    std::string reason; // plain words for the physio, e.g. "Red run on Tue 1 Dec 2026: 6/10 during."
    std::string source; // author, year, title of what the alert rests on
};

// Every alert that applies to `plan` on `today`, most urgent first.
std::vector<Alert> caseload_alerts(const Plan& plan, Date today, const AlertSettings& settings);

struct CaseloadRow {
    std::string name;          // what the desk calls the runner
    std::size_t runner = 0;    // the runner's place in the desk
    std::vector<Alert> alerts; // most urgent first
};

// Most urgent first: by the most urgent alert, then by how many alerts, then by name; rows alike in all
// three keep their order (stable).
void order_caseload(std::vector<CaseloadRow>& rows);

} // namespace stride
