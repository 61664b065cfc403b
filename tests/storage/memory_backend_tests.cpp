// The in-memory backend the native tests stand on (src/platform/native) keeps web/storage.js's promises,
// which tests/e2e/storage/storage.test.mjs checks in Chromium: a stale write is refused and overwrites
// nothing, a failed write stores nothing, remove deletes only what it is given, and held answers come in
// the order the operations were issued.
#include "platform/native/memory_backend.hpp"
#include "test_records.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace stride::storage;
using stride::platform::MemoryBackend;
using stride::storage::test::stored;

namespace {

std::optional<StorageError> put(MemoryBackend& backend, StoredRecord record, std::uint64_t expected) {
    std::optional<StorageError> answer = StorageError{};
    backend.put(std::move(record), expected, [&](std::optional<StorageError> error) { answer = error; });
    return answer;
}

std::vector<std::uint64_t> listed(MemoryBackend& backend) {
    std::vector<std::uint64_t> all;
    backend.list(
        [&](std::vector<std::uint64_t> generations, std::optional<StorageError>) { all = generations; });
    return all;
}

} // namespace

TEST_CASE("memory backend: a stale write is refused as NewerGenerationExists and never overwrites") {
    MemoryBackend backend;
    REQUIRE_FALSE(put(backend, stored(1, "one"), 0));
    REQUIRE_FALSE(put(backend, stored(2, "two"), 1));
    const std::optional<StorageError> stale = put(backend, stored(2, "other two"), 1);
    REQUIRE(stale);
    CHECK(stale->kind == StorageErrorKind::NewerGenerationExists);
    CHECK(backend.records().at(2) == stored(2, "two").bytes);
    CHECK(put(backend, stored(3, "three"), 1)); // built on an old newest: refused too
    CHECK(listed(backend) == std::vector<std::uint64_t>{1, 2});
}

TEST_CASE("memory backend: a failed write stores nothing and earlier generations stay") {
    MemoryBackend backend;
    REQUIRE_FALSE(put(backend, stored(1, "one"), 0));
    backend.fail_next_put(error_from_browser("QuotaExceededError", ""));
    const std::optional<StorageError> full = put(backend, stored(2, "two"), 1);
    REQUIRE(full);
    CHECK(full->kind == StorageErrorKind::StorageFull);
    CHECK(listed(backend) == std::vector<std::uint64_t>{1});
    CHECK_FALSE(put(backend, stored(2, "two"), 1)); // only the next one failed
}

TEST_CASE("memory backend: remove deletes the given generations only; get of a missing one is empty") {
    MemoryBackend backend;
    for (std::uint64_t g = 1; g <= 4; ++g)
        REQUIRE_FALSE(put(backend, stored(g, "entry"), g - 1));
    backend.remove({1, 2, 9}, [](std::optional<StorageError> error) { CHECK_FALSE(error); });
    CHECK(listed(backend) == std::vector<std::uint64_t>{3, 4});
    bool answered = false;
    backend.get(1, [&](std::optional<StoredRecord> record, std::optional<StorageError> error) {
        answered = true;
        CHECK_FALSE(record);
        CHECK_FALSE(error);
    });
    CHECK(answered);
}

TEST_CASE("memory backend: held operations answer in the order issued, the commit hook before the answer") {
    MemoryBackend backend;
    std::vector<std::string> seen;
    backend.on_commit(
        [&](const StoredRecord& record) { seen.push_back("commit " + std::to_string(record.generation)); });
    backend.hold_completions(true);
    backend.put(stored(1, "one"), 0,
                [&](std::optional<StorageError> error) { seen.push_back(error ? "refused 1" : "put 1"); });
    backend.put(stored(1, "again"), 0,
                [&](std::optional<StorageError> error) { seen.push_back(error ? "refused 1" : "put 1"); });
    backend.list([&](std::vector<std::uint64_t> generations, std::optional<StorageError>) {
        seen.push_back("list " + std::to_string(generations.size()));
    });
    CHECK(seen.empty());
    CHECK(backend.pending() == 3);
    CHECK(backend.complete_next());
    CHECK(seen == std::vector<std::string>{"commit 1", "put 1"});
    backend.complete_all();
    CHECK(seen == std::vector<std::string>{"commit 1", "put 1", "refused 1", "list 1"});
    CHECK_FALSE(backend.complete_next());
}
