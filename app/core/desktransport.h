#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/caserecord.h"
#include "domain/userprofile.h"
#include "domain/workflow.h"

// The supervisor's and the legal reviewer's view of the server's case and enterprise
// services, in domain types, beside SyncTransport (the same session, the same channel;
// sync_grpc implements both). These screens work on the server's current state, so they
// need the network; the sync transport's errors (TransportError) apply.
class DeskTransport {
public:
    struct DueItem {
        std::string caseId;
        std::string caseTitle;
        std::string kind;     // filing, decision, hearing_request, legal_review, publication, ...
        std::string dueOn;    // ISO date, the last day
        bool overdue = false;
    };
    struct Conflict {
        std::string id;
        std::string caseId;
        std::string field;  // title, description, due_date
        std::string serverValue;
        std::string proposedValue;
        std::string proposedByName;
        std::int64_t createdAtMs = 0;
    };
    struct BlacklistEntry {
        std::string enterpriseCode;
        std::string enterpriseName;
        std::string caseNumber;
        std::string reason;
        std::string listedOn;
        std::string endsOn;
    };
    // Everything the reviewer reads about a case from the server.
    struct CaseFile {
        fc::domain::CaseRecord record;
        std::vector<fc::domain::Note> notes;
        std::optional<fc::domain::ProposedDecision> proposal;
        bool hearingRequested = false;
        std::vector<fc::domain::CaseEvent> history;
    };

    virtual ~DeskTransport() = default;

    // Cases of the caller's jurisdiction.
    virtual std::vector<fc::domain::CaseRecord> listCases() = 0;
    virtual std::vector<fc::domain::UserProfile> listOfficers() = 0;
    virtual fc::domain::CaseRecord assignCase(const std::string &caseId, const std::vector<std::string> &officerIds) = 0;
    virtual std::vector<DueItem> dueCases() = 0;
    virtual std::vector<Conflict> openConflicts() = 0;
    virtual void resolveConflict(const std::string &conflictId, const std::string &value) = 0;
    virtual std::vector<BlacklistEntry> blacklist() = 0;
    virtual CaseFile caseFile(const std::string &caseId) = 0;
    virtual void advanceCase(const std::string &caseId, fc::domain::CaseCommand command, const std::string &detail) = 0;
};
