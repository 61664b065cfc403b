#pragma once
// The physio desk's saved document (docs/storage.md, "The physio desk"): the plan files the physio opened,
// one per runner, and the physio's alert thresholds. It is kept apart from the runner's own plan on the
// same device and never travels in a plan file.
//
// Version 1:
//   {"desk_version": 1,
//    "alerts": {"red_run_days": 14, ...},           every key of alert_setting_table(); missing = default
//    "runners": [{"file_name": "sam-plan.json", "plan": "<the plan file's text, as plan_to_json writes
//    it>"}]}
// Each plan is kept as the text of its plan file, so it is read back by plan_from_json with every check a
// plan file gets, and a runner's file the desk cannot read is named and left out rather than losing the rest.

#include "core/model/expected.hpp"
#include "core/model/model.hpp"
#include "core/rules/caseload.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stride {

inline constexpr std::uint32_t kDeskVersion = 1;
// Runners a desk holds at most: a caseload, not a clinic's archive (and each is a whole plan in storage).
inline constexpr std::size_t kMaxDeskRunners = 60;

struct DeskRunner {
    std::string file_name; // the file it came from, to tell runners without a name apart
    Plan plan;
};

struct Desk {
    AlertSettings alerts;
    std::vector<DeskRunner> runners;
};

std::string desk_to_json(const Desk& desk);

struct DeskLoad {
    Desk desk;
    std::vector<std::string> problems; // runners left out, in plain words
};
// The desk, or why the whole text could not be read (then nothing of it is used).
Expected<DeskLoad> desk_from_json(std::string_view text);

// What the desk calls a runner: their name, or the file's name when the plan has none.
std::string runner_words(const DeskRunner& runner);

} // namespace stride
