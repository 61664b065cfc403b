#include "storage/save_status.hpp"

#include <algorithm>

namespace stride::storage {

Revision SaveTracker::note_change() {
    return ++latest_;
}

void SaveTracker::write_committed(Revision revision) {
    committed_ = std::max(committed_, revision);
    if (failure_ && failed_revision_ <= committed_) failure_.reset();
}

void SaveTracker::write_failed(Revision revision, StorageError error) {
    if (revision <= committed_) return; // a later revision already saved everything this one held
    failure_ = std::move(error);
    failed_revision_ = revision;
}

void SaveTracker::adopt_stored() {
    committed_ = latest_;
    failure_.reset();
}

SaveIndicator SaveTracker::indicator() const {
    if (all_saved()) return {SaveState::Saved, "Saved", std::nullopt};
    if (failure_) return {SaveState::NotSaved, "Not saved: " + plain_words(*failure_), failure_};
    return {SaveState::Saving, "Saving\u2026", std::nullopt};
}

SaveIndicator not_safe_yet() {
    return {SaveState::AtRisk,
            "Not safe yet: this browser would not keep a copy of your last change (storage full or private "
            "browsing). Keep Stride Back open until it says Saved.",
            std::nullopt};
}

} // namespace stride::storage
