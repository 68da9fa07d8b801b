#include "domain/deadlines.h"

#include "domain/date.h"
#include "domain/enumnames.h"

namespace fc::domain {
namespace {

constexpr EnumNameTable<Deadline::Kind, 6> kNames = {{
    {Deadline::Kind::Filing, "filing"},
    {Deadline::Kind::Decision, "decision"},
    {Deadline::Kind::HearingRequest, "hearing_request"},
    {Deadline::Kind::LegalReview, "legal_review"},
    {Deadline::Kind::Publication, "publication"},
    {Deadline::Kind::Payment, "payment"},
}};

// The local date of the last event with this action, if any.
std::optional<WorkCalendar::Date> lastDateOf(const std::vector<CaseEvent> &history, CaseCommand command) {
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        if (it->action == caseCommandName(command)) return localDateOf(it->atMs);
    }
    return std::nullopt;
}

}  // namespace

std::string_view deadlineKindName(Deadline::Kind kind) { return enumName(kNames, kind); }

std::vector<Deadline> runningDeadlines(const CaseRecord &record, const std::vector<CaseEvent> &history,
                                       const Policy &policy, const WorkCalendar &calendar) {
    using S = CaseStatus;
    using K = Deadline::Kind;
    const auto &d = policy.deadlines;
    std::vector<Deadline> out;
    const auto add = [&](K kind, std::optional<WorkCalendar::Date> from, int length, bool workingDays) {
        if (!from) return;
        out.push_back({kind, *from,
                       workingDays ? calendar.addWorkingDays(*from, length) : calendar.addCalendarDays(*from, length)});
    };
    switch (record.status) {
    case S::Inspection:
        add(K::Filing, localDateOf(record.createdAtMs), d.filingDays, false);
        break;
    case S::Filed:
    case S::Investigation:
    case S::CaseReview:
    case S::Notified:
    case S::Hearing:
    case S::LegalReview:
    case S::CollectiveDiscussion:
        add(K::Decision, lastDateOf(history, CaseCommand::File), d.decisionDays, false);
        if (record.status == S::Notified) {
            add(K::HearingRequest, lastDateOf(history, CaseCommand::Notify), d.hearingRequestWorkingDays, true);
        }
        if (record.status == S::LegalReview) {
            add(K::LegalReview, lastDateOf(history, CaseCommand::SubmitForLegalReview), d.legalReviewWorkingDays,
                true);
        }
        break;
    case S::Decided:
    case S::Served:
    case S::Enforcement:
        add(K::Publication, lastDateOf(history, CaseCommand::Decide), d.publicationPenaltyWorkingDays, true);
        if (record.status != S::Decided) add(K::Payment, lastDateOf(history, CaseCommand::Serve), d.paymentDays, false);
        break;
    case S::Closed:
    case S::Suspended:
    case S::Terminated:
        break;
    }
    return out;
}

}  // namespace fc::domain
