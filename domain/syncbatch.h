#pragma once

#include <cstdint>
#include <map>
#include <variant>
#include <vector>

#include "domain/caserecord.h"
#include "domain/custody.h"
#include "domain/enterprise.h"
#include "domain/mutation.h"

namespace fc::domain {

// The answer to a push: one result per mutation sent, and the device's high-water mark.
struct PushOutcome {
    std::vector<MutationResult> results;
    std::int64_t lastMutationId = 0;
    std::map<std::int64_t, custody::Receipt> receipts;  // by mutation id
    std::string custodyPublicKey;  // the server's, when there are receipts
};

using SyncedEntity = std::variant<CaseRecord, Note, Enterprise, EvidenceItem, InspectionRecord,
                                  RingelmannObservation, NoiseRecord>;

struct PulledChange {
    std::int64_t seq = 0;
    SyncedEntity entity;
};

// One page of the change feed, applied by the device together with its cursor.
struct PullBatch {
    std::vector<PulledChange> changes;
    std::int64_t cursor = 0;
    bool hasMore = false;
    std::int64_t lastMutationId = 0;
};

}  // namespace fc::domain
