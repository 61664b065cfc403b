#pragma once
// JournalWriter: this tab's journal (journal.hpp) kept in step with its saves. PlanSync tells it every
// change it saves, every generation it hands to the backend and every commit; sync() writes the journal
// (or removes it once nothing is left uncommitted), once per PlanSync call, before that call returns: so in
// the same event as the tap, before the frame that says "Entry added." is shown.
//
// What is in the journal is always safe to make again at the next start: the steps not yet known to be
// committed, and the generation that would hold them. When a change cannot be journaled (the browser
// refused the write, or it does not fit in kMaxJournalBytes), it and every later change stay out until a
// commit covers them (a later step may build on the missing one), and at_risk() says so. When the browser
// refuses a write, the journal is removed rather than left naming an older write: a stale journal could
// make a committed change again.

#include "storage/journal.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace stride::storage {

class JournalWriter {
  public:
    // `store` may be null: nothing is journaled, and nothing is at risk (tests' readers).
    JournalWriter(JournalStore* store, std::string tab);

    // A change saved as `revision` (each revision at most once; a later call for it is ignored).
    void add(Revision revision, std::int64_t saved_at_ms, std::vector<Action> actions);
    // A generation handed to the backend, holding every change up to `upto`.
    void put(std::uint64_t generation, const std::string& record_bytes, Revision upto);
    // Every change up to `revision` has committed.
    void committed(Revision revision);
    // Another tab's generation was adopted: the changes not committed are made again (add()) or lost.
    void drop_steps();
    // Journals of closed tabs taken over at start-up: listed until this journal's changes commit.
    void absorb(const std::vector<std::string>& tabs);

    // Writes the journal if it changed since the last sync(), or removes it once it holds no change.
    // False when a change could not be journaled (at_risk()).
    bool sync(std::int64_t now_ms);
    // Some change after `committed` is not in the journal: not safe until it commits.
    bool at_risk(Revision committed) const { return unjournaled_upto_ > committed; }
    // Whether `revision` is in the journal as last written.
    bool holds(Revision revision) const;

    // The generations the journals stored now name (this tab's and other tabs'), which pruning must keep:
    // the next start needs them to tell whether a journal's changes were stored.
    std::vector<std::uint64_t> named_generations() const;

  private:
    bool write(std::int64_t now_ms);

    JournalStore* store_;
    Journal journal_; // in memory: what the next sync() writes
    bool dirty_ = false;
    bool stored_ = false;           // a journal of this tab is in the store
    Revision written_upto_ = 0;     // the newest step the stored journal holds
    Revision unjournaled_upto_ = 0; // the newest change that could not be journaled (0: none)
};

} // namespace stride::storage
