#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fc::server::schema {

// The server store's schema as numbered steps, shared by the embedded store and
// PostgreSQL so that the two cannot drift. A step is never changed once released; a new
// version adds a step.
constexpr std::int64_t kVersion = 9;

// The DDL steps that take a store from `current` to kVersion, in order. Throws StoreError
// naming `what` (the data folder, the database) when it is newer than this program.
std::vector<std::string> stepsAfter(std::int64_t current, std::string_view what);

}  // namespace fc::server::schema
