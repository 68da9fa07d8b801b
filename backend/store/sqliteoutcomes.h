#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "backend/store/store.h"
#include "domain/credit.h"
#include "domain/publication.h"
#include "domain/sqlite/database.h"

namespace fc::server::sqliteoutcomes {

// The embedded store's queries for what decided cases lead to: their public records and
// the enterprises' credit (deductions and repair applications), called by its StoreTx
// inside the current transaction. Dates are ISO text.
void upsertPublication(sqlite::Database &db, const domain::PublicDecision &record);
std::optional<domain::PublicDecision> publication(sqlite::Database &db, std::string_view caseId);
std::vector<domain::PublicDecision> publications(sqlite::Database &db);
PublicationPage searchPublications(sqlite::Database &db, const PublicationFilter &filter, domain::Date today,
                                   int offset, int limit);

void insertDeduction(sqlite::Database &db, const domain::CreditDeduction &deduction);
std::vector<domain::CreditDeduction> deductions(sqlite::Database &db, std::string_view enterpriseCode);
// False when the case has no deduction or it was cancelled already.
bool cancelDeduction(sqlite::Database &db, std::string_view caseId, domain::Date on);
std::vector<std::string> enterprisesWithDeductions(sqlite::Database &db);

void upsertRepair(sqlite::Database &db, const domain::CreditRepair &repair);
std::optional<domain::CreditRepair> repair(sqlite::Database &db, std::string_view id);
std::vector<domain::CreditRepair> repairs(sqlite::Database &db, std::string_view enterpriseCode);

}  // namespace fc::server::sqliteoutcomes
