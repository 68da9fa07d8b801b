#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "domain/caserecord.h"
#include "domain/credit.h"
#include "domain/custody.h"
#include "domain/enterprise.h"
#include "domain/evidence.h"
#include "domain/inspectionrecord.h"
#include "domain/reading.h"
#include "domain/merkle.h"
#include "domain/mutation.h"
#include "domain/publication.h"
#include "domain/role.h"
#include "domain/userprofile.h"
#include "domain/workflow.h"

namespace fc::server {

// What the public portal searches for among the public records; empty fields match all.
struct PublicationFilter {
    std::string partyName;        // part of the party's name
    std::string partyCreditCode;  // the whole code
    std::optional<domain::Date> decidedFrom;
    std::optional<domain::Date> decidedTo;
    std::string violationType;
};

// One page of public records and how many match in all.
struct PublicationPage {
    std::vector<domain::PublicDecision> items;
    std::int64_t total = 0;
};

// A failure of the storage itself (not a business refusal), in dialect-free terms.
class StoreError : public std::runtime_error {
public:
    enum class Kind { DiskFull, Busy, Corrupt, Other };
    StoreError(Kind kind, const std::string &message) : std::runtime_error(message), kind_(kind) {}
    Kind kind() const { return kind_; }

private:
    Kind kind_;
};

struct UserRow {
    std::string id;
    std::string username;
    std::string displayName;
    domain::Role role = domain::Role::Inspector;
    std::string jurisdiction;
    std::string certificateNo;
    std::string passwordHash;  // libsodium Argon2id string
    bool disabled = false;
    std::int64_t createdAtMs = 0;

    domain::UserProfile profile() const {
        return {id, username, displayName, role, jurisdiction, certificateNo};
    }
};

struct SessionRow {
    std::string tokenHash;  // hex SHA-256 of the token; the token itself is never stored
    std::string userId;
    std::string deviceId;
    std::int64_t createdAtMs = 0;
    std::int64_t expiresAtMs = 0;
};

struct DeviceRow {
    std::string id;
    std::string userId;
    std::string name;
    std::int64_t registeredAtMs = 0;
    std::optional<std::int64_t> revokedAtMs;
    std::int64_t lastMutationId = 0;  // push high-water mark
};

enum class ChangeKind { Case, Note, Enterprise, Evidence, InspectionRecord, Ringelmann, Noise };

// One entry of the change feed: the entity's latest change has this sequence number.
struct ChangeRef {
    std::int64_t seq = 0;
    ChangeKind kind = ChangeKind::Case;
    std::string entityId;
};

// One leaf of the custody log as stored: the entry's canonical bytes and what they name.
struct CustodyLeaf {
    std::int64_t index = 0;
    domain::custody::Kind kind = domain::custody::Kind::Evidence;
    std::string entityId;
    std::string caseId;
    std::string entry;  // wire::custodyEntryBytes
    std::int64_t appendedAtMs = 0;
};

// Everything the logic may do inside one transaction. Implementations hide their SQL
// dialect; the logic sees only these calls.
class StoreTx {
public:
    virtual ~StoreTx() = default;

    virtual void insertUser(const UserRow &user) = 0;
    virtual std::optional<UserRow> userByUsername(std::string_view username) = 0;
    virtual std::optional<UserRow> userById(std::string_view id) = 0;
    virtual std::vector<UserRow> listUsers() = 0;

    virtual void insertSession(const SessionRow &session) = 0;
    virtual std::optional<SessionRow> sessionByTokenHash(std::string_view tokenHash) = 0;
    virtual void deleteSession(std::string_view tokenHash) = 0;

    virtual void insertDevice(const DeviceRow &device) = 0;
    virtual std::optional<DeviceRow> deviceById(std::string_view id) = 0;
    virtual void setDeviceLastMutationId(std::string_view deviceId, std::int64_t id) = 0;
    virtual std::vector<DeviceRow> listDevices() = 0;
    // Marks the device revoked; its sessions are refused from then on.
    virtual void revokeDevice(std::string_view deviceId, std::int64_t atMs) = 0;

    virtual std::optional<domain::MutationResult> mutationResult(std::string_view deviceId,
                                                                 std::int64_t mutationId) = 0;
    virtual void recordMutation(std::string_view deviceId, const domain::MutationResult &result,
                                std::int64_t processedAtMs) = 0;

    virtual void upsertEnterprise(const domain::Enterprise &enterprise) = 0;
    virtual std::optional<domain::Enterprise> enterpriseByCode(std::string_view code) = 0;
    virtual std::vector<domain::Enterprise> listEnterprises(std::string_view afterCode,
                                                            int limit) = 0;

    // Cases carry their assignees; names and certificate numbers are filled in on read.
    virtual void insertCase(const domain::CaseRecord &record) = 0;
    virtual void updateCase(const domain::CaseRecord &record) = 0;
    virtual std::optional<domain::CaseRecord> caseById(std::string_view id) = 0;
    // All cases, or only those assigned to the given user.
    virtual std::vector<domain::CaseRecord> listCases(std::optional<std::string> assigneeId) = 0;
    // Next value of a named counter (case numbers per year), starting at 1.
    virtual std::int64_t nextCounter(std::string_view name) = 0;

    virtual void insertConflict(const domain::CaseConflict &conflict) = 0;
    virtual std::optional<domain::CaseConflict> conflictById(std::string_view id) = 0;
    virtual std::vector<domain::CaseConflict> listConflicts(bool includeResolved) = 0;
    virtual void resolveConflict(std::string_view id, const std::string &value,
                                 std::string_view resolvedBy, std::int64_t atMs) = 0;

    // The case's history of moves and proposals, in order.
    // Appends the event and returns its place in the history (its seq).
    virtual std::int64_t insertCaseEvent(const domain::CaseEvent &event) = 0;
    virtual std::vector<domain::CaseEvent> caseEvents(std::string_view caseId) = 0;
    virtual void setCaseProposal(std::string_view caseId, const domain::CaseProposal &proposal) = 0;
    virtual std::optional<domain::CaseProposal> caseProposal(std::string_view caseId) = 0;

    // Public records of decisions, one per case, newest first.
    virtual void upsertPublication(const domain::PublicDecision &record) = 0;
    virtual std::optional<domain::PublicDecision> publicationOfCase(std::string_view caseId) = 0;
    virtual std::vector<domain::PublicDecision> listPublications() = 0;
    // Records in public view on `today` (published by then, not past their last day) that
    // match the filter, newest published first.
    virtual PublicationPage searchPublications(const PublicationFilter &filter, domain::Date today, int offset,
                                               int limit) = 0;

    // Enterprise credit: one deduction per decided case, and the repair applications.
    virtual void insertCreditDeduction(const domain::CreditDeduction &deduction) = 0;
    virtual std::vector<domain::CreditDeduction> creditDeductions(std::string_view enterpriseCode) = 0;
    virtual std::vector<std::string> enterprisesWithDeductions() = 0;
    // A revoked decision's deduction stops counting from `on`; false if there is none to cancel.
    virtual bool cancelCreditDeduction(std::string_view caseId, domain::Date on) = 0;
    virtual void upsertCreditRepair(const domain::CreditRepair &repair) = 0;
    virtual std::optional<domain::CreditRepair> creditRepairById(std::string_view id) = 0;
    virtual std::vector<domain::CreditRepair> creditRepairs(std::string_view enterpriseCode) = 0;
    // Applications still awaiting the bureau's verification, the earliest due first.
    virtual std::vector<domain::CreditRepair> pendingCreditRepairs() = 0;

    // The custody log: leaves in order, the Merkle tree's perfect-subtree nodes, the signed
    // checkpoints, and what was accepted but is not in the log (stores older than the log).
    virtual std::int64_t custodySize() = 0;
    virtual std::optional<std::int64_t> custodyIndexOf(domain::custody::Kind kind, std::string_view entityId) = 0;
    virtual void appendCustodyLeaf(const CustodyLeaf &leaf) = 0;
    virtual void insertCustodyNodes(const std::vector<domain::merkle::Node> &nodes) = 0;
    virtual std::optional<std::string> custodyNode(int level, std::int64_t index) = 0;
    virtual std::vector<CustodyLeaf> custodyLeaves(std::int64_t from, int limit) = 0;
    virtual void insertCheckpoint(const domain::custody::Checkpoint &checkpoint) = 0;
    virtual std::optional<domain::custody::Checkpoint> latestCheckpoint() = 0;
    virtual std::optional<domain::custody::Checkpoint> checkpointOfSize(std::int64_t size) = 0;
    virtual std::vector<domain::custody::Checkpoint> checkpoints() = 0;
    virtual std::vector<std::pair<domain::custody::Kind, std::string>> unloggedEntities() = 0;
    virtual std::optional<domain::CaseEvent> caseEventBySeq(std::int64_t seq) = 0;

    // Returns false, writing nothing, when a note with this id exists.
    virtual bool insertNote(const domain::Note &note) = 0;
    virtual std::optional<domain::Note> noteById(std::string_view id) = 0;
    virtual std::vector<domain::Note> notesOfCase(std::string_view caseId) = 0;

    virtual void insertEvidence(const domain::EvidenceItem &item) = 0;
    virtual std::optional<domain::EvidenceItem> evidenceById(std::string_view id) = 0;
    virtual std::vector<domain::EvidenceItem> evidenceOfCase(std::string_view caseId) = 0;
    virtual void setEvidenceBytesStored(std::string_view id) = 0;

    virtual void insertInspectionRecord(const domain::InspectionRecord &record,
                                        std::int64_t receivedAtMs) = 0;
    virtual std::optional<domain::InspectionRecord> inspectionRecordById(std::string_view id) = 0;
    virtual std::vector<domain::InspectionRecord> inspectionRecordsOfCase(
        std::string_view caseId) = 0;

    virtual void insertRingelmann(const domain::RingelmannObservation &o,
                                  std::int64_t receivedAtMs) = 0;
    virtual std::optional<domain::RingelmannObservation> ringelmannById(std::string_view id) = 0;
    virtual void insertNoise(const domain::NoiseRecord &r, std::int64_t receivedAtMs) = 0;
    virtual std::optional<domain::NoiseRecord> noiseById(std::string_view id) = 0;
    // Ids of the Ringelmann observations and noise records of a case, oldest first.
    virtual std::vector<std::string> readingIdsOfCase(std::string_view caseId) = 0;

    // The change feed holds one entry per entity, under the number of its latest change.
    // Numbers grow in commit order across all writers. An entity of a case carries the
    // case's id (a case its own).
    //
    // Moves the entity to the head of the feed and returns its new sequence number.
    virtual std::int64_t recordChange(ChangeKind kind, std::string_view entityId,
                                      std::string_view caseId) = 0;
    // Enters an entity created in this transaction, which has no entry yet, at the head of
    // the feed (a pushed note: one insert, no search for an earlier entry).
    virtual std::int64_t recordNew(ChangeKind kind, std::string_view entityId, std::string_view caseId) = 0;
    // Moves the case and everything of it in the feed to the head, in their order (officers
    // newly assigned to it receive them from their cursor on).
    virtual void moveCaseToHead(std::string_view caseId) = 0;
    // Feed entries above the cursor: all of them, or only enterprises and the entities
    // of cases assigned to the given user.
    virtual std::vector<ChangeRef> changesAfter(std::int64_t cursor, int limit,
                                                std::optional<std::string> assigneeId) = 0;
};

// The server's persistent state behind one interface: an embedded file or PostgreSQL.
class Store {
public:
    virtual ~Store() = default;

    // Runs fn in one transaction: committed when fn returns, rolled back if it throws.
    template <typename F>
    auto transact(F &&fn) -> std::invoke_result_t<F, StoreTx &> {
        using R = std::invoke_result_t<F, StoreTx &>;
        if constexpr (std::is_void_v<R>) {
            run([&](StoreTx &tx) { fn(tx); });
        } else {
            std::optional<R> result;
            run([&](StoreTx &tx) { result.emplace(fn(tx)); });
            return std::move(*result);
        }
    }

    // Runs fn in one read-only transaction: a consistent snapshot that may run beside
    // other reads and beside a writer's commit. fn must not write (a store refuses it).
    template <typename F>
    auto read(F &&fn) -> std::invoke_result_t<F, StoreTx &> {
        using R = std::invoke_result_t<F, StoreTx &>;
        if constexpr (std::is_void_v<R>) {
            runRead([&](StoreTx &tx) { fn(tx); });
        } else {
            std::optional<R> result;
            runRead([&](StoreTx &tx) { result.emplace(fn(tx)); });
            return std::move(*result);
        }
    }

protected:
    virtual void run(const std::function<void(StoreTx &)> &fn) = 0;
    // A store without separate readers reads in an ordinary transaction.
    virtual void runRead(const std::function<void(StoreTx &)> &fn) { run(fn); }
};

}  // namespace fc::server
