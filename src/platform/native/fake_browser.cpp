#include "platform/native/fake_browser.hpp"

#include "storage/record.hpp"
#include "storage/storage_error.hpp"

#include <variant>

namespace stride::platform {

FakeBrowser::FakeBrowser(std::uint32_t seed) : random_(seed) {
    storage_.on_commit([this](const storage::StoredRecord& record) { committed(record); });
}

FakeBrowser::Tab& FakeBrowser::open_tab() {
    return tabs_.emplace_back(*this, "tab-" + std::to_string(++opened_));
}

void FakeBrowser::close_tab(Tab& tab) {
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
    return {browser_.clock_,    browser_.random_, browser_.storage_, *this, files, updates, page,
            [this] { ++wakes; }};
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
    return preload;
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
