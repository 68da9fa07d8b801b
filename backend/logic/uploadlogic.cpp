#include "backend/logic/uploadlogic.h"

#include "backend/logic/caselogic.h"
#include "backend/logic/secrets.h"
#include "domain/crc32c.h"

namespace fc::server {
namespace {

using Code = LogicError::Code;
using domain::Role;

}  // namespace

UploadLogic::UploadLogic(Store &store, BlobStore &blobs, const Clock &clock)
    : store_(store), blobs_(blobs), clock_(clock) {}

domain::EvidenceItem UploadLogic::visibleEvidence(const Principal &caller,
                                                  const std::string &evidenceId) {
    caller.require({Role::Inspector, Role::Supervisor, Role::LegalReviewer});
    auto found = store_.read([&](StoreTx &tx) -> std::optional<domain::EvidenceItem> {
        auto e = tx.evidenceById(evidenceId);
        if (!e) return std::nullopt;
        auto c = tx.caseById(e->caseId);
        if (!c || !CaseLogic::maySee(caller, *c)) return std::nullopt;
        return e;
    });
    // Push the metadata first; an unknown or invisible id is not found either way.
    if (!found) throw LogicError(Code::NotFound, "no evidence with that id: push its record first");
    return *found;
}

UploadLogic::Status UploadLogic::status(const Principal &caller, const std::string &evidenceId) {
    const auto e = visibleEvidence(caller, evidenceId);
    if (e.bytesStored) return {e.size, true, e.size};
    // The server stopped after storing the file but before recording it: record it now.
    if (blobs_.size(evidenceId) == e.size && blobs_.sha256Of(blobs_.pathOf(evidenceId)) == evidenceId) {
        markStored(e);
        return {e.size, true, e.size};
    }
    const auto committed = blobs_.partialSize(evidenceId);
    // Every byte arrived but the server stopped before storing them: store them now.
    if (e.size > 0 && committed == e.size) return complete(e);
    return {committed, false, e.size};
}

UploadLogic::Status UploadLogic::appendChunk(const domain::EvidenceItem &e, std::int64_t offset,
                                             std::string_view data, const ChunkCheck &check) {
    if (e.bytesStored) return {e.size, true, e.size};
    if (data.empty() || static_cast<std::int64_t>(data.size()) > kMaxChunkBytes) {
        throw LogicError(Code::InvalidArgument, "a chunk holds 1 byte to 1 MiB");
    }
    if (!check.crc32c && check.sha256.empty()) {
        throw LogicError(Code::InvalidArgument, "a chunk carries the CRC-32C or the SHA-256 of its bytes");
    }
    if ((check.crc32c && domain::crc32c(data) != *check.crc32c) ||
        (!check.sha256.empty() && sha256Hex(data) != check.sha256)) {
        throw LogicError(Code::DataLoss, "the chunk at byte " + std::to_string(offset) +
                                             " arrived damaged; send it again");
    }
    const std::int64_t committed = blobs_.partialSize(e.id);
    if (offset != committed) {
        throw LogicError(Code::FailedPrecondition,
                         "the upload continues at byte " + std::to_string(committed));
    }
    if (offset + static_cast<std::int64_t>(data.size()) > e.size) {
        throw LogicError(Code::InvalidArgument, "the chunk runs past the evidence's size");
    }
    return {blobs_.append(e.id, offset, data), false, e.size};
}

UploadLogic::Status UploadLogic::finish(const Principal &caller, const std::string &evidenceId) {
    const auto e = visibleEvidence(caller, evidenceId);
    if (e.bytesStored) return {e.size, true, e.size};
    if (const auto committed = blobs_.partialSize(evidenceId); committed != e.size) {
        throw LogicError(Code::FailedPrecondition, "the upload continues at byte " + std::to_string(committed));
    }
    return complete(e);
}

UploadLogic::Status UploadLogic::complete(const domain::EvidenceItem &e) {
    switch (blobs_.finish(e.id, e.size)) {
    case BlobStore::Finish::Stored: break;
    case BlobStore::Finish::WrongSize:
    case BlobStore::Finish::WrongHash:
        throw LogicError(Code::DataLoss, "the uploaded file does not match its id; it was "
                                         "discarded, upload it again from the start");
    }
    markStored(e);
    return {e.size, true, e.size};
}

void UploadLogic::markStored(const domain::EvidenceItem &e) {
    store_.transact([&](StoreTx &tx) {
        tx.setEvidenceBytesStored(e.id);
        tx.recordChange(ChangeKind::Evidence, e.id, e.caseId);
    });
}

std::vector<std::string> UploadLogic::missing(const Principal &caller, const std::string &caseId) {
    caller.require({Role::Inspector, Role::Supervisor, Role::LegalReviewer});
    return store_.read([&](StoreTx &tx) {
        std::vector<domain::CaseRecord> cases;
        if (!caseId.empty()) {
            if (auto c = tx.caseById(caseId)) cases.push_back(*c);
        } else {
            cases = tx.listCases(caller.role == Role::Inspector ? std::optional(caller.userId)
                                                                : std::nullopt);
        }
        std::vector<std::string> out;
        for (const auto &c : cases) {
            if (!CaseLogic::maySee(caller, c)) continue;
            for (const auto &e : tx.evidenceOfCase(c.id)) {
                if (!e.bytesStored) out.push_back(e.id);
            }
        }
        return out;
    });
}

domain::EvidenceItem UploadLogic::downloadable(const Principal &caller, const std::string &evidenceId) {
    auto e = visibleEvidence(caller, evidenceId);
    if (!e.bytesStored) throw LogicError(Code::FailedPrecondition, "the evidence's bytes have not arrived yet");
    return e;
}

std::string UploadLogic::read(const std::string &evidenceId, std::int64_t offset,
                              std::int64_t length) const {
    return blobs_.read(evidenceId, offset, length);
}

}  // namespace fc::server
