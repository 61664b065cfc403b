#include "core/exports/plan_report.hpp"

#include "core/exports/report.hpp"
#include "core/plan_file/plan_in_html.hpp"

namespace stride {
namespace {

// Shown at the end of the report (and printed): the page is also the plan, for the app.
constexpr const char* kHowToImport =
    "<p style=\"margin-top:3mm;color:#5a6266;font-size:8pt\">This page also holds the whole plan for the "
    "Stride Back app. To adjust it there: open Stride Back, go to Plan, choose \xE2\x80\x9CImport a plan "
    "file\xE2\x80\x9D and pick this file. Send the file back the same way.</p>\n";

} // namespace

std::string plan_report_html(const Plan& plan, Date today) {
    std::string html = report_html(plan, today);
    const std::size_t body = html.rfind("</body>");
    html.insert(body == std::string::npos ? html.size() : body, kHowToImport + plan_element(plan));
    return html;
}

} // namespace stride
