#include "cli/command_line.hpp"

namespace stride::cli {

const char* const kUsage = "usage: stride-cli check PLAN\n"
                           "       stride-cli next PLAN [--today YYYY-MM-DD] [--json]\n"
                           "       stride-cli report PLAN [--today YYYY-MM-DD]\n"
                           "       stride-cli export-report PLAN [--today YYYY-MM-DD]\n"
                           "       stride-cli export-csv PLAN\n"
                           "       stride-cli validate PLAN\n"
                           "exit codes: 0 done, 1 the plan file is missing or invalid, 2 usage error\n";

Parsed parse_command_line(const std::vector<std::string>& args) {
    if (args.empty()) return {std::nullopt, "no command given"};
    Command c;
    const std::string& verb = args[0];
    if (verb == "check")
        c.verb = Verb::check;
    else if (verb == "next")
        c.verb = Verb::next;
    else if (verb == "report")
        c.verb = Verb::report;
    else if (verb == "validate")
        c.verb = Verb::validate;
    else if (verb == "export-report")
        c.verb = Verb::export_report;
    else if (verb == "export-csv")
        c.verb = Verb::export_csv;
    else
        return {std::nullopt, "unknown command '" + verb + "'"};

    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--json" && c.verb == Verb::next) {
            c.json = true;
        } else if (a == "--today" && c.verb != Verb::validate && c.verb != Verb::export_csv) {
            if (i + 1 >= args.size()) return {std::nullopt, "--today needs a date, e.g. --today 2024-06-03"};
            c.today = Date::parse(args[++i]);
            if (!c.today)
                return {std::nullopt,
                        "--today must be a calendar date written YYYY-MM-DD, not '" + args[i] + "'"};
        } else if (!a.empty() && a[0] == '-') {
            return {std::nullopt, "unknown option '" + a + "' for " + verb};
        } else if (c.plan_path.empty()) {
            c.plan_path = a;
        } else {
            return {std::nullopt, "more than one plan file given"};
        }
    }
    if (c.plan_path.empty()) return {std::nullopt, verb + " needs a plan file"};
    return {c, ""};
}

} // namespace stride::cli
