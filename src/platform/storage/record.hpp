#pragma once
// One stored generation: the plan document (opaque bytes, the core's JSON) wrapped with what is needed to
// order generations and to detect damage. Byte layout (all integers little-endian), documented in
// docs/storage.md, "Record layout":
//
//   offset   size  field
//   0        4     magic "SBGN"
//   4        2     container format version (kRecordFormatVersion)
//   6        8     generation number (u64, 1, 2, 3, ... per device, never reused)
//   14       8     saved at: milliseconds since 1970-01-01 UTC (i64), given by the caller
//   22       2     writer id length W (u16)
//   24       W     writer id (the tab that wrote it, UTF-8)
//   24+W     4     payload length P (u32)
//   28+W     P     payload
//   28+W+P   4     CRC-32 of every byte before it
//
// The CRC is a trailer over everything, checked before any field is trusted: any flipped bit or cut-off
// write reads as "damaged", never as a plausible but wrong header.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace stride::storage {

inline constexpr std::uint16_t kRecordFormatVersion = 1;
inline constexpr std::size_t kRecordOverhead = 32; // every byte of a record except writer id and payload

struct Record {
    std::uint64_t generation = 0;
    std::int64_t saved_at_ms = 0;
    std::string writer;
    std::string payload;

    bool operator==(const Record& other) const {
        return generation == other.generation && saved_at_ms == other.saved_at_ms && writer == other.writer &&
               payload == other.payload;
    }
};

// Why stored bytes are not a usable record. Order is the order decode_record checks them.
enum class RecordError {
    TooShort,         // fewer bytes than the smallest possible record: a cut-off write
    ChecksumMismatch, // bytes changed or cut off after writing
    NotARecord,       // checksum fine but no magic: something else was stored under our key
    NewerFormat,      // written by a later release with a container format this one does not know
    LengthMismatch,   // checksum fine but the lengths disagree with the size: a writer bug
};

// Plain words for a damaged generation ("damaged (checksum does not match)").
std::string describe(RecordError error);

// Throws std::length_error if the writer id exceeds 65535 bytes or the payload 4 GiB - 1.
std::string encode_record(const Record& record);

using DecodeResult = std::variant<Record, RecordError>;
DecodeResult decode_record(std::string_view bytes);

} // namespace stride::storage
