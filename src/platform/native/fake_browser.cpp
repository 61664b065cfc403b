#include "platform/native/fake_browser.hpp"

#include "storage/record.hpp"
#include "storage/storage_error.hpp"

#include <algorithm>
#include <iterator>
#include <variant>

namespace stride::platform {

FakeBrowser::FakeBrowser(std::uint32_t seed) : random_(seed) {
    storage_.on_commit([this](const storage::StoredRecord& record) { committed(record); });
}

FakeBrowser::Tab& FakeBrowser::open_tab() {
    return tabs_.emplace_back(*this, "tab-" + std::to_string(++opened_));
}

void FakeBrowser::close_tab(Tab& tab) {
    for (auto claim = claims_.begin(); claim != claims_.end();) // its Web Locks are released
        claim = claim->second == tab.id_ ? claims_.erase(claim) : std::next(claim);
    tabs_.remove_if([&tab](const Tab& open) { return &open == &tab; });
}

void FakeBrowser::make_storage_unavailable() {
    unavailable_ = true;
    storage_.fail_every_put(storage::error_from_browser("NotReady", "the database did not open"));
}

// web/storage.js announces a commit to the other tabs with its writer's id; the record carries it.
void FakeBrowser::committed(const storage::StoredRecord& record) {
    const storage::DecodeResult decoded = storage::decode_record(record.bytes);
    const std::string writer = std::holds_alternative<storage::Record>(decoded)
                                   ? std::get<storage::Record>(decoded).writer
                                   : std::string();
    if (hold_announcements_)
        announcements_.emplace_back(writer, record.generation);
    else
        announce(writer, record.generation);
}

void FakeBrowser::deliver_announcements() {
    while (!announcements_.empty()) {
        const auto [writer, generation] = announcements_.front();
        announcements_.pop_front();
        announce(writer, generation);
    }
}

void FakeBrowser::announce(const std::string& writer, std::uint64_t generation) {
    for (Tab& tab : tabs_)
        if (tab.id_ != writer && tab.events_.other_tab_saved) tab.events_.other_tab_saved(generation);
}

runtime::Ports FakeBrowser::Tab::ports() {
    return {browser_.clock_,      browser_.random_,   browser_.storage_, *this, files, updates, page,
            browser_.desk_store_, [this] { ++wakes; }};
}

void FakeBrowser::Tab::hide_page() {
    if (events_.flush) events_.flush();
}

void FakeBrowser::Tab::answer_persistence(bool granted) {
    browser_.persisted = granted;
    if (events_.persistence_answered) events_.persistence_answered(granted);
}

storage::StoragePreload FakeBrowser::Tab::preload() {
    storage::StoragePreload preload;
    preload.tab_id = id_;
    if (browser_.unavailable_) {
        preload.error_message = storage::plain_words(storage::error_from_browser("Unavailable", ""));
        return preload;
    }
    preload.ok = true;
    preload.persisted = browser_.persisted;
    for (const auto& [generation, bytes] : browser_.storage_.records())
        preload.records.push_back({generation, bytes});
    for (const auto& [tab, text] : browser_.journals_) {
        const bool open = std::any_of(browser_.tabs_.begin(), browser_.tabs_.end(),
                                      [&tab = tab](const Tab& other) { return other.id_ == tab; });
        if (open || browser_.claims_.count(tab)) continue;
        browser_.claims_[tab] = id_;
        preload.journals.push_back({tab, text});
    }
    return preload;
}

bool FakeBrowser::Tab::write_journal(const std::string& text) {
    if (browser_.refuse_journals_) return false;
    browser_.journals_[id_] = text;
    return true;
}

void FakeBrowser::Tab::remove_journal(const std::string& tab_id) {
    browser_.journals_.erase(tab_id);
}

std::vector<std::string> FakeBrowser::Tab::stored_journals() {
    std::vector<std::string> all;
    for (const auto& entry : browser_.journals_)
        all.push_back(entry.second);
    return all;
}

std::optional<Date> FakeBrowser::Tab::read_note(storage::StorageNote note) {
    const auto found = browser_.notes_.find(note);
    if (found == browser_.notes_.end()) return std::nullopt;
    return found->second;
}

void FakeBrowser::Tab::write_note(storage::StorageNote note, Date date) {
    browser_.notes_[note] = date;
}

} // namespace stride::platform
