#pragma once
// One browser profile, played by a test: its IndexedDB generations (one MemoryBackend every tab shares),
// its localStorage notes and journals, its promise to keep the data, one device clock and random numbers,
// and the tabs open on the app. Each Tab is the page around one Runtime: its StorageHost (the preload, page
// events, persistence, notes), its files and updates, and a count of the frames the runtime asked for:
//
//   FakeBrowser browser;
//   FakeBrowser::Tab& tab = browser.open_tab();
//   runtime::Runtime app(tab.ports());
//
// A commit of one tab is announced at once to the others (the BroadcastChannel), unless announcements are
// held. Reloading a page is a new tab (a new writer id) on the same profile, once the old runtime is gone.
// A journal outlives its tab; a tab opened later is handed the journals of tabs no longer open that no open
// tab was handed already, as web/storage.js claims them with the tabs' Web Locks.
#include "platform/native/fake_clock.hpp"
#include "platform/native/fake_files.hpp"
#include "platform/native/fake_page.hpp"
#include "platform/native/fake_random.hpp"
#include "platform/native/fake_updates.hpp"
#include "platform/native/memory_backend.hpp"
#include "runtime/ports.hpp"
#include "storage/host.hpp"

#include <cstdint>
#include <deque>
#include <list>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stride::platform {

// The physio desk's storage in this profile (localStorage in the browser): one text, or nothing.
class FakeDeskStore final : public runtime::DeskStore {
  public:
    std::optional<std::string> read() override { return text; }
    std::string write(const std::string& written) override {
        if (refuse) return "the browser's storage is full";
        text = written;
        ++writes;
        return {};
    }
    std::optional<std::string> text;
    bool refuse = false; // every write refused until set back
    int writes = 0;
};

class FakeBrowser {
  public:
    class Tab;

    // `seed`: another installation picks other random numbers.
    explicit FakeBrowser(std::uint32_t seed = 1);
    FakeBrowser(const FakeBrowser&) = delete;
    FakeBrowser& operator=(const FakeBrowser&) = delete;

    // A new page of the app. Its preload is read when the runtime starts on it.
    Tab& open_tab();
    // Closes a tab whose runtime is gone (its page events stop).
    void close_tab(Tab& tab);

    MemoryBackend& storage() { return storage_; }
    FakeClock& clock() { return clock_; }
    FakeDeskStore& desk_store() { return desk_store_; }
    std::map<storage::StorageNote, Date>& notes() { return notes_; }
    // localStorage's journals, by tab id.
    std::map<std::string, std::string>& journals() { return journals_; }
    // localStorage refuses every write (full, or a private mode without it) until called with false.
    void refuse_journal_writes(bool refuse) { refuse_journals_ = refuse; }
    // Like a private mode that refuses IndexedDB: the preload fails, every write is refused.
    void make_storage_unavailable();
    // navigator.storage.persisted(), as the next preload reads it.
    bool persisted = false;

    // Announcements of other tabs' commits wait until delivered (BroadcastChannel is asynchronous).
    void hold_announcements(bool hold) { hold_announcements_ = hold; }
    void deliver_announcements();

  private:
    void committed(const storage::StoredRecord& record);
    void announce(const std::string& writer, std::uint64_t generation);

    MemoryBackend storage_;
    FakeDeskStore desk_store_;
    FakeClock clock_;
    FakeRandom random_;
    std::map<storage::StorageNote, Date> notes_;
    std::map<std::string, std::string> journals_;
    std::map<std::string, std::string> claims_; // journal's tab -> the open tab it was handed to
    bool refuse_journals_ = false;
    bool unavailable_ = false;
    bool hold_announcements_ = false;
    std::deque<std::pair<std::string, std::uint64_t>> announcements_;
    std::list<Tab> tabs_; // a list: open tabs keep their address
    int opened_ = 0;
};

class FakeBrowser::Tab final : public storage::StorageHost {
  public:
    Tab(FakeBrowser& browser, std::string id) : browser_(browser), id_(std::move(id)) {}

    // What a Runtime on this tab uses; `wakes` counts the frames it asks for.
    runtime::Ports ports();
    const std::string& id() const { return id_; }

    // --- the page's events ---
    // visibilitychange to hidden or pagehide: the app's flush hook.
    void hide_page();
    // The answer to the last persistence request (also what later preloads read).
    void answer_persistence(bool granted);
    int persistence_requests() const { return persistence_requests_; }

    FakeFiles files;
    FakeUpdates updates;
    FakePage page;
    int wakes = 0;

    // storage::StorageHost
    storage::StoragePreload preload() override;
    void listen(storage::StorageEvents events) override { events_ = std::move(events); }
    void request_persistence() override { ++persistence_requests_; }
    std::optional<Date> read_note(storage::StorageNote note) override;
    void write_note(storage::StorageNote note, Date date) override;
    // storage::JournalStore
    bool write_journal(const std::string& text) override;
    void remove_journal(const std::string& tab_id) override;
    std::vector<std::string> stored_journals() override;

  private:
    friend class FakeBrowser;
    FakeBrowser& browser_;
    std::string id_;
    storage::StorageEvents events_;
    int persistence_requests_ = 0;
};

} // namespace stride::platform
