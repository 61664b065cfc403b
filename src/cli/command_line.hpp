#pragma once
// Parsing the command line of stride-cli (docs/cli.md).

#include "core/model/date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace stride::cli {

enum class Verb { check, next, report, validate, export_report, export_csv };

struct Command {
    Verb verb = Verb::validate;
    std::string plan_path;
    std::optional<Date> today; // --today; otherwise the local date of this computer
    bool json = false;         // --json (next only)
};

// The command, or an error message for a usage error (exit code 2).
struct Parsed {
    std::optional<Command> command;
    std::string error;
};

Parsed parse_command_line(const std::vector<std::string>& args);
extern const char* const kUsage;

} // namespace stride::cli
