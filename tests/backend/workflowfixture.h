#pragma once

// A case of the demo data driven through WorkflowLogic on a real store, for the tests of
// the procedure and of what decided cases lead to (publication, credit).
#include <memory>
#include <optional>
#include <string>

#include "backendfixture.h"
#include "backend/logic/secrets.h"
#include "backend/logic/workflowlogic.h"

namespace fc::test {

using domain::CaseCommand;
using domain::CaseStatus;
using Code = server::LogicError::Code;

class WorkflowTest : public BackendFixture {
protected:
    void SetUp() override {
        BackendFixture::SetUp();
        workflow_ = std::make_unique<server::WorkflowLogic>(*store_, clock_, *custody_, domain::Policy{},
                                                             domain::WorkCalendar::parse(""));
        caseId_ = caseAssignedTo("inspector1");  // inspector1 and the supervisor
    }

    // The refusal's code of a call, or nullopt if it went through.
    template <typename F>
    std::optional<Code> refusal(F &&call) {
        try {
            call();
        } catch (const server::LogicError &e) {
            lastMessage_ = e.what();
            return e.code();
        }
        return std::nullopt;
    }
    CaseStatus move(const std::string &who, CaseCommand command, const std::string &detail = {}) {
        return workflow_->advance(principal(who), caseId_, command, detail, violationEnd_).record.status;
    }
    std::optional<Code> refused(const std::string &who, CaseCommand command, const std::string &detail = {}) {
        return refusal([&] { move(who, command, detail); });
    }

    void addOnSiteRecord(int officers) {
        domain::InspectionRecord r;
        r.id = server::newUuid();
        r.caseId = caseId_;
        r.startedAtMs = clock_.nowMs();
        r.endedAtMs = clock_.nowMs() + 3'600'000;
        r.place = "厂区大门";
        const char *names[] = {"supervisor", "inspector1"};
        for (int i = 0; i < officers; ++i) {
            r.officers.push_back({userId(names[i]), names[i], i == 0 ? "14040520230001" : "14040520230002", {}});
        }
        r.createdBy = userId("inspector1");
        store_->transact([&](server::StoreTx &tx) { tx.insertInspectionRecord(r, clock_.nowMs()); });
    }
    void addEvidence() {
        domain::EvidenceItem e;
        e.id = std::string(64, 'a');
        e.caseId = caseId_;
        e.mimeType = "image/jpeg";
        e.size = 1000;
        e.capturedAtMs = clock_.nowMs();
        e.capturedBy = userId("inspector1");
        store_->transact([&](server::StoreTx &tx) { tx.insertEvidence(e); });
    }
    domain::ProposedDecision majorFine() const {
        domain::ProposedDecision d;
        d.fineYuan = 300000;  // above both the hearing and the major-decision thresholds
        d.legalBasis = "《中华人民共和国大气污染防治法》第九十九条第二项";
        d.violationType = "超标排放";
        d.facts = "颗粒物排放浓度超过排放标准。";
        return d;
    }

    // Takes the case from inspection to decided with this decision; a hearing the party
    // has a right to is waived, and a major decision is approved by the reviewer on the way.
    // Takes the case from inspection to the notice of this decision.
    void notify(const domain::ProposedDecision &decision) {
        addOnSiteRecord(2);
        addEvidence();
        move("supervisor", CaseCommand::File);
        move("supervisor", CaseCommand::Investigate);
        move("supervisor", CaseCommand::SubmitForCaseReview);
        workflow_->propose(principal("supervisor"), caseId_, decision);
        move("supervisor", CaseCommand::Notify);
    }

    void decide(const domain::ProposedDecision &decision) {
        notify(decision);
        if (domain::hearingRightsDue(decision, domain::Policy{}.hearing)) {
            workflow_->recordHearingRequest(principal("supervisor"), caseId_, /*waived=*/true);
        }
        if (domain::isMajorDecision(decision, false, domain::Policy{}.major)) {
            move("supervisor", CaseCommand::SubmitForLegalReview);
            move("reviewer", CaseCommand::ApproveReview, "同意");
        }
        move("supervisor", CaseCommand::Decide);
    }

    std::unique_ptr<server::WorkflowLogic> workflow_;
    std::string caseId_;
    std::string lastMessage_;
    // What the supervisor states when filing (tests of the limitation change it).
    domain::ViolationEnd violationEnd_{std::nullopt, true};
};

}  // namespace fc::test
