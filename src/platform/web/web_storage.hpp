#pragma once
// The browser half of storage: web/storage.js (IndexedDB generations, writer lock, tab announcements, flush
// hooks) behind the two storage interfaces (src/storage/backend.hpp, host.hpp). web_storage.js is the
// JavaScript half, linked with --js-library. See docs/storage.md.
//
// Every asynchronous answer from storage.js comes back through ONE extern "C" function,
// stride_storage_completed(request, error name, detail, generation, size), keyed by the request id the
// C++ call handed out; bytes (a record, a list of generation numbers) wait in the page until C++ copies
// them. Page events (flush, another tab's generation, the persistence answer) come back through
// stride_storage_event. Both run from the browser's event loop, between frames.

#include "storage/backend.hpp"
#include "storage/host.hpp"

#include <functional>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace stride::platform {

// StorageBackend over StrideStorage.write/list/get/remove. One instance at a time (the completion
// callback finds it through a global); answers arriving after it is destroyed are dropped.
class WebStorageBackend final : public storage::StorageBackend {
  public:
    WebStorageBackend();
    ~WebStorageBackend() override;
    WebStorageBackend(const WebStorageBackend&) = delete;
    WebStorageBackend& operator=(const WebStorageBackend&) = delete;

    void put(storage::StoredRecord record, std::uint64_t expected_newest, Done done) override;
    void list(Listed done) override;
    void get(std::uint64_t generation, Got done) override;
    void remove(std::vector<std::uint64_t> generations, Done done) override;

    // From stride_storage_completed. `error_name` empty = success; `size` bytes wait in the page.
    void completed(int request, const std::string& error_name, const std::string& detail,
                   std::uint64_t generation, int size);

  private:
    using Waiting = std::variant<Done, Listed, Got>;
    int remember(Waiting waiting);

    int next_request_ = 1;
    std::map<int, Waiting> waiting_;
};

// StorageHost over what web/loader.js preloaded (Module.strideStorageStart), StrideStorage's flush and tab
// hooks and its persistence request, and localStorage for the notes and the journals (StrideStorage's
// writeJournal, removeJournal, storedJournals: synchronous). One instance at a time.
class WebStorageHost final : public storage::StorageHost {
  public:
    WebStorageHost();
    ~WebStorageHost() override;
    WebStorageHost(const WebStorageHost&) = delete;
    WebStorageHost& operator=(const WebStorageHost&) = delete;

    // A page that did not preload (no storage.js) reads as not ok.
    storage::StoragePreload preload() override;
    void listen(storage::StorageEvents events) override;
    void request_persistence() override;
    std::optional<Date> read_note(storage::StorageNote note) override;
    void write_note(storage::StorageNote note, Date date) override;
    bool write_journal(const std::string& text) override;
    void remove_journal(const std::string& tab_id) override;
    std::vector<std::string> stored_journals() override;

    // Runs before the page's flush event reaches the storage: the shell applies input still queued
    // (a tap that arrived just before the page was hidden), so its change is journaled and written too.
    void before_flush(std::function<void()> hook) { before_flush_ = std::move(hook); }

    // From stride_storage_event.
    void event(int kind, double value) const;

  private:
    storage::StorageEvents events_;
    std::function<void()> before_flush_;
};

} // namespace stride::platform
