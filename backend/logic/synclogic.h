#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "backend/logic/clock.h"
#include "backend/logic/custodylog.h"
#include "backend/logic/evidencelogic.h"
#include "backend/logic/principal.h"
#include "backend/store/store.h"
#include "domain/syncbatch.h"

namespace fc::server {

// Push and pull of docs/SYNC.md: a device's numbered mutations applied exactly once, and
// the change feed filtered by what the caller may see.
class SyncLogic {
public:
    static constexpr std::size_t kMaxBatch = 500;
    static constexpr int kMaxPull = 1000;

    SyncLogic(Store &store, const Clock &clock, const EvidenceLogic &evidence, CustodyLog &custody);

    // Who may push as this device; checked before anything of the batch is looked at.
    static void requireMayPush(const Principal &caller, std::string_view deviceId);
    // Applies the batch in one transaction. Ids at or below the device's high-water mark
    // return their recorded results and change nothing; a gap or a reordered batch fails
    // with nothing applied. Evidence, on-site records and readings the batch applied (or
    // that were applied before) go into the custody log, sealed with the batch; the outcome
    // holds their receipts.
    domain::PushOutcome push(const Principal &caller, std::string_view deviceId,
                     const std::vector<domain::Mutation> &batch);

    domain::PullBatch pull(const Principal &caller, std::int64_t cursor, int limit);

private:
    // The cases a batch's notes name, read once per batch, for the question who may see
    // them: no mutation of a batch changes that (edits change fields, not officers), and a
    // batch usually writes to one or two cases.
    using CaseMemo = std::map<std::string, std::optional<domain::CaseRecord>, std::less<>>;

    domain::MutationResult apply(StoreTx &tx, const Principal &caller,
                                 const domain::Mutation &mutation, std::int64_t now, CaseMemo &cases);

    domain::MutationResult applyNote(StoreTx &tx, const Principal &caller, std::int64_t mutationId,
                                     const domain::AddNote &add, std::int64_t now, CaseMemo &cases);

    Store &store_;
    const Clock &clock_;
    const EvidenceLogic &evidence_;
    CustodyLog &custody_;
};

}  // namespace fc::server
