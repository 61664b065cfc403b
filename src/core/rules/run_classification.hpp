#pragma once
// How one run is judged by the tendon's response (DOMAIN.md section 3, the pain-monitoring model).

#include "core/model/model.hpp"
#include "core/rules/rule.hpp"

#include <vector>

namespace stride {

enum class Zone { green, amber, red, waiting };
STRIDE_ENUM_NAMES(Zone, 4, {Zone::green, "green"}, {Zone::amber, "amber"}, {Zone::red, "red"},
                  {Zone::waiting, "waiting"});

struct RunClassification {
    EntryId run = 0;
    Zone zone = Zone::waiting;
    bool big_flare = false; // red with a large next-morning rise, or still raised at 48 h
    int baseline = 0;       // the pain next-morning is compared with
    Rule rule;
};

// Judges one run of the plan (daily checks on the run's day give the usual morning baseline). Without
// `words` the rule is left empty: for rules and charts that judge years of runs and only need the zone.
RunClassification classify_run(const Plan& plan, const Run& run, bool words = true);

} // namespace stride
