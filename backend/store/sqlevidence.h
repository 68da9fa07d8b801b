#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/evidence.h"
#include "domain/inspectionrecord.h"
#include "backend/store/sql.h"

namespace fc::server::sqlevidence {

// The embedded store's queries for evidence, inspection records and their positions,
// called by its StoreTx inside the current transaction.
// Where a record (evidence, inspection record, reading) was made, keyed by its id.
void insertPosition(sql::Connection &db, std::string_view ownerId,
                    const domain::PositionAssessment &position);
domain::PositionAssessment positionOf(sql::Connection &db, std::string_view ownerId);

void insertEvidence(sql::Connection &db, const domain::EvidenceItem &item);
std::optional<domain::EvidenceItem> evidenceById(sql::Connection &db, std::string_view id);
std::vector<domain::EvidenceItem> evidenceOfCase(sql::Connection &db, std::string_view caseId);

void insertInspectionRecord(sql::Connection &db, const domain::InspectionRecord &record,
                            std::int64_t receivedAtMs);
std::optional<domain::InspectionRecord> inspectionRecordById(sql::Connection &db,
                                                             std::string_view id);
std::vector<domain::InspectionRecord> inspectionRecordsOfCase(sql::Connection &db,
                                                              std::string_view caseId);

}  // namespace fc::server::sqlevidence
