#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/casestatus.h"
#include "domain/policy.h"
#include "domain/role.h"

namespace fc::domain {

// The moves of a case through the procedure of RULES.md section 3, as commands that the
// server checks against the case's state, the actor's role and what the case holds. Pure:
// the server gathers the facts from its store and applies the move in one transaction.
enum class CaseCommand {
    File,                  // 立案: inspection -> filed
    Investigate,           // filed -> investigation
    SubmitForCaseReview,   // investigation -> case review
    Notify,                // 告知: case review -> notified (a proposed decision exists)
    HoldHearing,           // notified -> hearing (the party asked for one)
    SubmitForLegalReview,  // notified / hearing / collective discussion -> legal review
    ApproveReview,         // the reviewer agrees: the case returns to where it came from
    ReturnReview,          // the reviewer finds problems: back, to be fixed and resubmitted
    Discuss,               // 集体讨论: notified / hearing -> collective discussion
    Decide,                // 决定
    Serve,                 // 送达: decided -> served
    Enforce,               // served -> enforcement
    Close,                 // enforcement -> closed
    Suspend,               // 中止: filed / investigation / case review -> suspended
    Resume,                // suspended -> where it was
    Terminate,             // 终止: filed / investigation / case review / suspended -> terminated
};

std::string_view caseCommandName(CaseCommand command);
std::optional<CaseCommand> caseCommandFromName(std::string_view name);

// The decision a case proposes: what makes it major and what gives the party hearing rights.
struct ProposedDecision {
    std::int64_t fineYuan = 0;
    std::vector<std::string> measures;  // 责令停产整治, 查封扣押, ...
    bool partyIsOrganisation = true;
    bool criminalReferral = false;
    std::string legalBasis;
    std::string violationType;               // by the credit policy's table: 超标排放, 暗管偷排, ...
    std::string facts;                       // the facts as the decision states them
    std::vector<std::string> personalNames;  // natural persons the facts name, redacted when published
};

// Major by the policy's catalogue (fine above the threshold, a listed measure, decided
// after a hearing, a criminal referral): it needs an approved legal review first.
bool isMajorDecision(const ProposedDecision &decision, bool afterHearing, const MajorDecisionPolicy &policy);
// Hearing rights: a fine above the party's threshold, or a listed measure.
bool hearingRightsDue(const ProposedDecision &decision, const HearingPolicy &policy);

// When the violation ended, as the supervisor filing the case states it. A violation not
// discovered within two years of its end is no longer penalised (Administrative Penalty
// Law art. 36; the period runs from the end of a continuing violation). [V]
struct ViolationEnd {
    std::optional<std::chrono::year_month_day> endedOn;
    bool continuing = false;  // still going on when the case is filed
    bool stated() const { return continuing || endedOn.has_value(); }
};
inline constexpr int kLimitationYears = 2;
// The last day on which a violation that ended on `endedOn` may be discovered and still be
// penalised: the same date two years on (28 February for 29 February).
std::chrono::year_month_day limitationEnds(std::chrono::year_month_day endedOn);

// What the server knows of the case and the actor when a command arrives.
struct WorkflowFacts {
    CaseStatus status = CaseStatus::Inspection;
    Role actorRole = Role::Inspector;
    bool actorAssigned = false;      // the actor is one of the case's officers
    bool actorHandledCase = false;   // assigned, or moved the case at any step so far
    int assignedOfficers = 0;        // officers with a certificate number
    int onSiteRecordOfficers = 0;    // most officers on one on-site record of the case
    int evidenceItems = 0;           // evidence and readings held for the case
    std::optional<ProposedDecision> proposed;
    bool hearingRequested = false;
    bool hearingHeld = false;
    // Hearing rights are due and the party's period to ask for one runs: it has neither
    // asked nor waived the hearing in writing.
    bool hearingRequestPeriodOpen = false;
    bool reviewApproved = false;     // the latest legal review round agreed, nothing since
    std::string reviewProblems;      // the written problems of a return
    CaseStatus statusBeforeReview = CaseStatus::Notified;
    CaseStatus statusBeforeSuspension = CaseStatus::Investigation;
    // Filing: the filer's statement, the day the case was opened (the violation's
    // discovery) and today.
    ViolationEnd violationEnd;
    std::chrono::year_month_day discoveredOn{};
    std::chrono::year_month_day today{};
};

struct WorkflowOutcome {
    bool allowed = false;
    CaseStatus next = CaseStatus::Inspection;
    std::string refusal;  // why not, in words for the user; empty when allowed
    bool byRole = false;  // refused for who the actor is, not for the case's state
};

// One step in a case's history: a move (its command's name) or a change to what the case
// proposes ("propose", "hearing_requested"), by whom and when, with its words (the
// reviewer's problems, a reason). Kept forever, every review round included.
struct CaseEvent {
    std::int64_t seq = 0;  // order within the store
    std::string caseId;
    std::string action;
    CaseStatus from = CaseStatus::Inspection;
    CaseStatus to = CaseStatus::Inspection;
    std::string actorId;
    std::string actorName;
    Role actorRole = Role::Inspector;
    std::int64_t atMs = 0;
    std::string detail;
};

// What a case proposes to decide, and whether the party asked for a hearing.
struct CaseProposal {
    ProposedDecision decision;
    bool hearingRequested = false;
};

// Checks a command and names the state it leads to, or why it is refused: the wrong state,
// the wrong role, an actor not on the case, missing evidence, one officer only, a filing
// without the violation's end or after the limitation ran out, a major
// decision without an approved review, a reviewer who handled the case, a return without
// written problems.
WorkflowOutcome checkCommand(CaseCommand command, const WorkflowFacts &facts, const Policy &policy);

}  // namespace fc::domain
