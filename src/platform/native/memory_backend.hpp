#pragma once
// StorageBackend kept in memory, for native tests: the generations of one browser profile, as web/storage.js
// keeps them in IndexedDB. It can fail on purpose (storage full, write refused) and can hold completions
// back to mimic IndexedDB's asynchrony, so tests can see "saving", overlapping saves and two tabs writing at
// the same instant, and release the answers one by one. A failed put changes nothing, like an aborted
// transaction. Several stores (tabs) may share one MemoryBackend: their operations run one at a time, in the
// order issued, as web/storage.js's writes do under the writer lock.
#include "storage/backend.hpp"

#include <deque>
#include <functional>
#include <map>

namespace stride::platform {

class MemoryBackend final : public storage::StorageBackend {
  public:
    void put(storage::StoredRecord record, std::uint64_t expected_newest, Done done) override;
    void list(Listed done) override;
    void get(std::uint64_t generation, Got done) override;
    void remove(std::vector<std::uint64_t> generations, Done done) override;

    // --- test controls ---
    // The next put fails with this error (and stores nothing).
    void fail_next_put(storage::StorageError error);
    // Every put fails with this error until cleared with nullopt (a disk that stays full).
    void fail_every_put(std::optional<storage::StorageError> error);
    // When held, operations take effect and report only when complete_next()/complete_all() run.
    void hold_completions(bool hold);
    bool complete_next(); // false if nothing was pending
    void complete_all();  // including operations issued by the answers themselves
    // The held operations never happen (the page was killed before IndexedDB started them).
    void drop_pending() { pending_.clear(); }
    std::size_t pending() const { return pending_.size(); }
    // Runs after each committed put, before its answer (web/storage.js announces it to the other tabs then).
    void on_commit(std::function<void(const storage::StoredRecord&)> hook) { on_commit_ = std::move(hook); }

    // Direct access, as another tab or a damaging crash would have it.
    std::map<std::uint64_t, std::string>& records() { return records_; }
    void corrupt(std::uint64_t generation, std::size_t byte_index);
    std::size_t put_count() const { return put_count_; }

  private:
    void run_or_hold(std::function<void()> operation);

    std::map<std::uint64_t, std::string> records_;
    std::optional<storage::StorageError> next_put_failure_;
    std::optional<storage::StorageError> every_put_failure_;
    bool hold_ = false;
    std::deque<std::function<void()>> pending_;
    std::size_t put_count_ = 0;
    std::function<void(const storage::StoredRecord&)> on_commit_;
};

} // namespace stride::platform
