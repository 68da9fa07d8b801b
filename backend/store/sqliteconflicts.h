#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/caseedit.h"
#include "domain/sqlite/database.h"

namespace fc::server::sqliteconflicts {

// The embedded store's queries for case-field conflicts, called by its StoreTx inside the
// current transaction.
void insertConflict(sqlite::Database &db, const domain::CaseConflict &conflict);
std::optional<domain::CaseConflict> conflictById(sqlite::Database &db, std::string_view id);
// Oldest first; open ones only unless asked.
std::vector<domain::CaseConflict> listConflicts(sqlite::Database &db, bool includeResolved);
void resolveConflict(sqlite::Database &db, std::string_view id, const std::string &value,
                     std::string_view resolvedBy, std::int64_t atMs);

}  // namespace fc::server::sqliteconflicts
