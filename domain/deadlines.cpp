#include "domain/deadlines.h"

#include <algorithm>

#include "domain/date.h"
#include "domain/enumnames.h"
#include "domain/publication.h"

namespace fc::domain {
namespace {

constexpr EnumNameTable<Deadline::Kind, 8> kNames = {{
    {Deadline::Kind::Filing, "filing"},
    {Deadline::Kind::Decision, "decision"},
    {Deadline::Kind::HearingRequest, "hearing_request"},
    {Deadline::Kind::LegalReview, "legal_review"},
    {Deadline::Kind::Publication, "publication"},
    {Deadline::Kind::Payment, "payment"},
    {Deadline::Kind::Withdrawal, "withdrawal"},
    {Deadline::Kind::RepairVerification, "repair_verification"},
}};

// The last event with this action, if any.
const CaseEvent *lastOf(const std::vector<CaseEvent> &history, std::string_view action) {
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        if (it->action == action) return &*it;
    }
    return nullptr;
}

std::optional<WorkCalendar::Date> lastDateOf(const std::vector<CaseEvent> &history, std::string_view action) {
    const auto *e = lastOf(history, action);
    if (!e) return std::nullopt;
    return localDateOf(e->atMs);
}

std::optional<WorkCalendar::Date> lastDateOf(const std::vector<CaseEvent> &history, CaseCommand command) {
    return lastDateOf(history, caseCommandName(command));
}

int countOf(const std::vector<CaseEvent> &history, std::string_view action) {
    return static_cast<int>(std::count_if(history.begin(), history.end(), [&](const CaseEvent &e) { return e.action == action; }));
}

// The decision period's days with the extensions granted so far.
int decisionDaysOf(const std::vector<CaseEvent> &history, const DeadlinePolicy &d) {
    const auto granted = std::min<std::size_t>(countOf(history, kExtendDecisionAction), d.decisionExtensionDays.size());
    int days = d.decisionDays;
    for (std::size_t i = 0; i < granted; ++i) days += d.decisionExtensionDays[i];
    return days;
}

// Calendar days spent in the excluded stages since filing.
int excludedDays(const std::vector<CaseEvent> &history, const std::vector<CaseStatus> &excluded,
                 std::optional<WorkCalendar::Date> today) {
    const auto isExcluded = [&](CaseStatus s) { return std::find(excluded.begin(), excluded.end(), s) != excluded.end(); };
    int days = 0;
    std::optional<std::chrono::sys_days> entered;
    for (const auto &e : history) {
        if (e.from == e.to) continue;  // a proposal, a request: no move
        const auto on = std::chrono::sys_days(localDateOf(e.atMs));
        if (entered && isExcluded(e.from)) {
            days += static_cast<int>((on - *entered).count());
            entered.reset();
        }
        if (isExcluded(e.to)) entered = on;
    }
    if (entered && today) days += static_cast<int>((std::chrono::sys_days(*today) - *entered).count());
    return days;
}

bool stageRunsDecision(CaseStatus s) {
    switch (s) {
    case CaseStatus::Filed:
    case CaseStatus::Investigation:
    case CaseStatus::CaseReview:
    case CaseStatus::Notified:
    case CaseStatus::Hearing:
    case CaseStatus::LegalReview:
    case CaseStatus::CollectiveDiscussion: return true;
    default: return false;
    }
}

// The day of the last change or revocation of the decision not yet followed by a withdrawal.
std::optional<WorkCalendar::Date> withdrawalStart(const std::vector<CaseEvent> &history) {
    std::optional<WorkCalendar::Date> start;
    for (const auto &e : history) {
        if (e.action == kDecisionChangedAction || e.action == kDecisionRevokedAction) start = localDateOf(e.atMs);
        if (e.action == kWithdrawAction) start.reset();
    }
    return start;
}

}  // namespace

std::optional<std::string> extensionRefusal(Deadline::Kind kind, const CaseRecord &record,
                                            const std::vector<CaseEvent> &history, const Policy &policy) {
    const auto &d = policy.deadlines;
    switch (kind) {
    case Deadline::Kind::Filing:
        if (record.status != CaseStatus::Inspection) return "the filing period runs only before filing";
        if (d.filingExtensionDays == 0) return "the policy grants no extension of the filing period";
        if (countOf(history, kExtendFilingAction) > 0) return "the filing period was extended already";
        return std::nullopt;
    case Deadline::Kind::Decision:
        if (!stageRunsDecision(record.status)) return "the decision period runs from filing until the decision";
        if (countOf(history, kExtendDecisionAction) >= static_cast<int>(d.decisionExtensionDays.size())) {
            return "the decision period was extended as often as the policy allows";
        }
        return std::nullopt;
    default:
        return std::string("the ") + std::string(deadlineKindName(kind)) + " period cannot be extended";
    }
}

std::string_view deadlineKindName(Deadline::Kind kind) { return enumName(kNames, kind); }
std::optional<Deadline::Kind> deadlineKindFromName(std::string_view name) { return enumFromName(kNames, name); }

std::vector<Deadline> runningDeadlines(const CaseRecord &record, const std::vector<CaseEvent> &history,
                                       const Policy &policy, const WorkCalendar &calendar,
                                       std::optional<WorkCalendar::Date> today) {
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
        add(K::Filing, localDateOf(record.createdAtMs),
            d.filingDays + (countOf(history, kExtendFilingAction) > 0 ? d.filingExtensionDays : 0), false);
        break;
    case S::Filed:
    case S::Investigation:
    case S::CaseReview:
    case S::Notified:
    case S::Hearing:
    case S::LegalReview:
    case S::CollectiveDiscussion:
        add(K::Decision, lastDateOf(history, CaseCommand::File),
            decisionDaysOf(history, d) + excludedDays(history, d.decisionExcludedStages, today), false);
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
    case S::Closed:
        if (!lastOf(history, kPublishAction)) {
            add(K::Publication, lastDateOf(history, CaseCommand::Decide), d.publicationPenaltyWorkingDays, true);
        }
        if (record.status == S::Served || record.status == S::Enforcement) {
            add(K::Payment, lastDateOf(history, CaseCommand::Serve), d.paymentDays, false);
        }
        add(K::Withdrawal, withdrawalStart(history), d.withdrawalWorkingDays, true);
        break;
    case S::Suspended:
    case S::Terminated:
        break;
    }
    return out;
}

}  // namespace fc::domain
