// The plan-file loader on any bytes: plan_from_file, what an import reads (a plan file, or a report page with
// the plan embedded), which hands JSON to plan_from_json (also what storage reads whole plans with). Besides
// crashes and sanitizer reports, a finding is: a refusal without words or with text that is not clean, or
// an accepted plan the rest of the app could not rely on (invalid, too large to write, out of order).

#include "fuzz_check.hpp"

#include "core/model/validate.hpp"
#include "core/plan_file/plan_file.hpp"
#include "core/plan_file/plan_in_html.hpp"

#include <algorithm>

using namespace stride;

namespace {

template <class Entry> bool in_date_order(const std::vector<Entry>& list) {
    return std::is_sorted(list.begin(), list.end(),
                          [](const Entry& a, const Entry& b) { return a.date < b.date; });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const Expected<Plan> plan = plan_from_file(fuzz::as_text(data, size));
    if (!plan) {
        fuzz::require(!plan.error().message.empty(), "a refusal says why");
        fuzz::require_clean_text(plan.error().message, "a refusal is clean text");
        fuzz::require(plan.error().message.size() < 4096, "a refusal is short");
        return 0;
    }
    const Plan& p = plan.value();
    fuzz::require(!validate(p, "plan"), "an accepted plan is valid");
    fuzz::require(!check_plan_size(p), "an accepted plan fits in a plan file");
    bool ordered = true;
    for_each_entry_kind([&](auto kind) { ordered = ordered && in_date_order(entries<decltype(kind)>(p)); });
    fuzz::require(ordered, "an accepted plan's entries are in date order");
    return 0;
}
