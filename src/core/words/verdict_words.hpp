#pragma once
// The words a person reads for the rules' verdicts: one place for each, so the screens, the physio report
// and the command-line tool never say the same thing three ways. (The plan file's own lower_snake_case
// names of these enums are enum_name(), in the enums' headers.)

#include "core/rules/progression.hpp"
#include "core/rules/readiness.hpp"
#include "core/rules/run_classification.hpp"
#include "core/rules/summaries.hpp"
#include "core/rules/zones.hpp"

#include <string>
#include <vector>

namespace stride {

// "green", "amber", "red", "waiting for the next morning"
const char* zone_words(Zone zone);
// What a zone means for a pain of this kind: "fine", "take care, hold the level", "rest from running
// today"...
const char* zone_meaning(PainKind kind, Zone zone);
// "3/10: amber, take care, hold the level": a chosen pain with its zone in words (pickers, feedback).
std::string pain_zone_words(const PainScale& scale, int pain);
// The pains of a zone on the scale, "0-2", "6-10" or "0"; "" when the settings leave the zone empty.
std::string zone_range(const PainScale& scale, Zone zone);
// One line per zone of the scale, lowest first: "0-2 green: fine", "3-5 amber: ...", "6-10 red: ...".
std::vector<std::string> zone_legend(const PainScale& scale);
// "Passed", "Passed, with caution", "Not yet", "Not tested"
const char* status_words(const ChecklistResult& item);
// The heading of a suggestion: "Run today", "Step back", "See your physio", ...
const char* suggestion_words(SuggestionKind kind);
// "Drop lunge", "Puranen-Orava", "Bent-knee stretch", "Modified bent-knee stretch"
const char* provocation_test_words(ProvocationTest test);
// A provocation test's finding and pain: "positive, pain 3/10", "negative", "pain 2/10" (a drop lunge has
// its pain only; its verdict is status_words(point.drop_lunge)).
std::string provocation_result_words(const ProvocationResult& result);

} // namespace stride
