#pragma once
// The checks every JSON text gets before cereal reads it, shared by the plan file (plan_from_json: files,
// imports, stored whole plans) and stored deltas (plan_from_delta), so every way in has the same limits.
// One pass of rapidjson's SAX reader, which keeps the path of the value it is in ("plan.runs[3].note"), so
// each refusal names the field:
//   - size at most kMaxPlanFileBytes, and not empty;
//   - JSON syntax, and nesting at most kMaxJsonDepth levels (parsed iteratively: no stack to overflow);
//   - every text, names included, is UTF-8 without NUL (cereal reads text as C strings, so a \u0000 would
//     silently cut it: "Sam\u0000<script>" would load as "Sam" and hide what follows from every limit);
//   - every number is one rapidjson 1.1.0's full-precision reader reads exactly (see number_problem()):
//     it misreads some others and, for a few, reads outside its tables.
// It also reads the top-level member that holds the format version.

#include "core/model/expected.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stride {

struct JsonFacts {
    bool has_version = false;       // the version member is there...
    bool version_is_number = false; // ...and is a whole number that fits 64 bits
    std::uint64_t version = 0;
};

// What is being read, for the version member and the messages.
struct JsonKind {
    const char* version_key; // the top-level member holding the format version
    const char* subject;     // "This file"
    const char* noun;        // "plan file"
    const char* advice;      // what to do about a file-level problem, "" when the person can do nothing
};
inline constexpr JsonKind kPlanFileJson{"schema_version", "This file", "plan file",
                                        " Check you chose the right file."};
inline constexpr JsonKind kDeltaJson{"delta_version", "This saved change", "saved change", ""};

Expected<JsonFacts> check_json(std::string_view text, const JsonKind& kind);

// Why rapidjson might not read this JSON number exactly (a phrase for "... is not a number this app can read
// exactly: <why>"), or nothing when it reads it exactly. `number` is valid JSON number syntax.
std::optional<std::string> number_problem(std::string_view number);

} // namespace stride
