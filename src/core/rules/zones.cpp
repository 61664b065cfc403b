#include "core/rules/zones.hpp"

#include <algorithm>

namespace stride {

PainScale pain_scale(const Settings& s, PainKind kind) {
    switch (kind) {
    case PainKind::run:
        return {kind, s.green_max_pain, s.amber_max_pain};
    case PainKind::rest:
        return {kind, s.ready_rest_pain_max, std::max(s.ready_rest_pain_max, s.amber_max_pain)};
    case PainKind::task:
        return {kind, s.daily_task_max_pain, std::max(s.daily_task_max_pain, s.amber_max_pain)};
    case PainKind::lunge:
        return {kind, s.ready_lunge_pain_max, std::max(s.ready_lunge_pain_max, s.lunge_caution_pain_max)};
    case PainKind::next_morning:
        break; // needs the run's baseline: next_morning_scale()
    }
    return next_morning_scale(0);
}

PainScale next_morning_scale(int baseline) {
    return {PainKind::next_morning, baseline, baseline};
}

} // namespace stride
