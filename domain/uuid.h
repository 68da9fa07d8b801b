#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace fc::domain {

// Every record gets a client-made UUID the moment it exists (GUIDE.md, Sync 1). The
// random bytes come from the caller (libsodium on the server, QUuid on the device).
std::string uuidV4FromBytes(std::array<std::uint8_t, 16> bytes);

// True for the canonical lower- or upper-case 8-4-4-4-12 hex form.
bool isUuid(std::string_view text);

}  // namespace fc::domain
