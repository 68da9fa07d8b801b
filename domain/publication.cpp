#include "domain/publication.h"

#include "domain/credit.h"
#include "domain/enumnames.h"
#include "domain/redaction.h"

namespace fc::domain {
namespace {

constexpr EnumNameTable<PublicDecision::Status, 2> kStatuses = {{
    {PublicDecision::Status::Published, "published"},
    {PublicDecision::Status::Withdrawn, "withdrawn"},
}};

}  // namespace

std::string_view publicationStatusName(PublicDecision::Status status) { return enumName(kStatuses, status); }
std::optional<PublicDecision::Status> publicationStatusFromName(std::string_view name) {
    return enumFromName(kStatuses, name);
}

bool seriousViolation(const ProposedDecision &decision, bool afterHearing, const Policy &policy) {
    const auto deduction = deductionFor(decision.violationType, policy.credit);
    return isMajorDecision(decision, afterHearing, policy.major) || (deduction && deduction->directToD);
}

std::string conclusionOf(const ProposedDecision &decision) {
    std::string out;
    if (decision.fineYuan > 0) out = "罚款 " + std::to_string(decision.fineYuan) + " 元";
    for (const auto &measure : decision.measures) {
        if (!out.empty()) out += "；";
        out += measure;
    }
    if (decision.criminalReferral) out += out.empty() ? "移送司法机关" : "；移送司法机关";
    return out.empty() ? "不予处罚" : out;
}

PublicDecision publicRecordOf(const CaseRecord &record, const Enterprise &party, const ProposedDecision &decision,
                              bool serious, std::chrono::year_month_day decidedOn,
                              std::chrono::year_month_day publishedOn, const Policy &policy) {
    RedactionRules rules;
    rules.personalNames = decision.personalNames;
    rules.keep = {party.creditCode};
    // A natural person who is not acting as a business is named by surname only.
    if (!decision.partyIsOrganisation) rules.personalNames.push_back(party.name);

    PublicDecision out;
    out.caseId = record.id;
    out.caseNumber = record.number;
    out.agency = policy.publication.agency;
    out.partyName = decision.partyIsOrganisation ? party.name : maskedName(party.name);
    out.partyCreditCode = party.creditCode;
    out.violationType = decision.violationType;
    out.facts = redact(decision.facts, rules).text;
    out.conclusion = conclusionOf(decision);
    out.legalBasis = redact(decision.legalBasis, rules).text;
    out.serious = serious;
    out.decidedOn = decidedOn;
    out.publishedOn = publishedOn;
    const auto months = serious ? policy.publication.seriousMonths : policy.publication.generalMonths;
    out.visibleUntil = std::chrono::year_month_day(std::chrono::sys_days(addMonths(publishedOn, months)) -
                                                   std::chrono::days(1));
    return out;
}

bool inPublicPeriod(const PublicDecision &record, std::chrono::year_month_day today) {
    return std::chrono::sys_days(today) >= std::chrono::sys_days(record.publishedOn) &&
           std::chrono::sys_days(today) <= std::chrono::sys_days(record.visibleUntil);
}

}  // namespace fc::domain
