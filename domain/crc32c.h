#pragma once

#include <cstdint>
#include <string_view>

namespace fc::domain {

// CRC-32C (Castagnoli, RFC 3720): the per-chunk check of evidence uploads. It catches
// bytes damaged on the way cheaply; the whole file is still proven by its SHA-256.
// Uses the CPU's CRC32 instruction where there is one (SSE 4.2), a table elsewhere.
std::uint32_t crc32c(std::string_view data, std::uint32_t crc = 0);
// The table implementation alone, for CPUs without the instruction (and for tests).
std::uint32_t crc32cPortable(std::string_view data, std::uint32_t crc = 0);

}  // namespace fc::domain
