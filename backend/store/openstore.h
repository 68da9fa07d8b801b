#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "backend/store/store.h"

namespace fc::server {

// True for a PostgreSQL URI (postgresql://... or postgres://...).
bool isPostgresUri(std::string_view db);

// The store a --db value names: a PostgreSQL URI, or empty for the embedded store in the
// data folder. Anything else is refused with a clear StoreError.
std::unique_ptr<Store> openStore(const std::string &db, const std::filesystem::path &dataDir);

}  // namespace fc::server
