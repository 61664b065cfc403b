#pragma once
// The readiness checklist before the first run (docs/rules.md section 1).

#include "core/model/model.hpp"
#include "core/rules/rule.hpp"

#include <optional>
#include <vector>

namespace stride {

enum class ChecklistItem { rest_pain, drop_lunge, strength_symmetry, test_jog, physio_agreement };
enum class ItemStatus { pass, not_yet, not_tested };
STRIDE_ENUM_NAMES(ChecklistItem, 5, {ChecklistItem::rest_pain, "rest_pain"},
                  {ChecklistItem::drop_lunge, "drop_lunge"},
                  {ChecklistItem::strength_symmetry, "strength_symmetry"},
                  {ChecklistItem::test_jog, "test_jog"},
                  {ChecklistItem::physio_agreement, "physio_agreement"});
STRIDE_ENUM_NAMES(ItemStatus, 3, {ItemStatus::pass, "pass"}, {ItemStatus::not_yet, "not_yet"},
                  {ItemStatus::not_tested, "not_tested"});

struct ChecklistResult {
    ChecklistItem item;
    std::string label; // "No pain at rest", ...
    ItemStatus status = ItemStatus::not_tested;
    bool required = true; // physio agreement is optional unless the setting requires it
    bool caution = false; // passes, but with a note (e.g. drop lunge 1-2/10)
    std::optional<Date> tested_on;
    std::optional<EntryId> entry; // the test (or daily check) that decided it
    std::string detail;           // the result in words, e.g. "left 30 kg, right 27 kg (90%)"
    std::string next_step;        // what to do when it does not pass
    Rule rule;
};

struct Readiness {
    bool ready = false;
    std::vector<ChecklistResult> items; // in ChecklistItem order
    std::string next_step;              // the first thing to do, or "" when ready
    Rule rule;
};

// Uses the latest result of each item up to `today` (the latest morning check counts for rest pain too).
Readiness check_readiness(const Plan& plan, Date today);

// One drop lunge judged as the checklist judges the latest (pass, pass with caution, not yet; not tested
// when its pain was not recorded): for the report's provocation tests over time.
ChecklistResult drop_lunge_result(const Plan& plan, const ReadinessTest& test);

} // namespace stride
