#pragma once

#include <chrono>
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
    enum class Kind { Filing, Decision, HearingRequest, LegalReview, Publication, Payment };
    Kind kind = Kind::Filing;
    WorkCalendar::Date from;  // the day the period started (not counted)
    WorkCalendar::Date due;   // its last day
};

std::string_view deadlineKindName(Deadline::Kind kind);

// The periods running at the case's current stage: filing from discovery (the case's
// creation) while at inspection; the decision from filing until decided; the party's
// hearing request after the notice; the legal review while under review; publication and
// payment once decided and served. Extensions granted are not modelled yet.
std::vector<Deadline> runningDeadlines(const CaseRecord &record, const std::vector<CaseEvent> &history,
                                       const Policy &policy, const WorkCalendar &calendar);

}  // namespace fc::domain
