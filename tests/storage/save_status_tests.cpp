#include "storage/save_status.hpp"

#include <doctest/doctest.h>

using namespace stride::storage;

namespace {
const StorageError kFull{StorageErrorKind::StorageFull, "QuotaExceededError", "quota"};
}

TEST_CASE("nothing changed reads as saved") {
    SaveTracker tracker;
    CHECK(tracker.indicator().state == SaveState::Saved);
    CHECK(tracker.indicator().words == "Saved");
}

TEST_CASE("a change is saving until its commit is confirmed") {
    SaveTracker tracker;
    const auto r1 = tracker.note_change();
    CHECK(r1 == 1);
    CHECK(tracker.indicator().state == SaveState::Saving);
    tracker.write_committed(r1);
    CHECK(tracker.indicator().state == SaveState::Saved);
}

TEST_CASE("an older commit does not mark a newer change saved") {
    SaveTracker tracker;
    const auto r1 = tracker.note_change();
    const auto r2 = tracker.note_change();
    tracker.write_committed(r1);
    CHECK(tracker.indicator().state == SaveState::Saving);
    tracker.write_committed(r2);
    CHECK(tracker.indicator().state == SaveState::Saved);
    tracker.write_committed(r1); // late, out of order: still saved
    CHECK(tracker.committed() == r2);
}

TEST_CASE("a failure shows why and what to do, until a later change commits") {
    SaveTracker tracker;
    const auto r1 = tracker.note_change();
    tracker.write_failed(r1, kFull);
    auto shown = tracker.indicator();
    CHECK(shown.state == SaveState::NotSaved);
    CHECK(shown.words == "Not saved: Your browser refused to save (storage full). Export a backup file now.");
    REQUIRE(shown.error);
    CHECK(shown.error->name == "QuotaExceededError");

    const auto r2 = tracker.note_change();
    CHECK(tracker.indicator().state == SaveState::NotSaved); // still not saved while r2 is in flight
    tracker.write_committed(r2);
    CHECK(tracker.indicator().state == SaveState::Saved);
}

TEST_CASE("a failure of a change already covered by a later commit is ignored") {
    SaveTracker tracker;
    const auto r1 = tracker.note_change();
    const auto r2 = tracker.note_change();
    tracker.write_committed(r2);
    tracker.write_failed(r1, kFull);
    CHECK(tracker.indicator().state == SaveState::Saved);
}

TEST_CASE("adopting another tab's generation leaves nothing unsaved") {
    SaveTracker tracker;
    const auto r1 = tracker.note_change();
    tracker.write_failed(r1, kFull);
    tracker.adopt_stored();
    CHECK(tracker.indicator().state == SaveState::Saved);
}

TEST_CASE("browser error names map to kinds and plain words") {
    CHECK(kind_from_error_name("QuotaExceededError") == StorageErrorKind::StorageFull);
    CHECK(kind_from_error_name("NewerGenerationExists") == StorageErrorKind::NewerGenerationExists);
    CHECK(kind_from_error_name("Unavailable") == StorageErrorKind::Unavailable);
    CHECK(kind_from_error_name("AbortError") == StorageErrorKind::WriteRefused);
    CHECK(plain_words(error_from_browser("AbortError", "")) ==
          "Your browser refused to save (AbortError). Export a backup file now.");
    CHECK(plain_words(error_from_browser("", "")) ==
          "Your browser refused to save (unknown reason). Export a backup file now.");
    CHECK(plain_words(error_from_browser("Unavailable", "")).find("private browsing") != std::string::npos);
}
