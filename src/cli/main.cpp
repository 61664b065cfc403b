// stride-cli: the readiness checklist, the next run, a report, or a validity check of a plan file.
// Exit codes (docs/cli.md): 0 done, 1 the plan file is missing or invalid, 2 usage error.
#include "cli/command_line.hpp"
#include "cli/json_output.hpp"
#include "cli/text_output.hpp"
#include "core/exports/csv.hpp"
#include "core/exports/plan_report.hpp"
#include "core/plan_file/plan_in_html.hpp"
#include "core/rules/progression.hpp"
#include "core/words/unicode.hpp"

#include <unistd.h>

#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

namespace {

constexpr int kDone = 0, kInvalidInput = 1, kUsage = 2;

// The command line is the edge where the clock may be read; the core only ever receives the date.
stride::Date local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return *stride::Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

// An export goes out as the file's exact bytes when redirected; shown on a terminal, text from the plan
// must not steer it (direction overrides), as in the text commands.
std::string file_output(std::string bytes) {
    return isatty(STDOUT_FILENO) ? stride::printable(bytes) : bytes;
}

} // namespace

int main(int argc, char** argv) {
    using namespace stride;
    const cli::Parsed parsed = cli::parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
    if (!parsed.command) {
        std::cerr << "stride-cli: " << parsed.error << "\n" << cli::kUsage;
        return kUsage;
    }
    const cli::Command& command = *parsed.command;

    std::ifstream in(command.plan_path, std::ios::binary);
    if (!in) {
        std::cerr << "stride-cli: cannot open " << command.plan_path << "\n";
        return kInvalidInput;
    }
    std::ostringstream text;
    text << in.rdbuf();
    const auto loaded = plan_from_file(text.str()); // a plan file, or a report holding one
    if (!loaded.ok()) {
        std::cerr << "stride-cli: " << command.plan_path << ": " << printable(loaded.error().message) << "\n";
        return kInvalidInput;
    }
    const Plan& plan = loaded.value();
    const Date today = command.today ? *command.today : local_today();

    switch (command.verb) {
    case cli::Verb::validate:
        std::cout << "valid plan file\n";
        break;
    case cli::Verb::check:
        std::cout << cli::readiness_text(plan, today);
        break;
    case cli::Verb::report:
        std::cout << cli::report_text(plan, today);
        break;
    case cli::Verb::export_report:
        std::cout << file_output(plan_report_html(plan, today));
        break;
    case cli::Verb::export_csv:
        std::cout << file_output(log_to_csv(plan));
        break;
    case cli::Verb::next:
        std::cout << (command.json ? cli::suggestion_json(suggest_next_run(plan, today), today)
                                   : cli::suggestion_text(plan, today));
        break;
    }
    return kDone;
}
