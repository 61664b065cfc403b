#pragma once
// Helpers shared by the storage tests.
#include "storage/backend.hpp"
#include "storage/crc32.hpp"
#include "storage/record.hpp"

#include <string>

namespace stride::storage::test {

inline StoredRecord stored(std::uint64_t generation, std::string payload, std::int64_t saved_at_ms = 0) {
    return {generation, encode_record({generation, saved_at_ms, "tab-a", std::move(payload)})};
}

// A delta generation on the whole-plan generation `base`.
inline StoredRecord delta(std::uint64_t generation, std::uint64_t base, std::string payload,
                          std::int64_t saved_at_ms = 0) {
    return {generation, encode_record({generation, saved_at_ms, "tab-a", std::move(payload), base})};
}

// Recomputes the CRC trailer after a deliberate edit, so the decoder's later checks can be reached.
inline std::string reseal(std::string bytes) {
    const std::uint32_t crc = crc32(std::string_view(bytes).substr(0, bytes.size() - 4));
    for (std::size_t i = 0; i < 4; ++i)
        bytes[bytes.size() - 4 + i] = static_cast<char>((crc >> (8 * i)) & 0xFFu);
    return bytes;
}

} // namespace stride::storage::test
