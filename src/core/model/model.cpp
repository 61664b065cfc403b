#include "core/model/model.hpp"

namespace stride {

Plan make_plan(std::uint32_t origin) {
    Plan plan;
    plan.ids.origin = origin & kMaxOrigin;
    return plan;
}

bool operator==(const Settings& a, const Settings& b) {
    for (const auto& info : setting_table())
        if (a.*(info.field) != b.*(info.field)) return false;
    return true;
}

} // namespace stride
