#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "backend/store/store.h"
#include "domain/credit.h"
#include "domain/publication.h"
#include "backend/store/sql.h"

namespace fc::server::sqloutcomes {

// The embedded store's queries for what decided cases lead to: their public records and
// the enterprises' credit (deductions and repair applications), called by its StoreTx
// inside the current transaction. Dates are ISO text.
void upsertPublication(sql::Connection &db, const domain::PublicDecision &record);
std::optional<domain::PublicDecision> publication(sql::Connection &db, std::string_view caseId);
std::vector<domain::PublicDecision> publications(sql::Connection &db);
PublicationPage searchPublications(sql::Connection &db, const PublicationFilter &filter, domain::Date today,
                                   int offset, int limit);

void insertDeduction(sql::Connection &db, const domain::CreditDeduction &deduction);
std::vector<domain::CreditDeduction> deductions(sql::Connection &db, std::string_view enterpriseCode);
// False when the case has no deduction or it was cancelled already.
bool cancelDeduction(sql::Connection &db, std::string_view caseId, domain::Date on);
std::vector<std::string> enterprisesWithDeductions(sql::Connection &db);

void upsertRepair(sql::Connection &db, const domain::CreditRepair &repair);
std::optional<domain::CreditRepair> repair(sql::Connection &db, std::string_view id);
std::vector<domain::CreditRepair> repairs(sql::Connection &db, std::string_view enterpriseCode);
std::vector<domain::CreditRepair> pendingRepairs(sql::Connection &db);

}  // namespace fc::server::sqloutcomes
