#pragma once
// Plain-text output of stride-cli: the readiness checklist, the next run and the physio report. Meant for a
// terminal, so text from the plan comes out through printable() (core/words/unicode.hpp): no control
// character or direction override reaches it.

#include "core/model/model.hpp"

#include <string>

namespace stride::cli {

std::string readiness_text(const Plan& plan, Date today);
std::string suggestion_text(const Plan& plan, Date today);
std::string report_text(const Plan& plan, Date today);

} // namespace stride::cli
