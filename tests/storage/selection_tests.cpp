#include "platform/storage/selection.hpp"
#include "test_records.hpp"

#include <doctest/doctest.h>

using namespace stride::storage;
using stride::storage::test::stored;

namespace {
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kNow = 1'717'243'200'000;
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
    const PayloadCheck parses = [](const Record& r) -> std::optional<std::string> {
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
