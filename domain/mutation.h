#pragma once

#include <cstdint>
#include <string>
#include <variant>

#include "domain/caseedit.h"
#include "domain/evidence.h"
#include "domain/inspectionrecord.h"
#include "domain/reading.h"

namespace fc::domain {

// A device's request to add an inspection note to a case.
struct AddNote {
    std::string noteId;
    std::string caseId;
    std::string text;
    std::int64_t createdAtMs = 0;
};

// An edit of one case field, compare-and-set against Mutation::baseVersion (the case's
// version when the device made it).
struct EditCaseField {
    std::string caseId;
    CaseField field = CaseField::Description;
    std::string value;
};

// A device's new evidence item; its bytes follow by resumable upload.
struct AddEvidence {
    EvidenceItem item;
};

// A device's on-site inspection record.
struct AddInspectionRecord {
    InspectionRecord record;
};

// A device's Ringelmann observation; the server grades it again from the raw readings.
struct AddRingelmann {
    RingelmannObservation observation;
};

// A device's boundary noise measurement; the server judges it again from the inputs.
struct AddNoise {
    NoiseRecord record;
};

// One outbox entry as it crosses the wire (GUIDE.md, Sync 2-3). mutationId is
// per-device and strictly increasing by one.
struct Mutation {
    std::int64_t mutationId = 0;
    std::int64_t baseVersion = 0;
    std::variant<AddNote, AddEvidence, AddInspectionRecord, AddRingelmann, AddNoise, EditCaseField> body;
};

enum class MutationStatus { Applied, Rejected, Conflict };

struct MutationResult {
    std::int64_t mutationId = 0;
    MutationStatus status = MutationStatus::Applied;
    std::string reason;  // why it was rejected or conflicted; empty when applied
};

}  // namespace fc::domain
