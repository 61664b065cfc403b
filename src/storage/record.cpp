#include "storage/record.hpp"

#include "storage/crc32.hpp"

#include <limits>
#include <stdexcept>
#include <type_traits>

namespace stride::storage {
namespace {

constexpr std::string_view kMagic = "SBGN";

template <typename T> void put_le(std::string& out, T value) {
    using U = std::make_unsigned_t<T>;
    const auto u = static_cast<U>(value);
    for (std::size_t i = 0; i < sizeof(T); ++i)
        out.push_back(static_cast<char>((u >> (8 * i)) & 0xFFu));
}

template <typename T> T get_le(std::string_view bytes, std::size_t at) {
    using U = std::make_unsigned_t<T>;
    U u = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
        u |= static_cast<U>(static_cast<U>(static_cast<unsigned char>(bytes[at + i])) << (8 * i));
    return static_cast<T>(u);
}

} // namespace

std::string describe(RecordError error) {
    switch (error) {
    case RecordError::TooShort:
        return "damaged (cut off while saving)";
    case RecordError::ChecksumMismatch:
        return "damaged (its checksum does not match)";
    case RecordError::NotARecord:
        return "not a Stride Back save";
    case RecordError::NewerFormat:
        return "saved by a newer version of Stride Back";
    case RecordError::LengthMismatch:
        return "damaged (its length does not match)";
    case RecordError::BadBase:
        return "damaged (it names a later save as its base)";
    }
    return "damaged";
}

std::string encode_record(const Record& record) {
    if (record.writer.size() > std::numeric_limits<std::uint16_t>::max())
        throw std::length_error("storage record: writer id longer than 65535 bytes");
    if (record.payload.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("storage record: payload of 4 GiB or more");

    std::string out;
    out.reserve(kRecordOverhead + record.writer.size() + record.payload.size());
    out.append(kMagic);
    put_le<std::uint16_t>(out, kRecordFormatVersion);
    put_le<std::uint64_t>(out, record.generation);
    put_le<std::int64_t>(out, record.saved_at_ms);
    put_le<std::uint64_t>(out, record.base);
    put_le<std::uint16_t>(out, static_cast<std::uint16_t>(record.writer.size()));
    out.append(record.writer);
    put_le<std::uint32_t>(out, static_cast<std::uint32_t>(record.payload.size()));
    out.append(record.payload);
    put_le<std::uint32_t>(out, crc32(out));
    return out;
}

DecodeResult decode_record(std::string_view bytes) {
    if (bytes.size() < kSmallestRecord) return RecordError::TooShort;
    const std::size_t body = bytes.size() - 4;
    if (crc32(bytes.substr(0, body)) != get_le<std::uint32_t>(bytes, body))
        return RecordError::ChecksumMismatch;
    if (bytes.substr(0, kMagic.size()) != kMagic) return RecordError::NotARecord;
    const auto version = get_le<std::uint16_t>(bytes, 4);
    if (version > kRecordFormatVersion) return RecordError::NewerFormat;
    if (version == 0) return RecordError::NotARecord;

    // Format 1 has no base field: everything after "saved at" sits 8 bytes earlier.
    const std::size_t overhead = version == 1 ? kSmallestRecord : kRecordOverhead;
    const std::size_t writer_at = overhead - 8;
    if (overhead > bytes.size()) return RecordError::LengthMismatch;
    Record record;
    record.generation = get_le<std::uint64_t>(bytes, 6);
    record.saved_at_ms = get_le<std::int64_t>(bytes, 14);
    if (version >= 2) record.base = get_le<std::uint64_t>(bytes, 22);
    const std::size_t writer_size = get_le<std::uint16_t>(bytes, writer_at - 2);
    if (overhead + writer_size > bytes.size()) return RecordError::LengthMismatch;
    const std::size_t payload_size = get_le<std::uint32_t>(bytes, writer_at + writer_size);
    if (overhead + writer_size + payload_size != bytes.size()) return RecordError::LengthMismatch;
    record.writer = std::string(bytes.substr(writer_at, writer_size));
    record.payload = std::string(bytes.substr(writer_at + writer_size + 4, payload_size));
    if (record.base >= record.generation && !record.whole()) return RecordError::BadBase;
    return record;
}

std::optional<std::uint64_t> peek_base(std::string_view bytes) {
    if (bytes.size() < kSmallestRecord || bytes.substr(0, kMagic.size()) != kMagic) return std::nullopt;
    const auto version = get_le<std::uint16_t>(bytes, 4);
    if (version == 1) return 0;
    if (version != 2 || bytes.size() < kRecordOverhead) return std::nullopt;
    return get_le<std::uint64_t>(bytes, 22);
}

} // namespace stride::storage
