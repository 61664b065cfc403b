#pragma once
// File names for what the app exports (plan file, physio report, CSV log): the runner's chosen name and the
// date, so a physio with many patients can tell the files apart, e.g. "sam-stride-back-plan-2025-03-01.json".

#include "core/model/date.hpp"
#include "core/model/model.hpp"

#include <string>
#include <string_view>

namespace stride {

// `what` is "plan", "report" or "log"; `extension` has no dot. The name is reduced to letters and digits
// joined by hyphens (other characters of any script are kept; characters file systems refuse are not).
std::string export_file_name(const Plan& plan, Date today, std::string_view what, std::string_view extension);

} // namespace stride
