#pragma once
// The plan file: one versioned JSON document holding everything (docs/plan-file.md). Storage and the
// export/import of a plan to share with a physio use this same format.

#include "core/model/expected.hpp"
#include "core/model/model.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace stride {

// The top-level "schema_version". Bump it only for changes an older app could not read correctly even
// with the per-type class versions (e.g. a different top-level layout).
inline constexpr std::uint32_t kPlanSchemaVersion = 1;
// Ten years of daily logs is a few megabytes; anything far beyond that is not a plan file.
inline constexpr std::size_t kMaxPlanFileBytes = 32u * 1024u * 1024u;
// The plan nests at most about six levels; a file nesting deeper than this is refused before loading.
inline constexpr int kMaxJsonDepth = 64;

using LoadError = FieldError;

std::string plan_to_json(const Plan& plan);

// The plan, or a LoadError naming the field (e.g. "plan.runs[2].pain_during") and saying what to do.
// Never crashes, never returns half a plan: any problem refuses the whole file.
Expected<Plan> plan_from_json(std::string_view text);

} // namespace stride
