#pragma once
// The report that carries the plan: the physio report (report.hpp) with the whole plan file embedded as
// inert data (plan_file/plan_in_html.hpp) and a line telling the physio how to open it in the app. It is
// what the app shares and downloads as "the report": one file that any browser shows, that Android's and
// iOS's share sheets take (text/html), and that the app imports back exactly.

#include "core/model/date.hpp"
#include "core/model/model.hpp"

#include <string>

namespace stride {

std::string plan_report_html(const Plan& plan, Date today);

} // namespace stride
