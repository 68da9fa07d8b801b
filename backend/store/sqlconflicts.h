#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/caseedit.h"
#include "backend/store/sql.h"

namespace fc::server::sqlconflicts {

// The embedded store's queries for case-field conflicts, called by its StoreTx inside the
// current transaction.
void insertConflict(sql::Connection &db, const domain::CaseConflict &conflict);
std::optional<domain::CaseConflict> conflictById(sql::Connection &db, std::string_view id);
// Oldest first; open ones only unless asked.
std::vector<domain::CaseConflict> listConflicts(sql::Connection &db, bool includeResolved);
void resolveConflict(sql::Connection &db, std::string_view id, const std::string &value,
                     std::string_view resolvedBy, std::int64_t atMs);

}  // namespace fc::server::sqlconflicts
