#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fc::server::schema {

// The server store's schema as numbered steps, shared by the embedded store and
// PostgreSQL so that the two cannot drift. A step is never changed once released; a new
// version adds a step.
constexpr std::int64_t kVersion = 10;

// Most steps are written once, in SQLite's dialect, and PostgreSQL translates their types
// (postgresDdl); a step that must differ (a table rebuild SQLite needs, for one) has a
// PostgreSQL form of its own, which goes through the same translation.
enum class Dialect { Sqlite, Postgres };

// The DDL steps that take a store from `current` to kVersion, in order. Throws StoreError
// naming `what` (the data folder, the database) when it is newer than this program.
std::vector<std::string> stepsAfter(std::int64_t current, std::string_view what, Dialect dialect);
// The steps from version `from` to version `to` (tests build an older store with them).
std::vector<std::string> steps(std::int64_t from, std::int64_t to, Dialect dialect);

}  // namespace fc::server::schema
