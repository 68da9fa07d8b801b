#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/sqlite/database.h"
#include "domain/workflow.h"

namespace fc::server::sqliteworkflow {

// The embedded store's queries for a case's history and proposal, called by its StoreTx
// inside the current transaction.
// Returns the event's seq.
std::int64_t insertEvent(sqlite::Database &db, const domain::CaseEvent &event);
std::vector<domain::CaseEvent> events(sqlite::Database &db, std::string_view caseId);
std::optional<domain::CaseEvent> eventBySeq(sqlite::Database &db, std::int64_t seq);
void setProposal(sqlite::Database &db, std::string_view caseId, const domain::CaseProposal &proposal);
std::optional<domain::CaseProposal> proposal(sqlite::Database &db, std::string_view caseId);

}  // namespace fc::server::sqliteworkflow
