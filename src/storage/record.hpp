#pragma once
// One stored generation: the plan document (opaque bytes: the core's plan JSON, or a delta against an earlier
// whole-plan generation) wrapped with what is needed to order generations, to find a delta's base and to
// detect damage. Byte layout of container format 2 (all integers little-endian), documented in
// docs/storage.md, "Record layout":
//
//   offset   size  field
//   0        4     magic "SBGN"
//   4        2     container format version (kRecordFormatVersion)
//   6        8     generation number (u64, 1, 2, 3, ... per device, never reused)
//   14       8     saved at: milliseconds since 1970-01-01 UTC (i64), given by the caller
//   22       8     base generation (u64): 0 = the payload is the whole plan; otherwise the payload is a
//                  delta against that generation, which is a whole plan
//   30       2     writer id length W (u16)
//   32       W     writer id (the tab that wrote it, UTF-8)
//   32+W     4     payload length P (u32)
//   36+W     P     payload
//   36+W+P   4     CRC-32 of every byte before it
//
// Format 1 (still read, never written) is the same without the base field: always a whole plan.
// The CRC is a trailer over everything, checked before any field is trusted: any flipped bit or cut-off
// write reads as "damaged", never as a plausible but wrong header.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace stride::storage {

inline constexpr std::uint16_t kRecordFormatVersion = 2;
inline constexpr std::size_t kRecordOverhead = 40;  // every byte of a format-2 record except writer and payload
inline constexpr std::size_t kSmallestRecord = 32;  // a format-1 record with no writer id and no payload

struct Record {
    std::uint64_t generation = 0;
    std::int64_t saved_at_ms = 0;
    std::string writer;
    std::string payload;
    std::uint64_t base = 0; // 0: payload is the whole plan; else a delta against generation `base`

    bool whole() const { return base == 0; }
    bool operator==(const Record& other) const {
        return generation == other.generation && saved_at_ms == other.saved_at_ms && writer == other.writer &&
               payload == other.payload && base == other.base;
    }
};

// Why stored bytes are not a usable record. Order is the order decode_record checks them.
enum class RecordError {
    TooShort,         // fewer bytes than the smallest possible record: a cut-off write
    ChecksumMismatch, // bytes changed or cut off after writing
    NotARecord,       // checksum fine but no magic: something else was stored under our key
    NewerFormat,      // written by a later release with a container format this one does not know
    LengthMismatch,   // checksum fine but the lengths disagree with the size: a writer bug
    BadBase,          // checksum fine but the base is not an earlier generation: a writer bug
};

// Plain words for a damaged generation ("damaged (checksum does not match)").
std::string describe(RecordError error);

// Throws std::length_error if the writer id exceeds 65535 bytes or the payload 4 GiB - 1.
std::string encode_record(const Record& record);

using DecodeResult = std::variant<Record, RecordError>;
DecodeResult decode_record(std::string_view bytes);

// The base generation from the header WITHOUT checking the CRC (cheap: no pass over a whole plan), or
// nullopt if the bytes do not look like a record. Only for keeping bases when pruning, never for loading.
std::optional<std::uint64_t> peek_base(std::string_view bytes);

} // namespace stride::storage
