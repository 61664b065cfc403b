#pragma once
// The --json output of `stride-cli next` (documented field by field in docs/cli.md).

#include "core/rules/progression.hpp"

#include <string>

namespace stride::cli {

inline constexpr const char* kNextJsonFormat = "stride-cli.next/1";

std::string suggestion_json(const Suggestion& suggestion, Date today);

} // namespace stride::cli
