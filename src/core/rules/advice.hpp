#pragma once
// Warnings about aggravators and the tips of DOMAIN.md section 4, shown when they apply.

#include "core/rules/levels.hpp"
#include "core/rules/rule.hpp"
#include "core/rules/unlocks.hpp"

#include <vector>

namespace stride {

// Long sitting or driving today or yesterday, hamstring stretching in the last 7 days, hills or speed
// work in the last run while locked, older runs never given a next-morning answer.
std::vector<Advice> aggravator_warnings(const Plan& plan, Date today, const Unlocks& unlocks);

// Afternoon runs after a painful morning run; keep strength 2-3 times a week; after a painful run,
// avoid long sitting and don't stretch (unless already warned); walk the hills.
std::vector<Advice> relevant_tips(const Plan& plan, Date today, const Unlocks& unlocks,
                                  const std::vector<Advice>& warnings);

} // namespace stride
