#include "test_records.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>

using namespace stride::storage;

TEST_CASE("crc32 matches the standard check value") {
    CHECK(crc32("123456789") == 0xCBF43926u);
    CHECK(crc32("") == 0u);
}

TEST_CASE("crc32 eight bytes at a time matches the bit-at-a-time definition at every length and offset") {
    const auto reference = [](std::string_view bytes) {
        std::uint32_t c = 0xFFFFFFFFu;
        for (unsigned char b : bytes) {
            c ^= b;
            for (int bit = 0; bit < 8; ++bit)
                c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        return c ^ 0xFFFFFFFFu;
    };
    std::string bytes;
    for (int i = 0; i < 100; ++i)
        bytes += static_cast<char>((i * 73 + 11) & 0xFF); // every high bit pattern, not only ASCII
    for (std::size_t from = 0; from < 9; ++from)
        for (std::size_t length = 0; from + length <= bytes.size(); ++length) {
            const std::string_view part = std::string_view(bytes).substr(from, length);
            CAPTURE(from);
            CAPTURE(length);
            CHECK(crc32(part) == reference(part));
        }
}

TEST_CASE("a record round-trips every field") {
    const Record record{7, 1'717'243'200'123, "tab-\xC3\xA9", std::string("{\"a\":1}\0tail", 12)};
    const auto bytes = encode_record(record);
    CHECK(bytes.size() == kRecordOverhead + record.writer.size() + record.payload.size());
    const auto decoded = decode_record(bytes);
    REQUIRE(std::holds_alternative<Record>(decoded));
    CHECK(std::get<Record>(decoded) == record);
}

TEST_CASE("an empty payload and writer are valid") {
    const Record record{1, -5, "", ""};
    CHECK(std::get<Record>(decode_record(encode_record(record))) == record);
}

TEST_CASE("every single flipped byte is detected") {
    const auto good = encode_record({3, 99, "tab", "{\"history\":[1,2,3]}"});
    for (std::size_t i = 0; i < good.size(); ++i) {
        auto bad = good;
        bad[i] = static_cast<char>(bad[i] ^ 0x01);
        const auto decoded = decode_record(bad);
        REQUIRE(std::holds_alternative<RecordError>(decoded));
        CHECK(std::get<RecordError>(decoded) == RecordError::ChecksumMismatch);
    }
}

TEST_CASE("a record cut off at any length is damaged, never a shorter valid record") {
    const auto good = encode_record({3, 99, "tab", "{\"history\":[1,2,3]}"});
    for (std::size_t size = 0; size < good.size(); ++size) {
        const auto decoded = decode_record(std::string_view(good).substr(0, size));
        REQUIRE(std::holds_alternative<RecordError>(decoded));
        const auto error = std::get<RecordError>(decoded);
        CHECK((size < kSmallestRecord ? error == RecordError::TooShort
                                      : error == RecordError::ChecksumMismatch));
    }
}

TEST_CASE("intact bytes that are not ours, from a newer format, or with wrong lengths are typed errors") {
    const auto good = encode_record({3, 99, "tab", "payload"});

    auto other = good;
    other[0] = 'X';
    CHECK(std::get<RecordError>(decode_record(test::reseal(other))) == RecordError::NotARecord);

    auto newer = good;
    newer[4] = static_cast<char>(kRecordFormatVersion + 1);
    CHECK(std::get<RecordError>(decode_record(test::reseal(newer))) == RecordError::NewerFormat);

    auto long_payload = good;
    long_payload[32 + 3] = 100; // payload length field says 100, there are 7 bytes
    CHECK(std::get<RecordError>(decode_record(test::reseal(long_payload))) == RecordError::LengthMismatch);

    auto long_writer = good;
    long_writer[30] = static_cast<char>(0xFF); // writer length past the end
    CHECK(std::get<RecordError>(decode_record(test::reseal(long_writer))) == RecordError::LengthMismatch);

    CHECK(std::get<RecordError>(decode_record(test::reseal(good + "extra"))) == RecordError::LengthMismatch);
}

TEST_CASE("every record error has plain words") {
    for (auto error : {RecordError::TooShort, RecordError::ChecksumMismatch, RecordError::NotARecord,
                       RecordError::NewerFormat, RecordError::LengthMismatch, RecordError::BadBase})
        CHECK_FALSE(describe(error).empty());
    CHECK(describe(RecordError::NewerFormat) == "saved by a newer version of Stride Back");
}

TEST_CASE("a writer id longer than its 16-bit length field is refused") {
    CHECK_THROWS_AS(encode_record({1, 0, std::string(70'000, 'w'), ""}), std::length_error);
}

namespace {
std::string fixture(const char* name) {
    std::ifstream file(std::string(STRIDE_STORAGE_FIXTURES "/") + name, std::ios::binary);
    REQUIRE(file.good());
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

Record decoded(const std::string& bytes) {
    const auto result = decode_record(bytes);
    REQUIRE(std::holds_alternative<Record>(result));
    return std::get<Record>(result);
}
} // namespace

TEST_CASE("the container format 1 fixture, written from the documented layout, still loads as a whole plan") {
    const std::string bytes = fixture("generation-format1.bin");
    const Record record = decoded(bytes);
    CHECK(record == Record{42, 1'717'243'200'000, "tab-fixture",
                           R"({"format":1,"note":"fixture written by container format 1"})", 0});
    CHECK(peek_base(bytes) == std::optional<std::uint64_t>(0));
    // Written again it becomes format 2: 8 bytes longer, same contents.
    const std::string again = encode_record(record);
    CHECK(again.size() == bytes.size() + 8);
    CHECK(decoded(again) == record);
}

TEST_CASE("the container format 2 fixture, written from the documented layout, loads and is written alike") {
    const std::string bytes = fixture("generation-format2.bin");
    const Record record = decoded(bytes);
    CHECK(record == Record{43, 1'717'243'260'000, "tab-fixture",
                           R"({"format":2,"note":"delta fixture written by container format 2"})", 42});
    CHECK(encode_record(record) == bytes);
}

TEST_CASE("a delta record keeps its base; a base that is not earlier is a typed error") {
    const Record delta{9, 5, "tab", "{}", 4};
    const auto bytes = encode_record(delta);
    CHECK(std::get<Record>(decode_record(bytes)) == delta);
    CHECK(peek_base(bytes) == std::optional<std::uint64_t>(4));
    CHECK(std::get<RecordError>(decode_record(encode_record({9, 5, "tab", "{}", 9}))) ==
          RecordError::BadBase);
    CHECK_FALSE(peek_base("not a record at all, just some bytes").has_value());
}
