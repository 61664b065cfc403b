#pragma once
// Recovery at start-up: the journals of tabs that closed before their changes committed (journal.hpp)
// made again on the plan that was opened. The page hands over only journals no open tab owns (web/
// storage.js claims each with its tab's Web Lock), so no journal is made again by two tabs.
//
// For each journal: if the generation its `put` names is stored with exactly those bytes, and was opened
// (or built on), its steps up to `upto` are already in the plan; the later steps are made again with
// replay_actions() (core/changes/replay.hpp): an added entry keeps its id when free and is never added
// twice, an edit of an entry deleted since is not made, a delete of an entry already gone is done. A
// journal named in another's `absorbs` was taken over by that tab already and is only removed.

#include "core/changes/actions.hpp"
#include "storage/backend.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace stride::storage {

// A journal of a closed tab, as the page read it.
struct OrphanJournal {
    std::string tab;
    std::string text;
};

struct Recovered {
    Plan plan;                      // the opened plan with the changes made again
    std::vector<Action> actions;    // what was made on it, in order (added entries with the ids they got)
    std::vector<std::string> taken; // journals to remove once this tab's journal holds `actions`
    std::string notice;             // what could not be recovered, in plain words; "" when nothing
};

// `opened_generation`: the generation `opened` was read from (0: none, a fresh plan).
Recovered recover_journals(Plan opened, std::uint64_t opened_generation,
                           const std::vector<StoredRecord>& stored,
                           const std::vector<OrphanJournal>& orphans);

} // namespace stride::storage
