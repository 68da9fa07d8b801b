#include "backend/logic/synclogic.h"

#include <algorithm>
#include <map>

#include "backend/logic/caselogic.h"
#include "domain/uuid.h"

namespace fc::server {
namespace {

using Code = LogicError::Code;
using domain::MutationResult;
using domain::MutationStatus;
using domain::Role;

constexpr std::size_t kMaxNoteBytes = 20000;

MutationResult rejected(std::int64_t id, std::string reason) {
    return {id, MutationStatus::Rejected, std::move(reason)};
}

}  // namespace

SyncLogic::SyncLogic(Store &store, const Clock &clock, const EvidenceLogic &evidence, CustodyLog &custody)
    : store_(store), clock_(clock), evidence_(evidence), custody_(custody) {}

void SyncLogic::requireMayPush(const Principal &caller, std::string_view deviceId) {
    caller.require({Role::Inspector, Role::Supervisor});
    if (deviceId != caller.deviceId) {
        throw LogicError(Code::PermissionDenied,
                         "the batch names a device other than the session's");
    }
}

domain::PushOutcome SyncLogic::push(const Principal &caller, std::string_view deviceId,
                                       const std::vector<domain::Mutation> &batch) {
    requireMayPush(caller, deviceId);
    if (batch.size() > kMaxBatch) {
        throw LogicError(Code::InvalidArgument,
                         "a batch holds at most " + std::to_string(kMaxBatch) + " mutations");
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (batch[i].mutationId <= 0 || (i > 0 && batch[i].mutationId <= batch[i - 1].mutationId)) {
            throw LogicError(Code::InvalidArgument,
                             "mutation ids must be positive and strictly increasing in a batch");
        }
    }
    const std::int64_t now = clock_.nowMs();
    return store_.transact([&](StoreTx &tx) {
        auto device = tx.deviceById(deviceId);
        if (!device || device->revokedAtMs) {
            throw LogicError(Code::PermissionDenied, "this device has been revoked");
        }
        domain::PushOutcome outcome;
        std::vector<std::pair<std::int64_t, std::int64_t>> logged;  // mutation id, custody index
        std::int64_t last = device->lastMutationId;
        CaseMemo cases;
        for (const auto &m : batch) {
            if (m.mutationId <= last) {
                // A retry: answer what was decided the first time, change nothing.
                // An applied item's receipt is answered again: the first answer may have been lost.
                auto recorded = tx.mutationResult(deviceId, m.mutationId);
                const auto target = domain::custody::targetOf(m);
                if (recorded && target && recorded->status == domain::MutationStatus::Applied) {
                    if (const auto index = tx.custodyIndexOf(target->first, target->second)) {
                        logged.emplace_back(m.mutationId, *index);
                    }
                }
                outcome.results.push_back(recorded ? *recorded
                                                   : rejected(m.mutationId, "already processed"));
                continue;
            }
            if (m.mutationId != last + 1) {
                throw LogicError(Code::FailedPrecondition,
                                 "mutation " + std::to_string(m.mutationId) + " follows " +
                                     std::to_string(last) + ": the ones between are missing");
            }
            auto result = apply(tx, caller, m, now, cases);
            tx.recordMutation(deviceId, result, now);
            if (const auto target = domain::custody::targetOf(m); target && result.status == domain::MutationStatus::Applied) {
                logged.emplace_back(m.mutationId, custody_.append(tx, target->first, target->second));
            }
            outcome.results.push_back(std::move(result));
            last = m.mutationId;
        }
        if (last != device->lastMutationId) tx.setDeviceLastMutationId(deviceId, last);
        outcome.lastMutationId = last;
        if (!logged.empty()) {
            const auto checkpoint = custody_.seal(tx);
            outcome.custodyPublicKey = custody_.publicKey();
            for (const auto &[mutationId, index] : logged) {
                outcome.receipts.emplace(mutationId, custody_.receipt(tx, index, checkpoint));
            }
        }
        return outcome;
    });
}

domain::MutationResult SyncLogic::apply(StoreTx &tx, const Principal &caller,
                                        const domain::Mutation &m, std::int64_t now,
                                        CaseMemo &cases) {
    if (const auto *note = std::get_if<domain::AddNote>(&m.body)) {
        return applyNote(tx, caller, m.mutationId, *note, now, cases);
    }
    if (const auto *ev = std::get_if<domain::AddEvidence>(&m.body)) {
        return evidence_.applyAddEvidence(tx, caller, m.mutationId, ev->item, now);
    }
    if (const auto *rec = std::get_if<domain::AddInspectionRecord>(&m.body)) {
        return evidence_.applyAddInspectionRecord(tx, caller, m.mutationId, rec->record, now);
    }
    if (const auto *rm = std::get_if<domain::AddRingelmann>(&m.body)) {
        return evidence_.applyAddRingelmann(tx, caller, m.mutationId, rm->observation, now);
    }
    if (const auto *noise = std::get_if<domain::AddNoise>(&m.body)) {
        return evidence_.applyAddNoise(tx, caller, m.mutationId, noise->record, now);
    }
    return CaseLogic::applyEdit(tx, caller, m.mutationId, m.baseVersion,
                                std::get<domain::EditCaseField>(m.body), now);
}

domain::MutationResult SyncLogic::applyNote(StoreTx &tx, const Principal &caller,
                                            std::int64_t mutationId, const domain::AddNote &add,
                                            std::int64_t now, CaseMemo &cases) {
    const domain::Mutation m{mutationId, 0, add};
    if (!domain::isUuid(add.noteId)) return rejected(m.mutationId, "the note id is not a UUID");
    if (add.text.empty()) return rejected(m.mutationId, "the note is empty");
    if (add.text.size() > kMaxNoteBytes) return rejected(m.mutationId, "the note is too long");
    auto known = cases.find(add.caseId);
    if (known == cases.end()) known = cases.emplace(add.caseId, tx.caseById(add.caseId)).first;
    const auto &record = known->second;
    if (!record || !CaseLogic::maySee(caller, *record)) {
        return rejected(m.mutationId, "the case does not exist or is not assigned to you");
    }
    domain::Note note;
    note.id = add.noteId;
    note.caseId = add.caseId;
    note.authorId = caller.userId;
    note.authorName = caller.displayName;
    note.deviceId = caller.deviceId;
    note.text = add.text;
    note.createdAtMs = add.createdAtMs;
    note.receivedAtMs = now;
    if (!tx.insertNote(note)) {
        // The id is taken: the same note sent again is fine, another note is not.
        const auto existing = tx.noteById(add.noteId);
        const bool same = existing && existing->caseId == add.caseId && existing->text == add.text &&
                          existing->authorId == caller.userId;
        return same ? MutationResult{m.mutationId, MutationStatus::Applied, {}}
                    : rejected(m.mutationId, "the note id is already used by another note");
    }
    tx.recordNew(ChangeKind::Note, note.id, note.caseId);
    return {m.mutationId, MutationStatus::Applied, {}};
}

domain::PullBatch SyncLogic::pull(const Principal &caller, std::int64_t cursor, int limit) {
    caller.require({Role::Inspector, Role::Supervisor, Role::LegalReviewer});
    if (cursor < 0) throw LogicError(Code::InvalidArgument, "the cursor is negative");
    limit = std::clamp(limit <= 0 ? kMaxPull : limit, 1, kMaxPull);
    return store_.read([&](StoreTx &tx) {
        const auto filter = caller.role == Role::Inspector ? std::optional(caller.userId)
                                                           : std::nullopt;
        auto refs = tx.changesAfter(cursor, limit + 1, filter);
        domain::PullBatch outcome;
        outcome.hasMore = refs.size() > static_cast<std::size_t>(limit);
        if (outcome.hasMore) refs.resize(static_cast<std::size_t>(limit));
        outcome.cursor = refs.empty() ? cursor : refs.back().seq;
        std::map<std::string, bool> caseVisible;
        auto visible = [&](const std::string &caseId) {
            auto it = caseVisible.find(caseId);
            if (it == caseVisible.end()) {
                auto c = tx.caseById(caseId);
                it = caseVisible.emplace(caseId, c && CaseLogic::maySee(caller, *c)).first;
            }
            return it->second;
        };
        for (const auto &ref : refs) {
            switch (ref.kind) {
            case ChangeKind::Case:
                if (auto c = tx.caseById(ref.entityId); c && visible(c->id)) {
                    outcome.changes.push_back({ref.seq, std::move(*c)});
                }
                break;
            case ChangeKind::Note:
                if (auto n = tx.noteById(ref.entityId); n && visible(n->caseId)) {
                    outcome.changes.push_back({ref.seq, std::move(*n)});
                }
                break;
            case ChangeKind::Enterprise:
                if (auto e = tx.enterpriseByCode(ref.entityId)) {
                    outcome.changes.push_back({ref.seq, std::move(*e)});
                }
                break;
            case ChangeKind::Evidence:
                if (auto e = tx.evidenceById(ref.entityId); e && visible(e->caseId)) {
                    outcome.changes.push_back({ref.seq, std::move(*e)});
                }
                break;
            case ChangeKind::InspectionRecord:
                if (auto r = tx.inspectionRecordById(ref.entityId); r && visible(r->caseId)) {
                    outcome.changes.push_back({ref.seq, std::move(*r)});
                }
                break;
            case ChangeKind::Ringelmann:
                if (auto o = tx.ringelmannById(ref.entityId); o && visible(o->header.caseId)) {
                    outcome.changes.push_back({ref.seq, std::move(*o)});
                }
                break;
            case ChangeKind::Noise:
                if (auto n = tx.noiseById(ref.entityId); n && visible(n->header.caseId)) {
                    outcome.changes.push_back({ref.seq, std::move(*n)});
                }
                break;
            }
        }
        if (auto device = tx.deviceById(caller.deviceId)) {
            outcome.lastMutationId = device->lastMutationId;
        }
        return outcome;
    });
}

}  // namespace fc::server
