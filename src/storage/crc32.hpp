#pragma once
// CRC-32 (IEEE 802.3, the one zlib, PNG and gzip use), so a record can be checked with any standard tool.
#include <cstdint>
#include <string_view>

namespace stride::storage {

std::uint32_t crc32(std::string_view bytes);

} // namespace stride::storage
