#include "domain/inspectionrecord.h"

#include <set>

#include "domain/evidence.h"
#include "domain/uuid.h"

namespace fc::domain {

std::vector<RecordProblem> inspectionRecordProblems(const InspectionRecord &r) {
    std::vector<RecordProblem> p;
    if (!isUuid(r.id)) p.push_back({"the record id is not a UUID", ""});
    if (r.caseId.empty()) p.push_back({"the record belongs to no case", ""});
    if (r.startedAtMs <= 0 || r.endedAtMs < r.startedAtMs) {
        p.push_back({"the inspection must have a start time and end no earlier than it starts", ""});
    }
    if (r.place.empty()) p.push_back({"the place is missing", ""});
    // Administrative Penalty Law art. 42 and 55: at least two officers with certificates.
    std::set<std::string> officerIds;
    for (const auto &o : r.officers) officerIds.insert(o.userId);
    if (r.officers.size() < 2 || officerIds.size() != r.officers.size()) {
        p.push_back({"at least two different officers must take part", ""});
    }
    for (const auto &o : r.officers) {
        if (o.certificateNo.empty()) {
            p.push_back({"the officer has no enforcement certificate number", o.name});
        }
        if (!isSha256Hex(o.signatureEvidenceId)) p.push_back({"the officer has not signed", o.name});
    }
    if (r.partyName.empty()) p.push_back({"the party is missing", ""});
    if (!r.credentialsShown) p.push_back({"the officers must show their credentials", ""});
    if (!r.rightsExplained) {
        p.push_back({"the recusal right and the duty to cooperate must be explained", ""});
    }
    if (r.findings.empty()) p.push_back({"the findings are empty", ""});
    for (const auto &id : r.evidenceIds) {
        if (!isSha256Hex(id) && !isUuid(id)) p.push_back({"the evidence id is malformed", id});
    }
    if (r.partyRefusedOrAbsent) {
        // The party refused to sign or was absent: a note and a witness instead.
        if (r.refusalNote.empty()) p.push_back({"note why the party did not sign", ""});
        if (r.witnessName.empty() || !isSha256Hex(r.witnessSignatureEvidenceId)) {
            p.push_back({"a witness must be named and sign when the party does not", ""});
        }
    } else {
        if (r.partyRepresentative.empty()) p.push_back({"name the person present for the party", ""});
        if (!isSha256Hex(r.partySignatureEvidenceId)) p.push_back({"the party has not signed", ""});
    }
    if (!r.supersedes.empty() && r.supersedeReason.empty()) {
        p.push_back({"a correction must give its reason", ""});
    }
    return p;
}

}  // namespace fc::domain
