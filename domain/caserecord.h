#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/casestatus.h"

namespace fc::domain {

// An officer as a case shows them: enforcement needs at least two (RULES.md section 3).
struct Officer {
    std::string userId;
    std::string displayName;
    std::string certificateNo;
};

// A case file's descriptive header as both sides hold it; timestamps are UTC milliseconds.
struct CaseRecord {
    std::string id;  // UUID
    std::string number;  // the bureau's case number, e.g. 屯环检〔2026〕1号
    std::string title;
    std::string description;
    std::string enterpriseCode;
    std::string enterpriseName;
    CaseStatus status = CaseStatus::Inspection;
    std::vector<Officer> assignees;
    std::string dueDate;  // ISO 8601 calendar date, local to the bureau
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::int64_t version = 0;  // bumped by every accepted change, for compare-and-set
};

// A free-text inspection note, immutable once made.
struct Note {
    std::string id;  // UUID made on the device
    std::string caseId;
    std::string authorId;
    std::string authorName;
    std::string deviceId;
    std::string text;
    std::int64_t createdAtMs = 0;   // device clock when written
    std::int64_t receivedAtMs = 0;  // server clock when accepted; 0 until then
};

}  // namespace fc::domain
