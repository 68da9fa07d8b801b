// The case procedure as commands: every allowed move, and a refusal for each way a move
// can be wrong (state, role, actor, evidence, officers, review).
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "domain/workflow.h"

namespace fc::domain {
namespace {

using S = CaseStatus;
using C = CaseCommand;

const Policy kPolicy;

ProposedDecision fine(std::int64_t yuan) {
    ProposedDecision d;
    d.fineYuan = yuan;
    d.legalBasis = "《中华人民共和国大气污染防治法》第九十九条";
    return d;
}

// Facts under which each command is allowed, and where it leads.
struct Move {
    C command;
    WorkflowFacts facts;
    S next;
};

std::vector<Move> allowedMoves() {
    WorkflowFacts base;
    base.assignedOfficers = 2;
    base.onSiteRecordOfficers = 2;
    base.evidenceItems = 3;
    base.proposed = fine(50000);
    base.violationEnd.continuing = true;
    auto with = [&](S status, Role role, auto change) {
        WorkflowFacts f = base;
        f.status = status;
        f.actorRole = role;
        change(f);
        return f;
    };
    const auto none = [](WorkflowFacts &) {};
    const auto assigned = [](WorkflowFacts &f) { f.actorAssigned = f.actorHandledCase = true; };
    const auto hearing = [](WorkflowFacts &f) {
        f.proposed = fine(300000);
        f.hearingRequested = true;
    };
    return {
        {C::File, with(S::Inspection, Role::Supervisor, none), S::Filed},
        {C::Investigate, with(S::Filed, Role::Inspector, assigned), S::Investigation},
        {C::Investigate, with(S::Filed, Role::Supervisor, none), S::Investigation},
        {C::SubmitForCaseReview, with(S::Investigation, Role::Inspector, assigned), S::CaseReview},
        {C::Notify, with(S::CaseReview, Role::Supervisor, none), S::Notified},
        {C::HoldHearing, with(S::Notified, Role::Inspector, [&](WorkflowFacts &f) { assigned(f); hearing(f); }), S::Hearing},
        {C::SubmitForLegalReview, with(S::Notified, Role::Supervisor, none), S::LegalReview},
        {C::SubmitForLegalReview, with(S::Hearing, Role::Supervisor, [&](WorkflowFacts &f) { hearing(f); f.hearingHeld = true; }), S::LegalReview},
        {C::SubmitForLegalReview, with(S::CollectiveDiscussion, Role::Supervisor, none), S::LegalReview},
        {C::ApproveReview, with(S::LegalReview, Role::LegalReviewer, [](WorkflowFacts &f) { f.statusBeforeReview = S::Hearing; }), S::Hearing},
        {C::ReturnReview, with(S::LegalReview, Role::LegalReviewer, [](WorkflowFacts &f) { f.reviewProblems = "罚款裁量基准适用错误"; }), S::Notified},
        {C::Discuss, with(S::Notified, Role::Supervisor, none), S::CollectiveDiscussion},
        {C::Decide, with(S::Notified, Role::Supervisor, none), S::Decided},  // not major: no review
        {C::Decide, with(S::CollectiveDiscussion, Role::Supervisor, [](WorkflowFacts &f) { f.proposed = fine(500000); f.reviewApproved = true; }), S::Decided},
        {C::Serve, with(S::Decided, Role::Inspector, assigned), S::Served},
        {C::Enforce, with(S::Served, Role::Supervisor, none), S::Enforcement},
        {C::Close, with(S::Enforcement, Role::Supervisor, none), S::Closed},
        {C::Suspend, with(S::Investigation, Role::Supervisor, none), S::Suspended},
        {C::Resume, with(S::Suspended, Role::Supervisor, [](WorkflowFacts &f) { f.statusBeforeSuspension = S::CaseReview; }), S::CaseReview},
        {C::Terminate, with(S::Suspended, Role::Supervisor, none), S::Terminated},
    };
}

const std::vector<S> kAllStates{S::Inspection, S::Filed, S::Investigation, S::CaseReview, S::Notified,
                                S::Hearing, S::LegalReview, S::CollectiveDiscussion, S::Decided,
                                S::Served, S::Enforcement, S::Closed, S::Suspended, S::Terminated};

// The states each command may start from.
const std::map<C, std::set<S>> kFrom{
    {C::File, {S::Inspection}},
    {C::Investigate, {S::Filed}},
    {C::SubmitForCaseReview, {S::Investigation}},
    {C::Notify, {S::CaseReview}},
    {C::HoldHearing, {S::Notified}},
    {C::SubmitForLegalReview, {S::Notified, S::Hearing, S::CollectiveDiscussion}},
    {C::ApproveReview, {S::LegalReview}},
    {C::ReturnReview, {S::LegalReview}},
    {C::Discuss, {S::Notified, S::Hearing}},
    {C::Decide, {S::Notified, S::Hearing, S::CollectiveDiscussion}},
    {C::Serve, {S::Decided}},
    {C::Enforce, {S::Served}},
    {C::Close, {S::Enforcement}},
    {C::Suspend, {S::Filed, S::Investigation, S::CaseReview}},
    {C::Resume, {S::Suspended}},
    {C::Terminate, {S::Filed, S::Investigation, S::CaseReview, S::Suspended}},
};

TEST(Workflow, EveryAllowedMoveLeadsToItsState) {
    for (const auto &move : allowedMoves()) {
        const auto outcome = checkCommand(move.command, move.facts, kPolicy);
        EXPECT_TRUE(outcome.allowed) << caseCommandName(move.command) << ": " << outcome.refusal;
        EXPECT_EQ(outcome.next, move.next) << caseCommandName(move.command);
    }
}

TEST(Workflow, EveryCommandIsRefusedInEveryOtherState) {
    std::set<C> covered;
    for (const auto &move : allowedMoves()) {
        covered.insert(move.command);
        for (const S state : kAllStates) {
            if (kFrom.at(move.command).count(state)) continue;
            WorkflowFacts facts = move.facts;
            facts.status = state;
            const auto outcome = checkCommand(move.command, facts, kPolicy);
            EXPECT_FALSE(outcome.allowed) << caseCommandName(move.command) << " from " << caseStatusName(state);
            EXPECT_NE(outcome.refusal.find("cannot"), std::string::npos) << outcome.refusal;
        }
    }
    EXPECT_EQ(covered.size(), kFrom.size());  // every command has an allowed move above
}

TEST(Workflow, EveryCommandIsRefusedToTheWrongRole) {
    // What the case's own officers may do; everything else but reviews is a supervisor's.
    const std::set<C> officerCommands{C::Investigate, C::SubmitForCaseReview, C::HoldHearing, C::Serve,
                                      C::Enforce};
    for (const auto &move : allowedMoves()) {
        for (const Role role : {Role::Inspector, Role::Supervisor, Role::LegalReviewer, Role::Admin}) {
            for (const bool assigned : {false, true}) {
                WorkflowFacts facts = move.facts;
                facts.actorRole = role;
                facts.actorAssigned = assigned;
                facts.actorHandledCase = assigned;
                const bool review = move.command == C::ApproveReview || move.command == C::ReturnReview;
                const bool mayAct = review ? role == Role::LegalReviewer && !assigned
                                           : role == Role::Supervisor ||
                                                 (role == Role::Inspector && assigned &&
                                                  officerCommands.count(move.command));
                EXPECT_EQ(checkCommand(move.command, facts, kPolicy).allowed, mayAct)
                    << caseCommandName(move.command) << " by " << roleName(role)
                    << (assigned ? " (on the case)" : "");
            }
        }
    }
    // An inspector not on the case cannot move it, even where officers may.
    WorkflowFacts f;
    f.status = S::Filed;
    f.actorRole = Role::Inspector;
    f.actorAssigned = false;
    EXPECT_FALSE(checkCommand(C::Investigate, f, kPolicy).allowed);
}

TEST(Workflow, FilingNeedsTwoOfficersAndTheirOnSiteRecord) {
    WorkflowFacts f;
    f.actorRole = Role::Supervisor;
    f.assignedOfficers = 1;
    f.onSiteRecordOfficers = 2;
    EXPECT_NE(checkCommand(C::File, f, kPolicy).refusal.find("two officers"), std::string::npos);
    f.assignedOfficers = 2;
    f.onSiteRecordOfficers = 1;  // a record made by one officer only
    EXPECT_NE(checkCommand(C::File, f, kPolicy).refusal.find("on-site inspection record"), std::string::npos);
    f.onSiteRecordOfficers = 0;  // no record at all
    EXPECT_FALSE(checkCommand(C::File, f, kPolicy).allowed);
}

TEST(Workflow, FilingNeedsTheViolationsEndWithinTheTwoYearLimitation) {
    using namespace std::chrono;
    WorkflowFacts f;
    f.actorRole = Role::Supervisor;
    f.assignedOfficers = 2;
    f.onSiteRecordOfficers = 2;
    f.discoveredOn = 2026y / March / 12;
    f.today = 2026y / March / 20;
    const auto check = [&] { return checkCommand(C::File, f, kPolicy); };
    EXPECT_NE(check().refusal.find("the day the violation ended"), std::string::npos) << check().refusal;

    f.violationEnd.continuing = true;  // the period has not begun
    EXPECT_TRUE(check().allowed) << check().refusal;

    f.violationEnd = {2024y / March / 12, false};  // discovered on the last day of the period
    EXPECT_TRUE(check().allowed) << check().refusal;
    f.violationEnd.endedOn = 2024y / March / 11;  // one day too late
    EXPECT_FALSE(check().allowed);
    EXPECT_NE(check().refusal.find("ended on 2024-03-11 and was discovered on 2026-03-12"), std::string::npos)
        << check().refusal;
    EXPECT_NE(check().refusal.find("art. 36"), std::string::npos);

    f.violationEnd.endedOn = 2026y / March / 15;  // after the discovery, before today: it went on a while
    EXPECT_TRUE(check().allowed) << check().refusal;
    f.violationEnd.endedOn = 2026y / March / 21;  // tomorrow
    EXPECT_NE(check().refusal.find("after today (2026-03-20)"), std::string::npos) << check().refusal;

    // Two years from 29 February end on 28 February.
    EXPECT_EQ(limitationEnds(2024y / February / 29), 2026y / February / 28);
    EXPECT_EQ(limitationEnds(2023y / December / 31), 2025y / December / 31);
    f.violationEnd.endedOn = 2024y / February / 29;
    f.discoveredOn = 2026y / February / 28;
    EXPECT_TRUE(check().allowed) << check().refusal;
    f.discoveredOn = 2026y / March / 1;
    EXPECT_FALSE(check().allowed);
}

TEST(Workflow, MissingEvidenceAndAMissingProposalAreRefused) {
    WorkflowFacts f;
    f.status = S::Investigation;
    f.actorRole = Role::Supervisor;
    f.evidenceItems = 0;
    EXPECT_NE(checkCommand(C::SubmitForCaseReview, f, kPolicy).refusal.find("no evidence"), std::string::npos);
    f.status = S::CaseReview;
    EXPECT_FALSE(checkCommand(C::Notify, f, kPolicy).allowed);  // no proposed decision
    f.proposed = fine(1000);
    f.proposed->legalBasis.clear();
    EXPECT_NE(checkCommand(C::Notify, f, kPolicy).refusal.find("legal basis"), std::string::npos);
}

TEST(Workflow, AMajorDecisionNeedsAnApprovedReview) {
    WorkflowFacts f;
    f.status = S::Notified;
    f.actorRole = Role::Supervisor;
    f.proposed = fine(200001);  // above the policy's threshold
    EXPECT_NE(checkCommand(C::Decide, f, kPolicy).refusal.find("approved legal review"), std::string::npos);
    f.proposed = fine(1000);
    f.proposed->measures = {"查封扣押"};  // a catalogued measure
    EXPECT_FALSE(checkCommand(C::Decide, f, kPolicy).allowed);
    f.proposed = fine(1000);
    f.proposed->criminalReferral = true;
    EXPECT_FALSE(checkCommand(C::Decide, f, kPolicy).allowed);
    f.reviewApproved = true;
    EXPECT_TRUE(checkCommand(C::Decide, f, kPolicy).allowed);
    // Decided after a hearing: major too.
    WorkflowFacts h;
    h.status = S::Hearing;
    h.actorRole = Role::Supervisor;
    h.proposed = fine(1000);
    h.hearingRequested = h.hearingHeld = true;
    EXPECT_FALSE(checkCommand(C::Decide, h, kPolicy).allowed);
    // The catalogue is policy: without the hearing rule, the same case needs no review.
    Policy local;
    local.major.afterHearing = false;
    EXPECT_TRUE(checkCommand(C::Decide, h, local).allowed);
}

TEST(Workflow, AHearingAskedForMustBeHeldFirst) {
    WorkflowFacts f;
    f.status = S::Notified;
    f.actorRole = Role::Supervisor;
    f.proposed = fine(300000);
    f.hearingRequested = true;
    f.reviewApproved = true;
    EXPECT_NE(checkCommand(C::Decide, f, kPolicy).refusal.find("hearing"), std::string::npos);
    EXPECT_FALSE(checkCommand(C::SubmitForLegalReview, f, kPolicy).allowed);
    // No hearing without the right to one.
    f.proposed = fine(1000);
    EXPECT_NE(checkCommand(C::HoldHearing, f, kPolicy).refusal.find("no right"), std::string::npos);
}

TEST(Workflow, NoDecisionWhileThePartyMayStillAskForAHearing) {
    WorkflowFacts f;
    f.status = S::Notified;
    f.actorRole = Role::Supervisor;
    f.proposed = fine(300000);
    f.reviewApproved = true;
    f.hearingRequestPeriodOpen = true;
    EXPECT_NE(checkCommand(C::Decide, f, kPolicy).refusal.find("may still ask for a hearing"), std::string::npos);
    f.hearingRequestPeriodOpen = false;
    EXPECT_TRUE(checkCommand(C::Decide, f, kPolicy).allowed);
}

TEST(Workflow, AReviewerWhoHandledTheCaseMayNotReviewIt) {
    WorkflowFacts f;
    f.status = S::LegalReview;
    f.actorRole = Role::LegalReviewer;
    f.actorHandledCase = true;
    EXPECT_NE(checkCommand(C::ApproveReview, f, kPolicy).refusal.find("handled"), std::string::npos);
    f.actorHandledCase = false;
    EXPECT_NE(checkCommand(C::ReturnReview, f, kPolicy).refusal.find("in writing"), std::string::npos);
}

TEST(Workflow, HearingRightsAndMajorDecisionsFollowThePolicy) {
    ProposedDecision d = fine(200000);
    EXPECT_FALSE(hearingRightsDue(d, kPolicy.hearing));  // "over 200,000": not at
    d.fineYuan = 200001;
    EXPECT_TRUE(hearingRightsDue(d, kPolicy.hearing));
    d.fineYuan = 10001;
    d.partyIsOrganisation = false;  // a citizen's lower threshold
    EXPECT_TRUE(hearingRightsDue(d, kPolicy.hearing));
    d = fine(0);
    d.measures = {"责令停产停业"};
    EXPECT_TRUE(hearingRightsDue(d, kPolicy.hearing));
    EXPECT_TRUE(isMajorDecision(d, false, kPolicy.major));
    EXPECT_FALSE(isMajorDecision(fine(1000), false, kPolicy.major));
}

TEST(Workflow, CommandNamesRoundTrip) {
    for (const auto &[command, from] : kFrom) {
        EXPECT_EQ(caseCommandFromName(caseCommandName(command)), command);
    }
    EXPECT_FALSE(caseCommandFromName("skip_to_decided"));
}

}  // namespace
}  // namespace fc::domain
