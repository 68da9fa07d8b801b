#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "domain/caserecord.h"
#include "domain/enterprise.h"
#include "domain/policy.h"
#include "domain/workflow.h"

namespace fc::domain {

// The public record of a penalty decision (执法公示, RULES.md section 4): the enforcing
// body, the party, the type of act, the conclusion and its basis, with personal data
// redacted. It is built once, when published, from the decided case; the public only ever
// sees this record, never the case. A withdrawn record shows the withdrawal and its
// reason instead of its content.
struct PublicDecision {
    enum class Status { Published, Withdrawn };

    std::string caseId;
    std::string caseNumber;
    std::string agency;
    std::string partyName;          // redacted when the party is a natural person
    std::string partyCreditCode;
    std::string violationType;
    std::string facts;              // redacted
    std::string conclusion;         // 罚款 50000 元；责令停产整治
    std::string legalBasis;         // redacted
    bool serious = false;           // a major decision or a direct-to-D violation
    std::chrono::year_month_day decidedOn{};
    std::chrono::year_month_day publishedOn{};
    std::chrono::year_month_day visibleUntil{};  // the last day in public view
    std::int64_t publishedAtMs = 0;
    std::string publishedBy;
    Status status = Status::Published;
    std::int64_t withdrawnAtMs = 0;
    std::string withdrawalReason;
    std::string withdrawnBy;
};
// The case history's actions around the public record: published; the decision changed,
// or revoked or held unlawful (either starts the withdrawal period); the record withdrawn.
inline constexpr std::string_view kPublishAction = "publish";
inline constexpr std::string_view kDecisionChangedAction = "decision_changed";
inline constexpr std::string_view kDecisionRevokedAction = "decision_revoked";  // or held unlawful
inline constexpr std::string_view kWithdrawAction = "withdraw";

std::string_view publicationStatusName(PublicDecision::Status status);
std::optional<PublicDecision::Status> publicationStatusFromName(std::string_view name);

// Serious for the time in public view: a major decision, or a violation that rates D at once.
bool seriousViolation(const ProposedDecision &decision, bool afterHearing, const Policy &policy);

// The conclusion in the words of a decision: the fine and the measures.
std::string conclusionOf(const ProposedDecision &decision);

// The redacted public record of a decided case, published on `publishedOn`; the record
// leaves the public view after the policy's months for general or serious violations.
PublicDecision publicRecordOf(const CaseRecord &record, const Enterprise &party, const ProposedDecision &decision,
                              bool serious, std::chrono::year_month_day decidedOn,
                              std::chrono::year_month_day publishedOn, const Policy &policy);

// In public view on `today`: published (not withdrawn) and not past its period. A
// withdrawn record stays readable as a withdrawal notice for the same period.
bool inPublicPeriod(const PublicDecision &record, std::chrono::year_month_day today);

}  // namespace fc::domain
