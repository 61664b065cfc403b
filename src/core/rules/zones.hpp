#pragma once
// The traffic lights: which zone a pain score falls in, for every pain the app asks about, from the plan's
// settings. One function for all of them, so a picker, a card, a chart, the history list, the report and
// the command-line tool can never colour the same value two ways (docs/rules.md, "Zones").

#include "core/model/enums.hpp"
#include "core/model/settings.hpp"

namespace stride {

// A judged run, or one still waiting for the next morning's answer.
enum class Zone { green, amber, red, waiting };
STRIDE_ENUM_NAMES(Zone, 4, {Zone::green, "green"}, {Zone::amber, "amber"}, {Zone::red, "red"},
                  {Zone::waiting, "waiting"});

// What a 0-10 pain score measures; each has its own limits.
enum class PainKind {
    run,   // during or right after a run: green_max_pain / amber_max_pain
    rest,  // at rest (morning check, readiness): green up to ready_rest_pain_max
    task,  // the daily meaningful task: green up to daily_task_max_pain
    lunge, // the drop lunge: passes up to ready_lunge_pain_max, with caution up to lunge_caution_pain_max
    next_morning, // the morning after a run, against that run's baseline: green up to it, red above
};

// green up to green_max, amber up to amber_max, red above (amber_max == green_max: no amber).
struct PainScale {
    PainKind kind = PainKind::run;
    int green_max = 0;
    int amber_max = 0;
    Zone zone(int pain) const {
        return pain <= green_max ? Zone::green : pain <= amber_max ? Zone::amber : Zone::red;
    }
};

// The scale of a run, rest, task or drop-lunge pain under these settings. Rest and task pain above their
// green limit mean "no running today" (amber); above the run's amber limit they are red.
PainScale pain_scale(const Settings& settings, PainKind kind);
// The next morning after a run whose next-morning pain is compared with `baseline` (0-10).
PainScale next_morning_scale(int baseline);

} // namespace stride
