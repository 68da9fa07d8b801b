#pragma once

#include <string>
#include <vector>

#include "backend/logic/clock.h"
#include "backend/logic/principal.h"
#include "backend/store/store.h"
#include "domain/gnss.h"
#include "domain/mutation.h"

namespace fc::server {

// Evidence and on-site inspection records arriving from devices: checked against the
// case, the officers and the law's requirements, with the position judgement recomputed
// here from the raw fix (the device's numbers are never trusted).
class EvidenceLogic {
public:
    static constexpr std::int64_t kMaxEvidenceBytes = 2LL * 1024 * 1024 * 1024;

    explicit EvidenceLogic(domain::PositionPolicy policy = {}) : policy_(policy) {}

    domain::MutationResult applyAddEvidence(StoreTx &tx, const Principal &caller,
                                            std::int64_t mutationId, domain::EvidenceItem item,
                                            std::int64_t nowMs) const;
    domain::MutationResult applyAddInspectionRecord(StoreTx &tx, const Principal &caller,
                                                    std::int64_t mutationId,
                                                    domain::InspectionRecord record,
                                                    std::int64_t nowMs) const;

    domain::MutationResult applyAddRingelmann(StoreTx &tx, const Principal &caller,
                                              std::int64_t mutationId,
                                              domain::RingelmannObservation observation,
                                              std::int64_t nowMs) const;
    domain::MutationResult applyAddNoise(StoreTx &tx, const Principal &caller,
                                         std::int64_t mutationId, domain::NoiseRecord record,
                                         std::int64_t nowMs) const;

    // The position as the server judges it: the fix as sent, flags recomputed.
    domain::PositionAssessment reassess(StoreTx &tx, const std::string &caseId,
                                        const domain::PositionAssessment &sent) const;

private:
    // Checks and completes a reading's header; an empty string when it may be stored.
    std::string admitReading(StoreTx &tx, const Principal &caller, domain::ReadingHeader &header,
                             const std::vector<std::string> &problems) const;

    domain::PositionPolicy policy_;
};

}  // namespace fc::server
