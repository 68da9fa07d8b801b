#include "backend/logic/evidencelogic.h"

#include <algorithm>
#include <limits>
#include <set>

#include "backend/logic/caselogic.h"
#include "domain/evidence.h"

namespace fc::server {
namespace {

using domain::MutationResult;
using domain::MutationStatus;

MutationResult rejected(std::int64_t id, std::string reason) {
    return {id, MutationStatus::Rejected, std::move(reason)};
}

MutationResult applied(std::int64_t id) { return {id, MutationStatus::Applied, {}}; }

const std::set<std::string> kAllowedMimeTypes = {"image/jpeg", "image/png", "application/pdf",
                                                 "video/mp4", "audio/mp4"};

}  // namespace

domain::PositionAssessment EvidenceLogic::reassess(StoreTx &tx, const std::string &caseId,
                                                   const domain::PositionAssessment &sent) const {
    std::optional<domain::Enterprise> site;
    if (auto c = tx.caseById(caseId)) site = tx.enterpriseByCode(c->enterpriseCode);
    // "No fix" depends on the device's timing at capture; keep the device's word when it
    // says so, and recompute everything the fix itself determines.
    const std::int64_t age = sent.noFix ? std::numeric_limits<std::int64_t>::max() : 0;
    auto judged = domain::assessPosition(sent.fix, age, site, policy_);
    if (sent.noFix && sent.fix) judged.fix = sent.fix;  // keep the stale fix for the reviewer
    return judged;
}

MutationResult EvidenceLogic::applyAddEvidence(StoreTx &tx, const Principal &caller,
                                               std::int64_t mutationId, domain::EvidenceItem e,
                                               std::int64_t nowMs) const {
    if (!domain::isSha256Hex(e.id)) return rejected(mutationId, "the evidence id is not a SHA-256");
    if (e.size <= 0 || e.size > kMaxEvidenceBytes) {
        return rejected(mutationId, "the evidence size is out of range");
    }
    if (!kAllowedMimeTypes.count(e.mimeType)) {
        return rejected(mutationId, "evidence of type " + e.mimeType + " is not accepted");
    }
    auto record = tx.caseById(e.caseId);
    if (!record || !CaseLogic::maySee(caller, *record)) {
        return rejected(mutationId, "the case does not exist or is not assigned to you");
    }
    if (auto existing = tx.evidenceById(e.id)) {
        // The same bytes twice are the same evidence: a no-op within the case.
        return existing->caseId == e.caseId
                   ? applied(mutationId)
                   : rejected(mutationId, "these bytes are already evidence of another case");
    }
    if (!e.supersedes.empty()) {
        auto old = tx.evidenceById(e.supersedes);
        if (!old || old->caseId != e.caseId) {
            return rejected(mutationId, "the evidence it corrects is not in this case");
        }
        if (e.supersedeReason.empty()) return rejected(mutationId, "a correction must give its reason");
    }
    e.capturedBy = caller.userId;
    e.capturedByName = caller.displayName;
    e.deviceId = caller.deviceId;
    e.receivedAtMs = nowMs;
    e.bytesStored = false;
    e.position = reassess(tx, e.caseId, e.position);
    tx.insertEvidence(e);
    tx.recordChange(ChangeKind::Evidence, e.id, e.caseId);
    return applied(mutationId);
}

MutationResult EvidenceLogic::applyAddInspectionRecord(StoreTx &tx, const Principal &caller,
                                                       std::int64_t mutationId,
                                                       domain::InspectionRecord r,
                                                       std::int64_t nowMs) const {
    const auto problems = domain::inspectionRecordProblems(r);
    if (!problems.empty()) {
        std::string reason = "the record is incomplete:";
        for (const auto &p : problems) reason += " " + p.text() + ";";
        return rejected(mutationId, reason);
    }
    auto record = tx.caseById(r.caseId);
    if (!record || !CaseLogic::maySee(caller, *record)) {
        return rejected(mutationId, "the case does not exist or is not assigned to you");
    }
    if (auto existing = tx.inspectionRecordById(r.id)) {
        return existing->caseId == r.caseId ? applied(mutationId)
                                            : rejected(mutationId, "the record id is already used");
    }
    // The officers are who the server knows, with the certificates it knows.
    for (auto &o : r.officers) {
        auto user = tx.userById(o.userId);
        if (!user || user->certificateNo.empty() || user->jurisdiction != caller.jurisdiction) {
            return rejected(mutationId, "officer " + o.name + " is not an officer of this bureau");
        }
        if (user->certificateNo != o.certificateNo) {
            return rejected(mutationId, "officer " + o.name + "'s certificate number does not match");
        }
        o.name = user->displayName;
    }
    std::vector<std::string> referenced = r.evidenceIds;
    for (const auto &o : r.officers) referenced.push_back(o.signatureEvidenceId);
    referenced.push_back(r.partyRefusedOrAbsent ? r.witnessSignatureEvidenceId
                                                : r.partySignatureEvidenceId);
    for (const auto &id : referenced) {
        if (!domain::isSha256Hex(id)) continue;  // readings are referenced by UUID
        auto e = tx.evidenceById(id);
        if (!e || e->caseId != r.caseId) {
            return rejected(mutationId, "evidence " + id.substr(0, 12) + " is not in this case");
        }
    }
    if (!r.supersedes.empty()) {
        auto old = tx.inspectionRecordById(r.supersedes);
        if (!old || old->caseId != r.caseId) {
            return rejected(mutationId, "the record it corrects is not in this case");
        }
    }
    r.createdBy = caller.userId;
    r.deviceId = caller.deviceId;
    r.position = reassess(tx, r.caseId, r.position);
    tx.insertInspectionRecord(r, nowMs);
    tx.recordChange(ChangeKind::InspectionRecord, r.id, r.caseId);
    return applied(mutationId);
}

std::string EvidenceLogic::admitReading(StoreTx &tx, const Principal &caller,
                                        domain::ReadingHeader &h,
                                        const std::vector<std::string> &problems) const {
    if (!problems.empty()) {
        std::string reason = "the reading cannot be accepted:";
        for (const auto &p : problems) reason += " " + p + ";";
        return reason;
    }
    auto record = tx.caseById(h.caseId);
    if (!record || !CaseLogic::maySee(caller, *record)) {
        return "the case does not exist or is not assigned to you";
    }
    if (!h.supersedes.empty()) {
        const bool known = tx.ringelmannById(h.supersedes) || tx.noiseById(h.supersedes);
        const auto ids = tx.readingIdsOfCase(h.caseId);
        if (!known || std::find(ids.begin(), ids.end(), h.supersedes) == ids.end()) {
            return "the reading it corrects is not in this case";
        }
    }
    h.recordedBy = caller.userId;
    h.recordedByName = caller.displayName;
    h.deviceId = caller.deviceId;
    h.position = reassess(tx, h.caseId, h.position);
    return {};
}

MutationResult EvidenceLogic::applyAddRingelmann(StoreTx &tx, const Principal &caller,
                                                 std::int64_t mutationId,
                                                 domain::RingelmannObservation o,
                                                 std::int64_t nowMs) const {
    if (auto existing = tx.ringelmannById(o.header.id)) {
        return existing->header.caseId == o.header.caseId
                   ? applied(mutationId)
                   : rejected(mutationId, "the reading id is already used");
    }
    if (auto why = admitReading(tx, caller, o.header, domain::readingProblems(o)); !why.empty()) {
        return rejected(mutationId, why);
    }
    tx.insertRingelmann(o, nowMs);
    tx.recordChange(ChangeKind::Ringelmann, o.header.id, o.header.caseId);
    return applied(mutationId);
}

MutationResult EvidenceLogic::applyAddNoise(StoreTx &tx, const Principal &caller,
                                            std::int64_t mutationId, domain::NoiseRecord r,
                                            std::int64_t nowMs) const {
    if (auto existing = tx.noiseById(r.header.id)) {
        return existing->header.caseId == r.header.caseId
                   ? applied(mutationId)
                   : rejected(mutationId, "the reading id is already used");
    }
    if (auto why = admitReading(tx, caller, r.header, domain::readingProblems(r)); !why.empty()) {
        return rejected(mutationId, why);
    }
    tx.insertNoise(r, nowMs);
    tx.recordChange(ChangeKind::Noise, r.header.id, r.header.caseId);
    return applied(mutationId);
}

}  // namespace fc::server
