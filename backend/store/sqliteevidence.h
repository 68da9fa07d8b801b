#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/evidence.h"
#include "domain/inspectionrecord.h"
#include "domain/sqlite/database.h"

namespace fc::server::sqliteevidence {

// The embedded store's queries for evidence, inspection records and their positions,
// called by its StoreTx inside the current transaction.
// Where a record (evidence, inspection record, reading) was made, keyed by its id.
void insertPosition(sqlite::Database &db, std::string_view ownerId,
                    const domain::PositionAssessment &position);
domain::PositionAssessment positionOf(sqlite::Database &db, std::string_view ownerId);

void insertEvidence(sqlite::Database &db, const domain::EvidenceItem &item);
std::optional<domain::EvidenceItem> evidenceById(sqlite::Database &db, std::string_view id);
std::vector<domain::EvidenceItem> evidenceOfCase(sqlite::Database &db, std::string_view caseId);

void insertInspectionRecord(sqlite::Database &db, const domain::InspectionRecord &record,
                            std::int64_t receivedAtMs);
std::optional<domain::InspectionRecord> inspectionRecordById(sqlite::Database &db,
                                                             std::string_view id);
std::vector<domain::InspectionRecord> inspectionRecordsOfCase(sqlite::Database &db,
                                                              std::string_view caseId);

}  // namespace fc::server::sqliteevidence
