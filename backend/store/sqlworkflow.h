#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "backend/store/sql.h"
#include "domain/workflow.h"

namespace fc::server::sqlworkflow {

// The embedded store's queries for a case's history and proposal, called by its StoreTx
// inside the current transaction.
// Returns the event's seq.
std::int64_t insertEvent(sql::Connection &db, const domain::CaseEvent &event);
std::vector<domain::CaseEvent> events(sql::Connection &db, std::string_view caseId);
std::optional<domain::CaseEvent> eventBySeq(sql::Connection &db, std::int64_t seq);
void setProposal(sql::Connection &db, std::string_view caseId, const domain::CaseProposal &proposal);
std::optional<domain::CaseProposal> proposal(sql::Connection &db, std::string_view caseId);

}  // namespace fc::server::sqlworkflow
