#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/gnss.h"

namespace fc::domain {

enum class EvidenceKind { Photo, Signature, Document };

std::string_view evidenceKindName(EvidenceKind kind);
std::optional<EvidenceKind> evidenceKindFromName(std::string_view name);

// One piece of evidence, immutable once made. Its id is the SHA-256 (lower-case hex) of
// its final bytes, so the same bytes are the same evidence everywhere. A correction is
// a new item that supersedes the old one, with a reason.
struct EvidenceItem {
    std::string id;
    std::string caseId;
    EvidenceKind kind = EvidenceKind::Photo;
    std::string mimeType;
    std::int64_t size = 0;
    std::int64_t capturedAtMs = 0;  // device clock, UTC
    std::string capturedBy;         // user id
    std::string capturedByName;
    std::string deviceId;
    std::string description;
    PositionAssessment position;
    std::string supersedes;  // id of the item this one corrects, or empty
    std::string supersedeReason;
    std::int64_t receivedAtMs = 0;  // server clock; 0 until accepted
    bool bytesStored = false;       // the server holds verified bytes
};

// True for 64 lower-case hex digits.
bool isSha256Hex(std::string_view text);

}  // namespace fc::domain
