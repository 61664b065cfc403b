#include "storage/selection.hpp"
#include "test_records.hpp"

#include <doctest/doctest.h>

using namespace stride::storage;
using stride::storage::test::delta;
using stride::storage::test::stored;

namespace {
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kNow = 1'717'243'200'000;

// What the app's check does with a delta: "plan" payloads are whole plans, "+x" payloads add x to the base.
// Records the base it was given, so tests see the right one was passed.
struct Chain {
    std::vector<std::string> seen; // "payload<-base payload" per call
    PayloadCheck check() {
        return [this](const Record& r, const Record* base) -> std::optional<std::string> {
            seen.push_back(r.payload + "<-" + (base ? base->payload : "none"));
            if (r.payload == "unreadable") return std::string("unreadable (no plan)");
            return std::nullopt;
        };
    }
};
} // namespace

TEST_CASE("nothing stored: start empty, nothing to say") {
    const auto report = choose_start({});
    CHECK_FALSE(report.loaded);
    CHECK_FALSE(report.recovered_older());
    CHECK_FALSE(report.nothing_usable());
    CHECK(report.newest_stored == 0);
    CHECK(start_message(report, kNow).empty());
}

TEST_CASE("the newest intact generation is opened, whatever the order given") {
    const auto report = choose_start({stored(2, "two"), stored(5, "five"), stored(3, "three")});
    REQUIRE(report.loaded);
    CHECK(report.loaded->payload == "five");
    CHECK(report.skipped.empty());
    CHECK(report.newest_stored == 5);
    CHECK(start_message(report, kNow).empty());
}

TEST_CASE("a damaged newest generation falls back to the previous one and says from when") {
    auto newest = stored(5, "five", kNow - 2 * kMinute);
    newest.bytes[40] = static_cast<char>(newest.bytes[40] ^ 0x10);
    const auto report =
        choose_start({stored(3, "three"), stored(4, "four", kNow - 3 * 60 * kMinute), newest});
    REQUIRE(report.loaded);
    CHECK(report.loaded->payload == "four");
    REQUIRE(report.skipped.size() == 1);
    CHECK(report.skipped[0].generation == 5);
    CHECK(report.skipped[0].reason == "damaged (its checksum does not match)");
    CHECK(report.recovered_older());
    CHECK(report.newest_stored == 5);
    CHECK(
        start_message(report, kNow) ==
        "Your latest save could not be opened (damaged (its checksum does not match)), so Stride Back opened "
        "the previous save from 3 hours ago. Anything you logged after that is missing: check your history "
        "and add it again.");
}

TEST_CASE("several unusable generations are all reported, newest first") {
    auto cut = stored(6, "six");
    cut.bytes.resize(10);
    const auto wrong_key = StoredRecord{5, stored(9, "nine").bytes};
    const auto report = choose_start({stored(4, "four", kNow - 2 * 24 * 60 * kMinute), wrong_key, cut});
    REQUIRE(report.loaded);
    CHECK(report.loaded->generation == 4);
    REQUIRE(report.skipped.size() == 2);
    CHECK(report.skipped[0].generation == 6);
    CHECK(report.skipped[0].reason == "damaged (cut off while saving)");
    CHECK(report.skipped[1].generation == 5);
    CHECK(report.skipped[1].reason == "stored under the wrong number");
    CHECK(start_message(report, kNow).find("latest 2 saves") != std::string::npos);
    CHECK(start_message(report, kNow).find("from 2 days ago") != std::string::npos);
}

TEST_CASE("a payload the core rejects falls back like a damaged record") {
    const PayloadCheck parses = [](const Record& r, const Record*) -> std::optional<std::string> {
        if (r.payload == "bad json") return std::string("its plan could not be read");
        return std::nullopt;
    };
    const auto report = choose_start({stored(1, "good"), stored(2, "bad json", kNow)}, parses);
    REQUIRE(report.loaded);
    CHECK(report.loaded->payload == "good");
    REQUIRE(report.skipped.size() == 1);
    CHECK(report.skipped[0].reason == "its plan could not be read");
    CHECK(report.skipped[0].saved_at_ms == kNow);
}

TEST_CASE("nothing usable: start empty and say the saves are kept") {
    auto only = stored(1, "one");
    only.bytes[0] = 'X';
    const auto report = choose_start({only});
    CHECK_FALSE(report.loaded);
    CHECK(report.nothing_usable());
    CHECK(report.newest_stored == 1);
    CHECK(start_message(report, kNow).find("kept untouched") != std::string::npos);
}

TEST_CASE("ages read plainly") {
    CHECK(describe_age(kNow, kNow) == "just now");
    CHECK(describe_age(kNow + 5 * kMinute, kNow) == "just now");
    CHECK(describe_age(kNow - kMinute, kNow) == "1 minute ago");
    CHECK(describe_age(kNow - 59 * kMinute, kNow) == "59 minutes ago");
    CHECK(describe_age(kNow - 60 * kMinute, kNow) == "1 hour ago");
    CHECK(describe_age(kNow - 47 * 60 * kMinute, kNow) == "47 hours ago");
    CHECK(describe_age(kNow - 48 * 60 * kMinute, kNow) == "2 days ago");
}

TEST_CASE("pruning keeps the newest usable generations") {
    std::vector<GenerationInfo> all;
    for (std::uint64_t g = 1; g <= 8; ++g)
        all.push_back({g, true});
    CHECK(generations_to_prune(all, 5) == std::vector<std::uint64_t>{1, 2, 3});
    CHECK(generations_to_prune(all, 8).empty());
    CHECK(generations_to_prune(all, 20).empty());
    CHECK(generations_to_prune(all, 0) == std::vector<std::uint64_t>{1, 2, 3, 4, 5, 6, 7});
}

TEST_CASE("pruning counts only usable generations and keeps newer damaged ones") {
    const std::vector<GenerationInfo> all{{1, true}, {2, true}, {3, true}, {4, false}, {5, true}, {6, false}};
    CHECK(generations_to_prune(all, 2) == std::vector<std::uint64_t>{1, 2});
    CHECK(generations_to_prune(all, 3) == std::vector<std::uint64_t>{1});
    CHECK(generations_to_prune(all, 4).empty());
    const std::vector<GenerationInfo> all_damaged{{1, false}, {2, false}};
    CHECK(generations_to_prune(all_damaged, 1).empty());
}

TEST_CASE("a delta generation is opened on its base, which is decoded and handed to the check") {
    Chain chain;
    const auto report =
        choose_start({stored(1, "plan"), delta(2, 1, "+a"), delta(3, 1, "+a+b", kNow)}, chain.check());
    REQUIRE(report.loaded);
    CHECK(report.loaded->generation == 3);
    CHECK(report.loaded->base == 1);
    CHECK(report.skipped.empty());
    CHECK(chain.seen == std::vector<std::string>{"+a+b<-plan"});
}

TEST_CASE("a damaged delta falls back to the previous delta on the same base and says so") {
    Chain chain;
    auto bad = delta(3, 1, "+a+b", kNow);
    bad.bytes[bad.bytes.size() / 2] ^= 0x10;
    const auto report = choose_start({stored(1, "plan"), delta(2, 1, "+a", kNow - 5 * kMinute), bad}, chain.check());
    REQUIRE(report.loaded);
    CHECK(report.loaded->generation == 2);
    REQUIRE(report.skipped.size() == 1);
    CHECK(report.skipped[0].reason == "damaged (its checksum does not match)");
    CHECK(start_message(report, kNow).find("from 5 minutes ago") != std::string::npos);
}

TEST_CASE("a damaged base makes every delta on it unusable: the previous whole plan's chain is opened") {
    Chain chain;
    auto base = stored(3, "plan2");
    base.bytes[40] ^= 0x01;
    const auto report = choose_start({stored(1, "plan1"), delta(2, 1, "+a", kNow - 2 * 60 * kMinute), base,
                                      delta(4, 3, "+b", kNow), delta(5, 3, "+b+c", kNow)},
                                     chain.check());
    REQUIRE(report.loaded);
    CHECK(report.loaded->generation == 2);
    REQUIRE(report.skipped.size() == 3);
    CHECK(report.skipped[0].reason == "the earlier save it builds on is damaged (its checksum does not match)");
    CHECK(report.skipped[2].reason == "damaged (its checksum does not match)");
    CHECK(chain.seen == std::vector<std::string>{"+a<-plan1"}); // never asked about the broken chain
    CHECK(start_message(report, kNow).find("Your latest 3 saves could not be opened") != std::string::npos);
    CHECK(start_message(report, kNow).find("from 2 hours ago") != std::string::npos);
}

TEST_CASE("a delta whose base is missing, not whole, or unreadable is skipped with the reason") {
    Chain chain;
    auto report = choose_start({stored(1, "plan"), delta(3, 2, "+a")}, chain.check());
    REQUIRE(report.loaded);
    CHECK(report.loaded->generation == 1);
    CHECK(report.skipped[0].reason == "the earlier save it builds on is missing");

    report = choose_start({stored(1, "plan"), delta(2, 1, "+a"), delta(3, 2, "+b")}, chain.check());
    CHECK(report.loaded->generation == 2);
    CHECK(report.skipped[0].reason == "the earlier save it builds on is stored under the wrong number");

    report = choose_start({stored(1, "plan"), delta(2, 1, "unreadable")}, chain.check());
    CHECK(report.loaded->generation == 1);
    CHECK(report.skipped[0].reason == "unreadable (no plan)");
}

TEST_CASE("pruning keeps the bases that kept deltas build on") {
    std::vector<GenerationInfo> all{{1, true, 0}};
    for (std::uint64_t g = 2; g <= 9; ++g)
        all.push_back({g, true, 1});
    CHECK(generations_to_prune(all, 5) == std::vector<std::uint64_t>{2, 3, 4});
}

TEST_CASE("pruning keeps a second chain on another whole plan, so one damaged base leaves a fallback") {
    std::vector<GenerationInfo> all{{1, true, 0}, {2, true, 1}, {3, true, 1}, {4, true, 0}};
    for (std::uint64_t g = 5; g <= 10; ++g)
        all.push_back({g, true, 4});
    // Kept: 6..10 and their base 4; and the newest generation on another whole plan (3) with its base 1.
    CHECK(generations_to_prune(all, 5) == std::vector<std::uint64_t>{2, 5});
    // Once the newest five rest on two whole plans, the old chain goes.
    all.push_back({11, true, 0});
    all.push_back({12, true, 11});
    CHECK(generations_to_prune(all, 5) == std::vector<std::uint64_t>{1, 2, 3, 5, 6, 7});
}

TEST_CASE("pruning deletes nothing while a kept generation's base is not known") {
    std::vector<GenerationInfo> all;
    for (std::uint64_t g = 1; g <= 8; ++g)
        all.push_back({g, true, 0});
    all.push_back({9, true, std::nullopt});
    CHECK(generations_to_prune(all, 5).empty());
}
