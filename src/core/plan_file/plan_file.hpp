#pragma once
// The plan file: one versioned JSON document holding everything (docs/plan-file.md). Storage and the
// export/import of a plan to share with a physio use this same format.

#include "core/model/expected.hpp"
#include "core/model/model.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stride {

// The top-level "schema_version". Bump it only for changes an older app could not read correctly even
// with the per-type class versions (e.g. a different top-level layout).
inline constexpr std::uint32_t kPlanSchemaVersion = 1;
// Ten years of daily logs is a few megabytes; anything far beyond that is not a plan file. The same limit
// holds for every text read (plan file, import, stored plan, stored change) and for the plan itself as
// plan_to_json() writes it (check_plan_size), so whatever the app accepts it can also write and read back.
inline constexpr std::size_t kMaxPlanFileBytes = 32u * 1024u * 1024u;
// The plan nests at most about six levels; a file nesting deeper than this is refused before loading.
inline constexpr int kMaxJsonDepth = 64;

using LoadError = FieldError;

std::string plan_to_json(const Plan& plan);

// The plan, or a LoadError naming the field (e.g. "plan.runs[2].pain_during") and saying what to do.
// Never crashes, never returns half a plan: any problem refuses the whole file (json_check.hpp lists the
// checks before cereal reads it; validate.hpp the ones after).
Expected<Plan> plan_from_json(std::string_view text);

// Refuses a plan that plan_to_json() would write as more than kMaxPlanFileBytes, naming `path`. Cheap for
// any plan well inside the limit (plan_file_bytes_at_most); exact near it (plan_file_bytes).
std::optional<FieldError> check_plan_size(const Plan& plan, const std::string& path = "plan");
// The size of plan_to_json(plan), without building the text.
std::size_t plan_file_bytes(const Plan& plan);
// An upper bound of plan_file_bytes() from the number of entries and the bytes of text alone.
std::size_t plan_file_bytes_at_most(const Plan& plan);

// "2.2 MB": bytes in MiB to one decimal.
std::string megabytes(std::size_t bytes);
// megabytes() of a size above kMaxPlanFileBytes, or "just over 32 MB" when that would read as the limit.
std::string size_over_limit(std::size_t bytes);

} // namespace stride
