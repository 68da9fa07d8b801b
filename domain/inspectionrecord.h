#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/gnss.h"

namespace fc::domain {

// An officer taking part in an on-site inspection, with the signature they drew.
struct RecordOfficer {
    std::string userId;
    std::string name;
    std::string certificateNo;
    std::string signatureEvidenceId;  // SHA-256 of the signature image
};

// The on-site inspection record (现场检查笔录), RULES.md section 3. Immutable once
// saved; a correction supersedes it with a reason.
struct InspectionRecord {
    std::string id;  // UUID
    std::string caseId;
    std::int64_t startedAtMs = 0;
    std::int64_t endedAtMs = 0;
    std::string place;
    PositionAssessment position;
    std::vector<RecordOfficer> officers;
    std::string partyName;             // the enterprise
    std::string partyRepresentative;   // the person present for it
    std::string partyRepresentativeRole;
    bool credentialsShown = false;     // officers showed their enforcement certificates
    bool rightsExplained = false;      // recusal right and duty to cooperate explained
    std::string findings;
    std::vector<std::string> evidenceIds;  // photos, readings, documents, by id
    std::string partySignatureEvidenceId;
    bool partyRefusedOrAbsent = false;
    std::string refusalNote;
    std::string witnessName;
    std::string witnessSignatureEvidenceId;
    std::string createdBy;
    std::string deviceId;
    std::string supersedes;
    std::string supersedeReason;
};

// One way a record falls short: a fixed English sentence (which the app translates) and
// whom or what it concerns, if anyone.
struct RecordProblem {
    std::string message;
    std::string subject;

    std::string text() const { return subject.empty() ? message : subject + ": " + message; }
};

// Every way the record falls short of what RULES.md section 3 requires; empty when it may
// be saved.
std::vector<RecordProblem> inspectionRecordProblems(const InspectionRecord &record);

}  // namespace fc::domain
