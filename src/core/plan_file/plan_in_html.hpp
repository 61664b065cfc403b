#pragma once
// The plan carried inside an HTML page (docs/plan-file.md, "The plan inside a report"): Android Chrome's
// share sheet refuses .json files but takes .html (w3c/web-share#142), so the runner shares the physio report
// with the whole plan file embedded in it as inert data, and the app imports that page back exactly.
//
// Version 1 of the embedding, before the page's </body>:
//   <template id="stride-back-plan" data-version="1" data-encoding="base64">
//   the plan file's bytes (plan_to_json) in base64, lines of 76 characters
//   </template>
// A <template>'s content is never shown and runs nothing; base64 has no character HTML gives a meaning to,
// so the bytes survive a browser re-saving the page, and the page's size is bounded (kMaxImportFileBytes).

#include "core/model/expected.hpp"
#include "core/model/model.hpp"
#include "core/plan_file/plan_file.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace stride {

inline constexpr std::uint32_t kPlanInHtmlVersion = 1;
// The largest file an import reads: a plan file of the largest size, embedded (4/3 in base64, plus line
// breaks) in a report, whose own sections are cut to the recent part (report.hpp) and stay far below 3 MB.
inline constexpr std::size_t kMaxImportFileBytes = 48u * 1024u * 1024u;

// The <template> element holding `plan`, for a page to put in its body.
std::string plan_element(const Plan& plan);

// The plan in a file the runner opened: a plan file (JSON), or an HTML page with a plan embedded by
// plan_element(). Any problem refuses the whole file with plain words, as plan_from_json() does.
Expected<Plan> plan_from_file(std::string_view bytes);

} // namespace stride
