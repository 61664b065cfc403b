// Load -> export -> load: every plan the loader accepts is written as a file the loader accepts, which
// reads back as the same plan and is written again byte for byte; its size is what plan_file_bytes() counts
// and within the bound check_plan_size() relies on. The report, the CSV, the file names and stride-cli's
// text of that plan never fail, are clean text, and stay within sizes that grow at most with the plan.

#include "fuzz_check.hpp"

#include "cli/text_output.hpp"
#include "core/changes/plan_delta.hpp"
#include "core/exports/csv.hpp"
#include "core/exports/file_name.hpp"
#include "core/exports/plan_report.hpp"
#include "core/exports/report.hpp"
#include "core/plan_file/plan_in_html.hpp"
#include "core/plan_file/plan_file.hpp"

using namespace stride;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const Expected<Plan> loaded = plan_from_json(fuzz::as_text(data, size));
    if (!loaded) return 0;
    const Plan& plan = loaded.value();

    const std::string file = plan_to_json(plan);
    fuzz::require(file.size() == plan_file_bytes(plan),
                  "plan_file_bytes() counts what plan_to_json() writes");
    fuzz::require(file.size() <= plan_file_bytes_at_most(plan), "the size bound holds");
    fuzz::require(file.size() <= kMaxPlanFileBytes, "an accepted plan's file fits the limit");
    const Expected<Plan> again = plan_from_json(file);
    fuzz::require(again.ok(), "the app's own file of an accepted plan loads");
    fuzz::require(again.value() == plan, "the file reads back as the same plan");
    fuzz::require(plan_to_json(again.value()) == file, "the file is written again byte for byte");

    // Stored as a delta on an empty plan, it comes back too.
    const Plan empty = make_plan(plan.ids.origin);
    if (const auto delta = diff_plans(empty, plan)) {
        const Expected<Plan> stored = plan_from_delta(empty, delta_to_json(*delta));
        fuzz::require(stored.ok() && stored.value() == plan, "the plan comes back through a delta");
    }

    for (const Date today : {*Date::from_ymd(2024, 6, 10), *Date::from_ymd(2199, 12, 31)}) {
        const std::string report = report_html(plan, today);
        fuzz::require_clean_text(report, "the report is clean text");
        const Expected<Plan> shared = plan_from_file(plan_report_html(plan, today));
        fuzz::require(shared.ok() && shared.value() == plan, "the shared report reads back as the same plan");
        // It shows the recent part only: a fixed number of runs, weeks, scores and notes.
        fuzz::require(report.size() < 512 * 1024, "the report stays small");
        fuzz::require_clean_text(cli::report_text(plan, today), "stride-cli's report is clean text");
        for (const char* what : {"plan", "report", "log"}) {
            const std::string name = export_file_name(plan, today, what, "json");
            fuzz::require_clean_text(name, "a file name is clean text");
            fuzz::require(name.find_first_of("/\\:*?\"<>|") == std::string::npos,
                          "a file name has no character file systems refuse");
        }
    }
    const std::string csv = log_to_csv(plan);
    fuzz::require_clean_text(csv, "the CSV is clean text");
    fuzz::require(csv.size() <= 2 * file.size() + 4096, "the CSV grows at most with the plan");
    return 0;
}
