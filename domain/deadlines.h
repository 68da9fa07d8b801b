#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "domain/caserecord.h"
#include "domain/policy.h"
#include "domain/workcalendar.h"
#include "domain/workflow.h"

namespace fc::domain {

// A period of the procedure running for a case, computed from its history with the
// policy's lengths and the holiday calendar (RULES.md section 3 and 4).
struct Deadline {
    // RepairVerification: an enterprise's credit-repair application awaits the bureau's
    // verification (not a case's period; the due list shows it beside them).
    enum class Kind { Filing, Decision, HearingRequest, LegalReview, Publication, Payment, Withdrawal,
                      RepairVerification };
    Kind kind = Kind::Filing;
    WorkCalendar::Date from;  // the day the period started (not counted)
    WorkCalendar::Date due;   // its last day
};

std::string_view deadlineKindName(Deadline::Kind kind);
std::optional<Deadline::Kind> deadlineKindFromName(std::string_view name);

// The periods running at the case's current stage: filing from discovery (the case's
// creation) while at inspection; the decision from filing until decided; the party's
// hearing request after the notice; the legal review while under review; publication from
// the decision until published; payment once served; the withdrawal of a public record
// from a recorded change of the decision until withdrawn. Approved extensions lengthen the
// filing and decision periods by the policy's days, each at most as often as it lists.
// Days the case spent in the policy's excluded stages (notice, hearing, suspension) do not
// count towards the decision: a stage left counts from the day it was entered to the day
// it was left, the current one up to `today`.
std::vector<Deadline> runningDeadlines(const CaseRecord &record, const std::vector<CaseEvent> &history,
                                       const Policy &policy, const WorkCalendar &calendar,
                                       std::optional<WorkCalendar::Date> today = std::nullopt);

// The history's actions for extensions: one event per approved extension.
inline constexpr std::string_view kExtendFilingAction = "extend_filing";
inline constexpr std::string_view kExtendDecisionAction = "extend_decision";
// Why the period of this kind cannot be extended again at the case's stage, or nullopt.
std::optional<std::string> extensionRefusal(Deadline::Kind kind, const CaseRecord &record,
                                            const std::vector<CaseEvent> &history, const Policy &policy);

}  // namespace fc::domain
