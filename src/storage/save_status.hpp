#pragma once
// The saved / saving / not-saved indicator as a pure state machine. Every change gets a revision number;
// the indicator says "Saved" only when the backend has confirmed the COMMIT of the latest revision.
// A failure stays visible until a later revision commits (each generation is the whole plan, so a later
// commit saves everything the failed one held).
#include "storage/storage_error.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace stride::storage {

using Revision = std::uint64_t;

// AtRisk: saving, and the change is not in the journal either (journal_writer.hpp), so closing the page
// now would lose it.
enum class SaveState { Saved, Saving, NotSaved, AtRisk };

struct SaveIndicator {
    SaveState state = SaveState::Saved;
    std::string words; // "Saved", "Saving…", "Not saved: <why and what to do>", not_safe_yet()
    std::optional<StorageError> error; // set for NotSaved
};

// The indicator while a change is being saved but is not safe yet.
SaveIndicator not_safe_yet();

class SaveTracker {
  public:
    // A change was applied: returns its revision (1, 2, 3, ...).
    Revision note_change();
    void write_committed(Revision revision);
    void write_failed(Revision revision, StorageError error);
    // The shown state was replaced by a stored one (another tab's generation): nothing is unsaved.
    void adopt_stored();

    Revision latest() const { return latest_; }
    Revision committed() const { return committed_; }
    bool all_saved() const { return committed_ == latest_; }
    SaveIndicator indicator() const;

  private:
    Revision latest_ = 0;
    Revision committed_ = 0;
    std::optional<StorageError> failure_;
    Revision failed_revision_ = 0;
};

} // namespace stride::storage
