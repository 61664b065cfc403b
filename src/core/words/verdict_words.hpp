#pragma once
// The words a person reads for the rules' verdicts: one place for each, so the screens, the physio report
// and the command-line tool never say the same thing three ways. (The plan file's own lower_snake_case
// names of these enums are enum_name(), in the enums' headers.)

#include "core/rules/progression.hpp"
#include "core/rules/readiness.hpp"
#include "core/rules/run_classification.hpp"

namespace stride {

// "green", "amber", "red", "waiting for the next morning"
const char* zone_words(Zone zone);
// "Passed", "Passed, with caution", "Not yet", "Not tested"
const char* status_words(const ChecklistResult& item);
// The heading of a suggestion: "Run today", "Step back", "See your physio", ...
const char* suggestion_words(SuggestionKind kind);

} // namespace stride
