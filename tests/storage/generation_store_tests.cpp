#include "platform/native/memory_backend.hpp"
#include "storage/generation_store.hpp"
#include "test_records.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <utility>

using namespace stride::storage;
using stride::platform::MemoryBackend;
using stride::storage::test::stored;

namespace {

constexpr std::int64_t kNow = 1'717'243'200'000;
const StorageError kFull{StorageErrorKind::StorageFull, "QuotaExceededError", "The quota has been exceeded."};

std::vector<StoredRecord> preload(MemoryBackend& backend) {
    std::vector<StoredRecord> all;
    for (const auto& [generation, bytes] : backend.records())
        all.push_back({generation, bytes});
    return all;
}

// tests/fixtures/generation-format1-plan.bin: the core's plan-v1.json saved by the container format 1 code.
std::string fixture_format1() {
    std::ifstream file(STRIDE_FIXTURES_DIR "/generation-format1-plan.bin", std::ios::binary);
    REQUIRE(file.good());
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

Record newest(MemoryBackend& backend) {
    REQUIRE_FALSE(backend.records().empty());
    return std::get<Record>(decode_record(backend.records().rbegin()->second));
}

// A stand-in for the app in one tab: its plan is a comma-separated list of entries; each "action" adds
// one. Each frame it rebases on another tab's generation the way the real app must: load it, re-apply
// what was not saved yet, save again.
struct Tab {
    Tab(MemoryBackend& backend, std::string id) : store(backend, {std::move(id), kDefaultGenerationsKept}) {}
    void open(MemoryBackend& backend) {
        const auto report = store.start(preload(backend));
        plan = report.loaded ? report.loaded->payload : "";
    }
    void add(const std::string& entry) {
        plan += plan.empty() ? entry : "," + entry;
        actions.emplace_back(store.save(plan, kNow), entry);
    }
    void frame() {
        auto newer = store.take_newer();
        if (!newer) return;
        ++adopted;
        plan = newer->record.payload;
        auto old = std::move(actions);
        actions.clear();
        for (auto& [revision, entry] : old)
            if (revision > newer->unsaved_after) add(entry);
    }
    GenerationStore store;
    std::string plan;
    std::vector<std::pair<Revision, std::string>> actions;
    int adopted = 0;
};

struct TwoTabs {
    TwoTabs() {
        a.open(backend);
        b.open(backend);
    }
    MemoryBackend backend;
    Tab a{backend, "tab-a"};
    Tab b{backend, "tab-b"};
};
} // namespace

TEST_CASE("saving before the stored generations were read is a programming error") {
    MemoryBackend backend;
    GenerationStore store(backend, {"tab-a"});
    CHECK_THROWS_AS(store.save("x", kNow), std::logic_error);
    CHECK(backend.records().empty());
}

TEST_CASE("a change becomes a new committed generation with its writer and time") {
    MemoryBackend backend;
    GenerationStore store(backend, {"tab-a"});
    store.start({});
    store.save("plan-1", kNow);
    CHECK(store.indicator().state == SaveState::Saved);
    const auto record = newest(backend);
    CHECK(record.generation == 1);
    CHECK(record.payload == "plan-1");
    CHECK(record.writer == "tab-a");
    CHECK(record.saved_at_ms == kNow);

    store.save("plan-2", kNow + 1);
    CHECK(backend.records().size() == 2);
    CHECK(newest(backend).generation == 2);
    CHECK(std::get<Record>(decode_record(backend.records().at(1))).payload == "plan-1"); // old one untouched
}

TEST_CASE("the indicator says saving until the backend confirms the commit") {
    MemoryBackend backend;
    backend.hold_completions(true);
    GenerationStore store(backend, {"tab-a"});
    store.start({});
    store.save("plan-1", kNow);
    CHECK(store.indicator().state == SaveState::Saving);
    CHECK(backend.records().empty());
    backend.complete_next();
    CHECK(store.indicator().state == SaveState::Saved);
}

TEST_CASE("changes during a write are coalesced: only the latest plan is written next") {
    MemoryBackend backend;
    backend.hold_completions(true);
    GenerationStore store(backend, {"tab-a"});
    store.start({});
    store.save("a", kNow);
    store.save("a,b", kNow);
    store.save("a,b,c", kNow);
    CHECK(backend.pending() == 1); // never two transactions at once
    backend.complete_all();
    CHECK(backend.put_count() == 2);
    CHECK(newest(backend).payload == "a,b,c");
    CHECK(store.indicator().state == SaveState::Saved);
}

TEST_CASE("storage full: reported as a value, earlier generations intact, flush saves it later") {
    MemoryBackend backend;
    GenerationStore store(backend, {"tab-a"});
    store.start({});
    store.save("one", kNow);
    store.save("one,two", kNow);
    const auto before = backend.records();

    backend.fail_next_put(kFull);
    store.save("one,two,three", kNow);
    const auto shown = store.indicator();
    CHECK(shown.state == SaveState::NotSaved);
    CHECK(shown.words == "Not saved: Your browser refused to save (storage full). Export a backup file now.");
    CHECK(backend.records() == before);

    store.flush(kNow + 5);
    CHECK(store.indicator().state == SaveState::Saved);
    CHECK(newest(backend).payload == "one,two,three");
    CHECK(newest(backend).saved_at_ms == kNow + 5);
    store.flush(kNow + 6); // nothing left to save: no write
    CHECK(backend.put_count() == 4);
}

TEST_CASE("a disk that stays full keeps every earlier generation, and the next change after space frees "
          "saves all") {
    MemoryBackend backend;
    GenerationStore store(backend, {"tab-a"});
    store.start({});
    store.save("one", kNow);
    const auto before = backend.records();
    backend.fail_every_put(kFull);
    store.save("one,two", kNow);
    store.save("one,two,three", kNow);
    store.flush(kNow);
    CHECK(store.indicator().state == SaveState::NotSaved);
    CHECK(backend.records() == before);

    backend.fail_every_put(std::nullopt);
    store.save("one,two,three,four", kNow);
    CHECK(store.indicator().state == SaveState::Saved);
    CHECK(newest(backend).payload == "one,two,three,four");
}

TEST_CASE("only the last five usable generations are kept") {
    MemoryBackend backend;
    GenerationStore store(backend, {"tab-a"});
    store.start({});
    for (int i = 1; i <= 8; ++i)
        store.save("plan-" + std::to_string(i), kNow);
    std::vector<std::uint64_t> left;
    for (const auto& entry : backend.records())
        left.push_back(entry.first);
    CHECK(left == std::vector<std::uint64_t>{4, 5, 6, 7, 8});
}

TEST_CASE(
    "after recovering from a damaged newest generation, writes go above it and it is kept for a while") {
    MemoryBackend backend;
    backend.records()[1] = stored(1, "one").bytes;
    backend.records()[2] = stored(2, "one,two").bytes;
    backend.corrupt(2, 30);

    GenerationStore store(backend, {"tab-a"});
    const auto report = store.start(preload(backend));
    REQUIRE(report.loaded);
    CHECK(report.loaded->payload == "one");
    CHECK(report.recovered_older());

    store.save("one,three", kNow);
    CHECK(newest(backend).generation == 3);
    CHECK(backend.records().count(2) == 1); // damaged, kept: not yet 5 usable newer ones
    for (int i = 0; i < 5; ++i)
        store.save("more", kNow);
    CHECK(backend.records().count(2) == 0);
    CHECK(backend.records().size() == 5);
}

TEST_CASE_FIXTURE(TwoTabs, "two tabs adding entries alternately lose nothing") {

    // b has not heard of a1 when it adds b1: its write is refused as stale, it rebases on the next frame.
    for (const char* entry : {"a1", "b1", "a2", "b2", "a3"}) {
        (entry[0] == 'a' ? a : b).add(entry);
        a.frame();
        b.frame();
    }

    const auto final_plan = newest(backend).payload;
    INFO(final_plan);
    CHECK(final_plan == "a1,b1,a2,b2,a3");
    CHECK(a.store.indicator().state == SaveState::Saved);
    CHECK(b.store.indicator().state == SaveState::Saved);
    CHECK(a.adopted >= 1);
    CHECK(b.adopted >= 1);
}

TEST_CASE_FIXTURE(TwoTabs, "an announced generation from another tab is adopted once; our own is ignored") {
    a.add("a1");
    a.store.notice_generation(1); // its own write echoing back
    a.frame();
    CHECK(a.adopted == 0);
    b.store.notice_generation(1);
    b.frame();
    CHECK(b.adopted == 1);
    CHECK(b.plan == "a1");
    b.store.notice_generation(1);
    b.frame();
    CHECK(b.adopted == 1);
    b.add("b1");
    CHECK(newest(backend).payload == "a1,b1");
    CHECK(newest(backend).generation == 2);
}

TEST_CASE_FIXTURE(TwoTabs, "an announcement while our write is in flight waits for it, then rebases") {
    backend.hold_completions(true);
    b.add("b1");                                                    // in flight
    backend.records()[1] = encode_record({1, kNow, "tab-a", "a1"}); // tab A committed first
    b.store.notice_generation(1);
    backend.complete_all(); // b's put is refused as stale, b fetches a1
    CHECK(b.store.indicator().state == SaveState::Saving);
    b.frame(); // rebases and saves again
    backend.complete_all();
    CHECK(b.adopted == 1);
    CHECK(newest(backend).payload == "a1,b1");
    CHECK(b.store.indicator().state == SaveState::Saved);
}

TEST_CASE("another tab's damaged generation does not block saving: ours is written above it") {
    MemoryBackend backend;
    Tab b(backend, "tab-b");
    b.open(backend);
    backend.records()[1] = encode_record({1, kNow, "tab-a", "a1"});
    backend.corrupt(1, 35);
    b.add("b1");
    b.frame();
    CHECK(b.adopted == 0);
    CHECK(newest(backend).generation == 2);
    CHECK(newest(backend).payload == "b1");
    CHECK(backend.records().count(1) == 1);
    CHECK(b.store.indicator().state == SaveState::Saved);
}

TEST_CASE_FIXTURE(TwoTabs, "while another tab's generation waits to be taken, nothing is written over it") {
    a.add("a1");
    b.store.notice_generation(1);
    b.add("b1"); // made before this tab's next frame: must not be written on top of a1
    b.add("b2");
    CHECK(backend.records().size() == 1);
    CHECK(b.store.indicator().state == SaveState::Saving);
    b.frame();
    CHECK(newest(backend).payload == "a1,b1,b2");
    CHECK(std::get<Record>(decode_record(backend.records().at(1))).payload == "a1");
    CHECK(b.store.indicator().state == SaveState::Saved);
}

TEST_CASE("a completion that arrives after the store is gone is ignored") {
    MemoryBackend backend;
    backend.hold_completions(true);
    {
        GenerationStore store(backend, {"tab-a"});
        store.start({});
        store.save("plan", kNow);
    }
    backend.complete_all(); // must not touch the destroyed store
    CHECK(backend.records().size() == 1);
}

TEST_CASE("if the generation that refused our write is gone when fetched, ours is written") {
    MemoryBackend backend;
    Tab b(backend, "tab-b");
    b.open(backend);
    backend.records()[1] = encode_record({1, kNow, "tab-a", "a1"});
    backend.hold_completions(true);
    b.add("b1");
    backend.complete_next();   // put refused as stale
    backend.records().clear(); // the other tab's generation is gone by the time we look
    backend.complete_all();
    b.frame();
    CHECK(b.adopted == 0);
    CHECK(newest(backend).payload == "b1"); // nothing newer after all: ours is written
    CHECK(b.store.indicator().state == SaveState::Saved);
}

TEST_CASE("delta saves name their base; pruning keeps that base however old it gets") {
    MemoryBackend backend;
    GenerationStore store(backend, {"tab-a"});
    store.start({});
    store.save("whole", kNow);
    REQUIRE(store.last_whole_commit());
    CHECK(store.last_whole_commit()->generation == 1);
    for (int i = 1; i <= 8; ++i)
        store.save("+" + std::to_string(i), kNow, 1);
    CHECK(newest(backend).base == 1);
    CHECK(newest(backend).payload == "+8");
    std::vector<std::uint64_t> left;
    for (const auto& entry : backend.records())
        left.push_back(entry.first);
    CHECK(left == std::vector<std::uint64_t>{1, 5, 6, 7, 8, 9});
    CHECK(store.last_whole_commit()->generation == 1); // deltas are not whole commits
    CHECK(store.idle());
}

TEST_CASE(
    "a whole plan written again (compaction) keeps the newest save of the previous chain as a fallback") {
    MemoryBackend backend;
    GenerationStore store(backend, {"tab-a"});
    store.start({});
    store.save("whole-1", kNow);
    for (int i = 1; i <= 5; ++i)
        store.save("+" + std::to_string(i), kNow, 1);
    const Revision compacted = store.save("whole-2", kNow);
    CHECK(store.last_whole_commit()->generation == 7);
    CHECK(store.last_whole_commit()->revision == compacted);
    store.save("+a", kNow, 7);
    CHECK(backend.records().count(1) == 1); // the base of 6, the newest generation on another whole plan
    CHECK(backend.records().count(6) == 1);
    for (int i = 0; i < 4; ++i)
        store.save("+b", kNow, 7);
    // 8..12 all rest on 7: if 7 were damaged, 6 on 1 is what is left. 2..5 go.
    std::vector<std::uint64_t> left;
    for (const auto& entry : backend.records())
        left.push_back(entry.first);
    CHECK(left == std::vector<std::uint64_t>{1, 6, 7, 8, 9, 10, 11, 12});
}

TEST_CASE("records of container format 1 open, and the next save is a delta on top of them") {
    MemoryBackend backend;
    backend.records()[3] = fixture_format1();
    GenerationStore store(backend, {"tab-a"});
    std::vector<std::string> checked;
    const auto report = store.start(preload(backend), [&](const Record& r, const Record* base) {
        checked.push_back(std::to_string(r.generation) +
                          (base ? "<-" + std::to_string(base->generation) : ""));
        return std::optional<std::string>();
    });
    REQUIRE(report.loaded);
    CHECK(report.loaded->generation == 3);
    CHECK(report.loaded->whole());
    store.save("{\"delta\":1}", kNow, 3);
    CHECK(newest(backend).generation == 4);
    const auto again = choose_start(preload(backend), [&](const Record& r, const Record* base) {
        checked.push_back(std::to_string(r.generation) +
                          (base ? "<-" + std::to_string(base->generation) : ""));
        return std::optional<std::string>();
    });
    REQUIRE(again.loaded);
    CHECK(again.loaded->generation == 4);
    CHECK(checked == std::vector<std::string>{"3", "4<-3"});
    CHECK(report.loaded->payload.find("\"schema_version\": 1") != std::string::npos); // the plan file
}

TEST_CASE("another tab's delta is fetched with its base, and both go to the check") {
    MemoryBackend backend;
    GenerationStore store(backend, {"tab-b"});
    std::vector<std::string> checked;
    store.start({}, [&](const Record& r, const Record* base) {
        checked.push_back(r.payload + "<-" + (base ? base->payload : "none"));
        return std::optional<std::string>();
    });
    backend.records()[1] = encode_record({1, kNow, "tab-a", "whole"});
    backend.records()[2] = encode_record({2, kNow, "tab-a", "+a1", 1});
    store.notice_generation(2);
    const auto newer = store.take_newer();
    REQUIRE(newer);
    CHECK(newer->record.generation == 2);
    CHECK(newer->record.base == 1);
    CHECK(checked == std::vector<std::string>{"+a1<-whole"});
    store.save("+a1+b1", kNow, 1);
    CHECK(newest(backend).generation == 3);
    CHECK(newest(backend).base == 1);
}

TEST_CASE("another tab's delta whose base is gone is not adopted: ours is written on top") {
    MemoryBackend backend;
    GenerationStore store(backend, {"tab-b"});
    store.start({});
    backend.records()[2] = encode_record({2, kNow, "tab-a", "+a1", 1}); // its base 1 was never stored
    store.save("b-whole", kNow);
    CHECK_FALSE(store.take_newer());
    CHECK(newest(backend).generation == 3);
    CHECK(newest(backend).payload == "b-whole");
}
