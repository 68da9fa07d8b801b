// Public records and enterprise credit, from the domain to the wire.
#include "wire/convert.h"

#include "domain/date.h"

namespace fc::wire {

void toProto(const domain::PublicDecision &in, v1::PublicDecision *out) {
    out->set_case_id(in.caseId);
    out->set_case_number(in.caseNumber);
    out->set_agency(in.agency);
    out->set_party_name(in.partyName);
    out->set_party_credit_code(in.partyCreditCode);
    out->set_violation_type(in.violationType);
    out->set_facts(in.facts);
    out->set_conclusion(in.conclusion);
    out->set_legal_basis(in.legalBasis);
    out->set_serious(in.serious);
    out->set_decided_on(domain::formatIsoDate(in.decidedOn));
    out->set_published_on(domain::formatIsoDate(in.publishedOn));
    out->set_visible_until(domain::formatIsoDate(in.visibleUntil));
    out->set_status(std::string(domain::publicationStatusName(in.status)));
    out->set_withdrawn_at_ms(in.withdrawnAtMs);
    out->set_withdrawal_reason(in.withdrawalReason);
}

v1::CreditLevel toProto(domain::CreditLevel level) {
    switch (level) {
    case domain::CreditLevel::A: return v1::CREDIT_LEVEL_A;
    case domain::CreditLevel::B: return v1::CREDIT_LEVEL_B;
    case domain::CreditLevel::C: return v1::CREDIT_LEVEL_C;
    case domain::CreditLevel::D: return v1::CREDIT_LEVEL_D;
    }
    return v1::CREDIT_LEVEL_UNSPECIFIED;
}

void toProto(const domain::CreditChange &in, v1::CreditChange *out) {
    out->set_kind(std::string(domain::creditChangeKindName(in.kind)));
    out->set_on(domain::formatIsoDate(in.on));
    out->set_delta(in.delta);
    out->set_points_after(in.pointsAfter);
    out->set_level_after(toProto(in.levelAfter));
    out->set_reason(in.reason);
    out->set_case_id(in.caseId);
}

void toProto(const domain::BlacklistEntry &in, v1::BlacklistEntry *out) {
    out->set_case_id(in.caseId);
    out->set_case_number(in.caseNumber);
    out->set_reason(in.reason);
    out->set_listed_on(domain::formatIsoDate(in.listedOn));
    out->set_ends_on(domain::formatIsoDate(in.endsOn));
    out->set_status(std::string(domain::blacklistStatusName(in.status)));
    if (in.endedOn) out->set_ended_on(domain::formatIsoDate(*in.endedOn));
}

void toProto(const domain::CreditRepair &in, v1::CreditRepair *out) {
    out->set_id(in.id);
    out->set_enterprise_code(in.enterpriseCode);
    out->set_statement(in.statement);
    out->set_applied_on(domain::formatIsoDate(in.appliedOn));
    out->set_due_on(domain::formatIsoDate(in.dueOn));
    out->set_status(std::string(domain::creditRepairStatusName(in.status)));
    if (in.decidedOn) out->set_decided_on(domain::formatIsoDate(*in.decidedOn));
    out->set_remark(in.remark);
}

}  // namespace fc::wire
